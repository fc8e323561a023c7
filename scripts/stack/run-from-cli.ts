import nextEnv from "@next/env";
import { EnvError } from "@/lib/config/env";
import { startStack, type StackOptions } from "@/scripts/stack";

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name}: expected a port number from 1 to 65535`);
    process.exit(1);
  }
  return value;
};

/** `npm run dev` / `npm start`: start the stack, print where it is, stop it all on Ctrl-C. */
export async function runFromCli(command: StackOptions["command"]) {
  // The same .env files Next.js reads, so the runner and the app see one configuration.
  nextEnv.loadEnvConfig(process.cwd(), command === "dev");
  const options: StackOptions = {
    command,
    appPort: port("PORT", 3000),
    oktaPort: port("OKTA_LOCAL_PORT", 3001),
    dbPort: port("EMBEDDED_DB_PORT", 24320),
    dataDir: process.env.DATA_DIR ?? ".data",
    // Loopback unless told otherwise: on a shared network, nobody else reaches the dev stack.
    host: process.env.LISTEN_HOST || "127.0.0.1",
  };
  try {
    const stack = await startStack(options);
    let stopping = false;
    const shutdown = async (code: number) => {
      if (stopping) return;
      stopping = true;
      await stack.stop();
      process.exit(code);
    };
    process.on("SIGINT", () => void shutdown(0));
    process.on("SIGTERM", () => void shutdown(0));
    // If Next.js dies on its own, take the database and the local Okta down with it.
    void stack.exited.then(() => shutdown(1));
    console.log(`\nready: app ${stack.appUrl} · sign-in issuer ${stack.issuer} · hook ${stack.appUrl}/api/hooks/token\n`);
  } catch (error) {
    console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

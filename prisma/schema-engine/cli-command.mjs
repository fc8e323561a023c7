// The stand-in's short-lived `cli` commands: can-connect-to-database and create-database.
import pg from "pg";
import { poolConfig } from "./connect.mjs";

function errorCode(error) {
  if (error.code === "28P01" || error.code === "28000") return "P1000";
  if (error.code === "3D000") return "P1003";
  return "P1001";
}

/** `schema-engine cli <command>`: the exit code, and on failure the error lines the CLI parses. */
export async function runCliCommand(command, datasource) {
  const { config } = poolConfig(datasource.url);
  const where = `${config.host ?? "localhost"}:${config.port ?? 5432}`;
  const target = command === "create-database" ? { ...config, database: "postgres" } : config;
  const client = new pg.Client(target);
  try {
    await client.connect();
    if (command === "create-database") await client.query(`CREATE DATABASE "${config.database.replaceAll('"', '""')}"`);
    else if (command !== "can-connect-to-database") throw new Error(`unsupported cli command: ${command}`);
    return 0;
  } catch (error) {
    const code = errorCode(error);
    const message =
      code === "P1003"
        ? `Database \`${config.database}\` does not exist on the database server at \`${where}\`.`
        : code === "P1001"
          ? `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`
          : error.message;
    // The CLI skips stderr's first line and parses every later line as a JSON log record.
    process.stderr.write(`schema-engine stand-in: ${command} failed\n`);
    process.stderr.write(
      JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message, error_code: code } }) + "\n",
    );
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

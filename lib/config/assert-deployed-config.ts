import { DEV_HOOK_AUTH_SECRET, EnvError, parseEnv, type Env } from "./env";
import { getAppMode } from "./mode";

type Source = Record<string, string | undefined>;

const isSet = (source: Source, name: string) => Boolean(source[name]?.trim());

/** What deployed mode needs and would otherwise take from the embedded stack or a dev default. */
function findMissing(source: Source): string[] {
  const missing: string[] = [];
  if (!isSet(source, "DATABASE_URL")) missing.push("DATABASE_URL: a postgresql:// URL (the embedded database is local-only)");
  if (!isSet(source, "AUTH_SECRET")) missing.push("AUTH_SECRET: at least 32 random characters (`openssl rand -base64 32`)");
  for (const name of ["AUTH_OKTA_ISSUER", "AUTH_OKTA_ID", "AUTH_OKTA_SECRET"]) {
    if (!isSet(source, name)) missing.push(`${name}: from your Okta app integration (the local Okta is local-only)`);
  }
  const hasSecrets = (source.HOOK_AUTH_SECRETS ?? "").split(",").some((value) => value.trim());
  const hasOauth = isSet(source, "HOOK_OAUTH_ISSUER") || isSet(source, "HOOK_OAUTH_AUDIENCE");
  if (!hasSecrets && !hasOauth) {
    missing.push("HOOK_AUTH_SECRETS (or HOOK_OAUTH_ISSUER + HOOK_OAUTH_AUDIENCE): how Okta's hook calls authenticate");
  }
  return missing;
}

/**
 * Deployed mode (Vercel, APP_ENV=production) must never fall back to the embedded database, the
 * local Okta or a development secret. Throws ONE EnvError naming everything missing or invalid,
 * so an operator fixes the configuration in one round; returns the parsed settings otherwise.
 * Local mode only validates (its defaults fill the gaps).
 */
export function assertDeployedConfig(source: Source = process.env): Env {
  if (getAppMode(source) === "local") return parseEnv(source);
  const problems = findMissing(source);
  let env: Env | undefined;
  try {
    env = parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // parseEnv's message is a header line, then one "  - NAME: problem" line per problem.
    problems.push(...error.message.split("\n").slice(1).map((line) => line.replace(/^\s*-\s*/, "")));
  }
  if (env?.hookAuthSecrets.includes(DEV_HOOK_AUTH_SECRET)) {
    problems.push("HOOK_AUTH_SECRETS: holds the public example credential of Okta's guide (admin:supersecret); use your own");
  }
  if (problems.length > 0 || !env) {
    throw new EnvError(
      `Deployed mode (VERCEL=1 or APP_ENV=production) cannot start; fix these settings:\n  - ${problems.join("\n  - ")}`,
    );
  }
  return env;
}

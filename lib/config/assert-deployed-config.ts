import { EnvError, parseEnv, type Env } from "./env";
import { getAppMode } from "./mode";
import { isGuideCredential } from "@/okta/guide-credentials";
import { estimateSecretBits, MIN_SECRET_BITS, secretPartOfHeaderValue } from "./secret-strength";

type Source = Record<string, string | undefined>;

const isSet = (source: Source, name: string) => Boolean(source[name]?.trim());

const GENERATE_AUTH_SECRET = "generate one with `openssl rand -base64 32`";
const GENERATE_HOOK_SECRET = "generate one with `printf 'Basic %s' \"$(printf 'okta:%s' \"$(openssl rand -hex 32)\" | base64 -w0)\"`";

/** What deployed mode needs and would otherwise take from the embedded stack or a dev default. */
function findMissing(source: Source): string[] {
  const missing: string[] = [];
  if (!isSet(source, "DATABASE_URL")) missing.push("DATABASE_URL: a postgresql:// URL (the embedded database is local-only)");
  if (!isSet(source, "APP_URL")) {
    // The admin's tester sends the hook secret to this app's own URL: it must never come from a request header.
    missing.push("APP_URL: this app's public https:// base URL, e.g. https://claims.example.com (never taken from request headers in deployed mode)");
  }
  if (!isSet(source, "AUTH_SECRET")) missing.push(`AUTH_SECRET: at least ${MIN_SECRET_BITS} bits of randomness; ${GENERATE_AUTH_SECRET}`);
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

/** Secrets that a guess or Okta's public example would open (SECURITY.md, "Secret strength"). */
function findWeakSecrets(env: Env): string[] {
  const problems: string[] = [];
  const count = env.hookAuthSecrets.length;
  env.hookAuthSecrets.forEach((value, index) => {
    const which = count > 1 ? `value ${index + 1} of ${count}` : "the value";
    if (isGuideCredential(value)) {
      problems.push(`HOOK_AUTH_SECRETS: ${which} is the public example credential of Okta's guide (admin:supersecret, in any spelling); ${GENERATE_HOOK_SECRET}`);
      return;
    }
    const bits = estimateSecretBits(secretPartOfHeaderValue(value));
    if (bits < MIN_SECRET_BITS) {
      problems.push(`HOOK_AUTH_SECRETS: ${which} is too weak (about ${bits} bits by SECURITY.md's estimate, at least ${MIN_SECRET_BITS} needed); ${GENERATE_HOOK_SECRET}`);
    }
  });
  const authBits = env.AUTH_SECRET ? estimateSecretBits(env.AUTH_SECRET) : MIN_SECRET_BITS;
  if (authBits < MIN_SECRET_BITS) {
    problems.push(`AUTH_SECRET: too weak (about ${authBits} bits by SECURITY.md's estimate, at least ${MIN_SECRET_BITS} needed); ${GENERATE_AUTH_SECRET}`);
  }
  return problems;
}

/**
 * Deployed mode (Vercel, APP_ENV=production) must never fall back to the embedded database, the
 * local Okta, a development secret or an address taken from a request. Throws ONE EnvError naming
 * everything missing, invalid or too weak, so an operator fixes the configuration in one round;
 * returns the parsed settings otherwise. Local mode only validates (its defaults fill the gaps).
 * Secret values never appear in the message.
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
  if (env) problems.push(...findWeakSecrets(env));
  if (problems.length > 0 || !env) {
    throw new EnvError(
      `Deployed mode (VERCEL=1 or APP_ENV=production) cannot start; fix these settings:\n  - ${problems.join("\n  - ")}`,
    );
  }
  return env;
}

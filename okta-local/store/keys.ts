import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { JWK as PublicJwk } from "jose";
import type { JWK } from "oidc-provider";

export type LocalKeys = {
  /** Private RS256 signing keys in JWK form, as oidc-provider's `jwks` option takes them. */
  signing: JWK[];
  /** Keys for the provider's signed cookies. */
  cookies: string[];
};

/**
 * Loads the signing and cookie keys from `<dataDir>/keys.json`, creating them on first start.
 * Kept on disk so a restart does not invalidate issued tokens or signed-in browser sessions.
 */
export async function loadOrCreateKeys(dataDir: string): Promise<LocalKeys> {
  const file = path.join(dataDir, "keys.json");
  try {
    const stored = JSON.parse(await readFile(file, "utf8")) as LocalKeys;
    if (stored.signing.length > 0 && stored.cookies.length > 0) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keys: LocalKeys = {
    // Okta's key ids are 43 base64url characters; RS256 is the only algorithm it signs with.
    signing: [{ ...privateKey.export({ format: "jwk" }), kid: randomBytes(32).toString("base64url"), alg: "RS256", use: "sig" }],
    cookies: [randomBytes(32).toString("base64url")],
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

/** The public halves, as `/v1/keys` publishes them. */
export function publicJwks(keys: LocalKeys): PublicJwk[] {
  return keys.signing.map(({ kid, alg, use, kty, n, e }) => ({ kid, alg, use, kty, n, e }));
}

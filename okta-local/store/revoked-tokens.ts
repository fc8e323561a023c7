import type { PersistentStore } from "./persistent-store";

/**
 * JWT access tokens revoked at `/v1/revoke`, by `jti`, kept until they would have expired anyway.
 * A JWT cannot be taken back from whoever holds it: like Okta, the local Okta then reports it
 * inactive at `/v1/introspect` and refuses it at `/v1/userinfo`; resource servers that validate
 * tokens locally (e.g. with @okta/jwt-verifier) still accept it until it expires.
 */
export function createRevokedTokens(store: PersistentStore) {
  const key = (jti: string) => `okta:revoked:${jti}`;
  return {
    revoke(jti: string, exp: number) {
      store.set(key(jti), true, Math.max(exp - Math.floor(Date.now() / 1000), 1));
    },
    isRevoked: (jti: unknown): boolean => typeof jti === "string" && store.get<boolean>(key(jti)) === true,
  };
}

export type RevokedTokens = ReturnType<typeof createRevokedTokens>;

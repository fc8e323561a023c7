import type { Adapter, AdapterFactory, AdapterPayload } from "oidc-provider";
import type { PersistentStore } from "./persistent-store";

// The models oidc-provider revokes together when a grant is revoked (as its memory adapter does).
const GRANTABLE = new Set(["AccessToken", "AuthorizationCode", "RefreshToken", "DeviceCode", "BackchannelAuthenticationRequest"]);

/**
 * oidc-provider's storage interface over the persistent store. Lookups by uid, user code and
 * grant scan the entries of one model: the local Okta holds a handful of them, so indexes
 * would only add ways to get out of sync.
 */
export function createProviderAdapter(store: PersistentStore): AdapterFactory {
  return (model: string): Adapter => {
    const keyFor = (id: string) => `oidc:${model}:${id}`;
    const findWhere = (match: (payload: AdapterPayload) => boolean) =>
      store.entries<AdapterPayload>(`oidc:${model}:`).find(([, payload]) => match(payload))?.[1];

    return {
      async upsert(id, payload, expiresIn) {
        store.set(keyFor(id), payload, expiresIn);
      },
      async find(id) {
        return store.get<AdapterPayload>(keyFor(id));
      },
      async findByUid(uid) {
        return findWhere((payload) => payload.uid === uid);
      },
      async findByUserCode(userCode) {
        return findWhere((payload) => payload.userCode === userCode);
      },
      async consume(id) {
        const payload = store.get<AdapterPayload>(keyFor(id));
        if (!payload) return;
        const remaining = typeof payload.exp === "number" ? payload.exp - Math.floor(Date.now() / 1000) : undefined;
        store.set(keyFor(id), { ...payload, consumed: Math.floor(Date.now() / 1000) }, remaining);
      },
      async destroy(id) {
        store.delete(keyFor(id));
      },
      async revokeByGrantId(grantId) {
        for (const kind of GRANTABLE) {
          for (const [key, payload] of store.entries<AdapterPayload>(`oidc:${kind}:`)) {
            if (payload.grantId === grantId) store.delete(key);
          }
        }
      },
    };
  };
}

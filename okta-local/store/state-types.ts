import type { InlineHook } from "@/okta/caller/inline-hook";
import type { StoredApp } from "../apps/app-types";
import type { DirectoryState } from "../directory/directory-types";
import type { AuthorizationServerState } from "./authorization-server-state";

/** An inline hook as the local Okta keeps it: Okta's object, write-only secret included. */
export type StoredInlineHook = InlineHook & {
  /** When it last became ACTIVE: picks the hook the Preview page previews (find-token-hook.ts). */
  activatedAt?: string;
  /** The JSON of the seed it was created from, while nobody changed it (see StoredApp.seededAs). */
  seededAs?: string;
};

export type LocalOktaState = {
  version: 3;
  apps: StoredApp[];
  inlineHooks: StoredInlineHook[];
  authorizationServers: AuthorizationServerState[];
  /** The Users and Groups APIs' changes over users.json (absent in a file from before them). */
  directory?: DirectoryState;
};

export type HookSeed = { uri: string; authHeader: string; authValue: string };

export type StateStore = {
  read(): LocalOktaState;
  /** Applies `change` to a copy and saves it; the change is visible only once it is on disk. */
  update<T>(change: (state: LocalOktaState) => T): T;
};

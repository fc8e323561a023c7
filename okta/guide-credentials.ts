/**
 * The hook credential of Okta's token inline hook guide: `admin:supersecret` sent as
 * `Authorization: Basic …` (docs/okta-token-hook.md §4.5). Public, so only ever a local default.
 */
export const OKTA_GUIDE_HOOK_AUTH = { header: "Authorization", value: "Basic YWRtaW46c3VwZXJzZWNyZXQ=" } as const;

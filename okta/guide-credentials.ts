/**
 * The hook credential of Okta's token inline hook guide: `admin:supersecret` sent as
 * `Authorization: Basic …` (docs/okta-token-hook.md §4.5). Public, so only ever a local default.
 */
export const OKTA_GUIDE_HOOK_AUTH = { header: "Authorization", value: "Basic YWRtaW46c3VwZXJzZWNyZXQ=" } as const;

/**
 * True when `value` is that public credential in any spelling: any case of the `Basic` scheme,
 * any spacing, any base64 that decodes to the same `admin:supersecret`.
 */
export function isGuideCredential(value: string): boolean {
  const basic = /^\s*basic\s+(\S+)\s*$/i.exec(value);
  if (!basic?.[1]) return false;
  return Buffer.from(basic[1], "base64").toString("utf8") === "admin:supersecret";
}

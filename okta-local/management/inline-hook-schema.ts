import { z } from "zod";
import type { StoredInlineHook } from "../store/state-types";

// Inline Hooks Management API reference (sources/ref-inline-hooks-api-2024-09.md).
const INLINE_HOOK_TYPES = [
  "com.okta.import.transform",
  "com.okta.oauth2.tokens.transform",
  "com.okta.saml.tokens.transform",
  "com.okta.telephony.provider",
  "com.okta.user.credential.password.import",
  "com.okta.user.pre-registration",
] as const;

const RESERVED_HEADERS = new Set(["accept", "content-type"]);
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

// docs/okta-token-hook.md §2: Okta accepts only https URIs; the local Okta also takes http on loopback
// hosts, since the hook under development runs on this machine.
const hookUri = z
  .string()
  .max(1024, { error: "must be at most 1024 characters" })
  .regex(/^\S+$/, { error: "must not contain white space" })
  .refine((value) => URL.canParse(value), { error: "invalid URL provided" })
  .refine(
    (value) => {
      const url = new URL(value);
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
    },
    { error: "must begin with https:// (http:// is accepted for localhost only)" },
  );

export const inlineHookInputSchema = z.object({
  name: z.string().min(1).max(255),
  type: z.enum(INLINE_HOOK_TYPES),
  version: z.literal("1.0.0"),
  channel: z.object({
    type: z.literal("HTTP", { error: "only HTTP channels are supported by the local Okta (OAUTH is not)" }),
    version: z.literal("1.0.0"),
    config: z.object({
      uri: hookUri,
      method: z.literal("POST").default("POST"),
      headers: z
        .array(z.object({ key: z.string().min(1), value: z.string() }))
        .default([])
        .refine((headers) => headers.every(({ key }) => !RESERVED_HEADERS.has(key.toLowerCase())), {
          error: "reserved headers such as Accept are not allowed",
        }),
      authScheme: z
        .object({ type: z.literal("HEADER"), key: z.string().min(1), value: z.string().optional() })
        .nullable()
        .default(null),
    }),
  }),
});

export type InlineHookInput = z.output<typeof inlineHookInputSchema>;

/** PUT body (Okta's InlineHookReplace): `type` is immutable, so it may be left out. */
export const inlineHookReplaceSchema = inlineHookInputSchema.extend({ type: inlineHookInputSchema.shape.type.optional() });

/** "channel.config.uri: must begin with https://" for each problem. */
export const describeIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

/** The hook as the API returns it: `authScheme.value` is write-only (docs/okta-token-hook.md §4.5). */
export function toApiInlineHook(hook: StoredInlineHook, orgUrl: string) {
  const { activatedAt, seededAs, ...visible } = hook;
  void activatedAt;
  void seededAs;
  const { authScheme } = hook.channel.config;
  const self = `${orgUrl}/api/v1/inlineHooks/${hook.id}`;
  const lifecycle = hook.status === "ACTIVE" ? "deactivate" : "activate";
  return {
    ...visible,
    channel: {
      ...hook.channel,
      config: { ...hook.channel.config, authScheme: authScheme && { type: authScheme.type, key: authScheme.key } },
    },
    _links: {
      self: { href: self },
      [lifecycle]: { href: `${self}/lifecycle/${lifecycle}`, hints: { allow: ["POST"] } },
      ...(hook.status === "INACTIVE" ? { delete: { href: self, hints: { allow: ["DELETE"] } } } : {}),
    },
  };
}

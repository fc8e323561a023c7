import { z } from "zod";
import { TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";

/**
 * What the hook reads of Okta's request, and nothing else: the eventId, who the tokens are for
 * (docs/okta-token-hook.md §2.2: `context.user.profile.login`; §2.3: `preferred_username`; §2.4:
 * the access token's `sub`) and which tokens are being minted (§2.3, §2.4). Plain objects strip
 * every other field, so the rest of Okta's request (context, scopes, other claims) is neither
 * checked nor copied on Okta's hot path; the full schema (okta/hook-request/request-schema.ts)
 * serves the admin's tools and the local Okta.
 */
export const hookRequestSchema = z.object({
  eventId: z.string(),
  eventType: z.literal(TOKEN_HOOK_EVENT_TYPE),
  data: z.object({
    context: z
      .object({ user: z.object({ profile: z.object({ login: z.string().optional() }).optional() }).optional() })
      .optional(),
    identity: z.object({ claims: z.object({ preferred_username: z.unknown().optional() }) }).optional(),
    access: z.object({ claims: z.object({ sub: z.unknown().optional() }) }).optional(),
  }),
});

export type HookRequest = z.infer<typeof hookRequestSchema>;

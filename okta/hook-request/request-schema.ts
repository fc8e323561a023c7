import { z } from "zod";

/** The two tokens a token hook can patch (docs/okta-token-hook.md §2.3, §2.4); refresh tokens cannot be patched (§2.5). */
export type TokenKind = "id" | "access";

export const TOKEN_HOOK_EVENT_TYPE = "com.okta.oauth2.tokens.transform";

// Every object is loose: Okta adds fields over time (docs/okta-token-hook.md §2: refresh_token arrived in 2023,
// lastFactorVerification only in real payloads), and an unknown field must never fail a hook call.
// Only the fields our code reads are typed, and they are optional wherever Okta may leave them out.

const claimsSchema = z.record(z.string(), z.unknown());

// docs/okta-token-hook.md §2.3/§2.4: lifetime sits at token.lifetime.expiration, an integer number of seconds.
const tokenLifetimeSchema = z.looseObject({
  lifetime: z.looseObject({ expiration: z.int().optional() }).optional(),
});

const identitySchema = z.looseObject({
  claims: claimsSchema,
  token: tokenLifetimeSchema.optional(),
});

const accessSchema = z.looseObject({
  claims: claimsSchema,
  token: tokenLifetimeSchema.optional(),
  // docs/okta-token-hook.md §2.4: scopeName → {id, action: "GRANT"}
  scopes: z
    .record(z.string(), z.looseObject({ id: z.string().optional(), action: z.string().optional() }))
    .optional(),
});

const contextSchema = z.looseObject({
  // docs/okta-token-hook.md §2.2: user can be absent (client_credentials; bug OKTA-499597 in redirect flows).
  user: z
    .looseObject({
      profile: z.looseObject({ login: z.string().optional() }).optional(),
    })
    .optional(),
  protocol: z
    .looseObject({
      request: z
        .looseObject({
          // docs/okta-token-hook.md §2.2: grant_type is an open enum that grows, so any string is accepted.
          grant_type: z.string().optional(),
          scope: z.string().optional(),
          client_id: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});

export const tokenHookRequestSchema = z.looseObject({
  eventId: z.string(),
  eventType: z.literal(TOKEN_HOOK_EVENT_TYPE),
  data: z.looseObject({
    context: contextSchema.optional(),
    // docs/okta-token-hook.md §2.3: identity is present only when an ID token is minted (Okta implies it, never says it), access likewise.
    identity: identitySchema.optional(),
    access: accessSchema.optional(),
    // docs/okta-token-hook.md §2.5: present only when a refresh token is issued.
    refresh_token: z.looseObject({ jti: z.string() }).optional(),
  }),
});

export type TokenHookRequest = z.infer<typeof tokenHookRequestSchema>;

const EXPECTED_NAMES: Record<string, string> = {
  object: "an object",
  record: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean",
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || "request body";
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}`;
    default:
      return issue.message;
  }
}

/** One short sentence naming where the first problem is, e.g. "data.identity.claims: expected an object". */
export function formatZodError(error: z.core.$ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return "request body: invalid";
  const more = rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})`;
  return `${formatPath(first.path)}: ${describeIssue(first)}${more}`;
}

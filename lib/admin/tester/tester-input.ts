import { z } from "zod";
import { formatZodError, tokenHookRequestSchema, type TokenHookRequest } from "@/okta/hook-request/request-schema";

/** Which tokens Okta is minting in the simulated request (like the Preview tab's grant choice). */
export const MINTED_TOKENS = {
  both: { label: "ID token and access token", id: true, access: true },
  id: { label: "ID token only", id: true, access: false },
  access: { label: "Access token only", id: false, access: true },
} as const;
export type MintedTokens = keyof typeof MINTED_TOKENS;

export const DEFAULT_SCOPES = "openid profile email";

/** The grants Okta's Preview tab offers that the local Okta can simulate (docs/okta-token-hook.md §1, §2.2). */
export const GRANT_TYPES: Record<"authorization_code" | "refresh_token", string> = {
  authorization_code: "Authorization code (sign-in)",
  refresh_token: "Refresh token (the hook runs again)",
};

// RFC 6749 §3.3 scope-token characters.
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** An Okta login as typed into the preview or the tester. */
export const loginSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter the Okta login of a user." })
  .max(320, { error: "That login is too long." });

/** The "Generate request" fields. */
export const generateRequestSchema = z
  .object({
    login: loginSchema,
    tokens: z.enum(["both", "id", "access"], { error: "Choose which tokens Okta is minting." }),
    grantType: z.enum(["authorization_code", "refresh_token"], { error: "Choose a grant type." }),
    scopes: z
      .string()
      .trim()
      .transform((text) => text.split(/\s+/).filter(Boolean))
      .pipe(
        z
          .array(z.string().regex(SCOPE, { error: "Scopes are separated by spaces and contain no quotes or backslashes." }))
          .min(1, { error: "Enter at least one scope, e.g. openid." })
          .max(50, { error: "At most 50 scopes." }),
      ),
  })
  // OIDC: an ID token is only minted when the openid scope is granted.
  .refine((input) => !MINTED_TOKENS[input.tokens].id || input.scopes.includes("openid"), {
    error: "An ID token needs the openid scope.",
    path: ["scopes"],
  });

export type GenerateRequestInput = z.output<typeof generateRequestSchema>;

// Okta's token hook requests are a few KB; far above that is a paste accident, not a request.
export const MAX_REQUEST_TEXT_LENGTH = 256 * 1024;

export type ParsedRequestText =
  | { ok: true; json: Record<string, unknown>; request: TokenHookRequest | null; shapeProblem: string | null }
  | { ok: false; error: string };

/** "Unexpected token } in JSON at position 42" → " (line 3, column 5)" when V8 gave no line. */
function locate(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined || /line \d+/.test(message)) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * The edited request: it must be a JSON object (else a field error, and the page keeps the text).
 * Anything Okta would never send is still sent, so the hook's own 400 can be tested, but the
 * problem is reported with the result.
 */
export function parseRequestText(text: string): ParsedRequestText {
  if (!text.trim()) return { ok: false, error: "The request is empty: generate one first, or paste a request." };
  if (text.length > MAX_REQUEST_TEXT_LENGTH) {
    return { ok: false, error: `The request is longer than ${MAX_REQUEST_TEXT_LENGTH / 1024} KB.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This is not valid JSON: ${message}${locate(text, message)}.` };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, error: "The request must be a JSON object ({ … })." };
  }
  const parsed = tokenHookRequestSchema.safeParse(json);
  const object = json as Record<string, unknown>;
  return parsed.success
    ? { ok: true, json: object, request: parsed.data, shapeProblem: null }
    : { ok: true, json: object, request: null, shapeProblem: `Okta would never send this: ${formatZodError(parsed.error)}.` };
}

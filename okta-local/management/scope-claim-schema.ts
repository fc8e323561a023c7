import { z } from "zod";
import { stableOktaId } from "@/okta/simulation/okta-ids";
import type { StoredClaim, StoredScope } from "../store/scopes-and-claims";

// Shapes of Okta's OAuth2Scope and OAuth2Claim (Authorization Server Scopes and Claims APIs, as
// modelled by @okta/okta-sdk-nodejs 8.1.0); read-only members (id, system, _links) are dropped.
const name = z
  .string()
  .min(1)
  .max(255)
  .regex(/^\S+$/, { error: "must not contain white space" })
  .refine((value) => !value.startsWith("okta."), { error: "the okta. prefix is reserved" });

export const scopeInputSchema = z.object({
  name,
  displayName: z.string().max(255).optional(),
  description: z.string().max(1024).optional(),
  consent: z.enum(["IMPLICIT", "REQUIRED", "FLEXIBLE"]).default("IMPLICIT"),
  default: z.boolean().default(false),
  metadataPublish: z.enum(["ALL_CLIENTS", "NO_CLIENTS"]).default("NO_CLIENTS"),
  optional: z.boolean().default(false),
});

/** A scope's id is derived from its name, as the hook request reports scope ids (docs/okta-token-hook.md §2.4). */
export const scopeFromInput = (input: z.output<typeof scopeInputSchema>): StoredScope => ({ id: stableOktaId("scp", input.name), ...input, system: false });

export const toApiScope = (scope: StoredScope, serverUrl: string) => ({
  ...scope,
  _links: { self: { href: `${serverUrl}/scopes/${scope.id}`, hints: { allow: ["GET", "PUT", "DELETE"] } } },
});

// The local Okta evaluates these forms of Okta's expression language (okta-local/README.md "Claims").
const SUPPORTED_EXPRESSION = /^(user\.(login|email|firstName|lastName|locale|timeZone|id)|app\.clientId|"[^"]*")$/;

export const claimInputSchema = z
  .object({
    name: name.refine((value) => !["sub", "iss", "aud", "exp", "iat", "jti", "cid", "uid", "scp", "ver", "auth_time", "amr", "idp", "nonce", "at_hash"].includes(value), {
      error: "is a reserved claim",
    }),
    status: z.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
    claimType: z.enum(["RESOURCE", "IDENTITY"]),
    valueType: z.enum(["EXPRESSION", "GROUPS"]),
    value: z.string().min(1).max(1024),
    group_filter_type: z.enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]).optional(),
    alwaysIncludeInToken: z.boolean().default(true),
    conditions: z.object({ scopes: z.array(z.string().min(1)).default([]) }).default({ scopes: [] }),
  })
  .refine((claim) => claim.valueType !== "GROUPS" || claim.group_filter_type !== undefined, {
    path: ["group_filter_type"],
    error: "required when valueType is GROUPS",
  })
  .refine((claim) => claim.valueType !== "EXPRESSION" || SUPPORTED_EXPRESSION.test(claim.value.trim()), {
    path: ["value"],
    error: 'the local Okta evaluates user.<login|email|firstName|lastName|locale|timeZone|id>, app.clientId or a "quoted string"',
  })
  .refine((claim) => claim.group_filter_type !== "REGEX" || isRegex(claim.value), { path: ["value"], error: "is not a valid regular expression" });

function isRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

export const claimFromInput = (input: z.output<typeof claimInputSchema>, id: string): StoredClaim => ({ id, ...input, system: false });

export const toApiClaim = (claim: StoredClaim, serverUrl: string) => ({
  ...claim,
  _links: { self: { href: `${serverUrl}/claims/${claim.id}`, hints: { allow: ["GET", "PUT", "DELETE"] } } },
});

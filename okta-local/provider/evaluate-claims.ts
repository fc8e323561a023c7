import type { OktaUserProfile } from "@/okta/simulation/okta-user";
import type { StoredClaim } from "../store/scopes-and-claims";

type ClaimInput = { user?: OktaUserProfile; clientId: string; scopes: readonly string[] };
type ClaimValues = Record<string, unknown>;

function groupsValue(claim: StoredClaim, groups: string[]): string[] {
  const { value } = claim;
  switch (claim.group_filter_type) {
    case "EQUALS":
      return groups.filter((group) => group === value);
    case "STARTS_WITH":
      return groups.filter((group) => group.startsWith(value));
    case "CONTAINS":
      return groups.filter((group) => group.includes(value));
    default:
      return groups.filter((group) => new RegExp(`^(?:${value})$`).test(group));
  }
}

/** The subset of Okta's expression language the Claims API accepts here (management/scope-claim-schema.ts). */
function expressionValue(expression: string, { user, clientId }: ClaimInput): unknown {
  const text = expression.trim();
  if (text.startsWith('"')) return text.slice(1, -1);
  if (text === "app.clientId") return clientId;
  const attribute = /^user\.(\w+)$/.exec(text)?.[1] as keyof OktaUserProfile | undefined;
  return user && attribute ? user[attribute] : undefined;
}

const applies = (claim: StoredClaim, scopes: readonly string[]) =>
  claim.status === "ACTIVE" && (claim.conditions.scopes.length === 0 || claim.conditions.scopes.some((scope) => scopes.includes(scope)));

function valueOf(claim: StoredClaim, input: ClaimInput): unknown {
  if (claim.valueType === "GROUPS") return input.user ? groupsValue(claim, input.user.groups) : undefined;
  return expressionValue(claim.value, input);
}

/**
 * The values of a server's custom claims for one minting, as Okta adds them: ACTIVE claims whose
 * scope condition is met (none: always), IDENTITY claims into the ID token when
 * `alwaysIncludeInToken` (else userinfo only), RESOURCE claims into the access token. A claim
 * without a value (no user for a user attribute) is left out, as Okta leaves out null claims.
 */
export function evaluateClaims(claims: readonly StoredClaim[], input: ClaimInput): { identity: ClaimValues; access: ClaimValues; userinfo: ClaimValues } {
  const result = { identity: {} as ClaimValues, access: {} as ClaimValues, userinfo: {} as ClaimValues };
  for (const claim of claims) {
    if (!applies(claim, input.scopes)) continue;
    const value = valueOf(claim, input);
    if (value === undefined) continue;
    if (claim.claimType === "RESOURCE") result.access[claim.name] = value;
    else {
      result.userinfo[claim.name] = value;
      if (claim.alwaysIncludeInToken) result.identity[claim.name] = value;
    }
  }
  return result;
}

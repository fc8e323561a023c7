import { stableOktaId } from "@/okta/simulation/okta-ids";

/** A scope of a custom authorization server, as Okta's Authorization Server Scopes API shows it. */
export type StoredScope = {
  id: string;
  name: string;
  displayName?: string;
  description?: string;
  /** Okta's own OpenID scopes: they cannot be changed or deleted. */
  system: boolean;
  /** Granted to a client-credentials request that names no scope. */
  default: boolean;
  /** Whether discovery lists it (`scopes_supported`). */
  metadataPublish: "ALL_CLIENTS" | "NO_CLIENTS";
  consent: "IMPLICIT" | "REQUIRED" | "FLEXIBLE";
  optional: boolean;
};

/** A custom claim of a custom authorization server, as Okta's Authorization Server Claims API shows it. */
export type StoredClaim = {
  id: string;
  name: string;
  status: "ACTIVE" | "INACTIVE";
  /** RESOURCE: the access token; IDENTITY: the ID token (and userinfo). */
  claimType: "RESOURCE" | "IDENTITY";
  /** EXPRESSION: `value` is an expression; GROUPS: `value` filters the user's groups. */
  valueType: "EXPRESSION" | "GROUPS";
  value: string;
  /** GROUPS only: how `value` matches group names. */
  group_filter_type?: "STARTS_WITH" | "EQUALS" | "CONTAINS" | "REGEX";
  /** IDENTITY claims: in the ID token itself, not only at userinfo. */
  alwaysIncludeInToken: boolean;
  /** Scopes any of which makes the claim apply; empty: every request. */
  conditions: { scopes: string[] };
  system: boolean;
};

/** The OpenID scopes every Okta custom authorization server has (OIDC & OAuth 2.0 API reference). */
const SYSTEM_SCOPES: [name: string, description: string][] = [
  ["openid", "Signals that a request is an OpenID request."],
  ["profile", "Allows access to the end user's default profile claims."],
  ["email", "Allows access to the end user's email and email_verified claims."],
  ["address", "Allows access to the end user's address claim."],
  ["phone", "Allows access to the end user's phone_number and phone_number_verified claims."],
  ["offline_access", "Requests a refresh token used to obtain more access tokens without re-prompting the user for authentication."],
];

/**
 * The scopes a new `default` server has, plus `groups`: Okta's guides have developers add a
 * `groups` scope and claim to a custom server; the project's own client asks for it.
 */
export function defaultScopes(): StoredScope[] {
  const system = SYSTEM_SCOPES.map(([name, description]) => scope(name, description, true));
  return [...system, scope("groups", "Allows access to the end user's group names.", false)];
}

function scope(name: string, description: string, system: boolean): StoredScope {
  return {
    id: stableOktaId("scp", name),
    name,
    displayName: name,
    description,
    system,
    default: false,
    metadataPublish: "ALL_CLIENTS",
    consent: "IMPLICIT",
    optional: false,
  };
}

/** The `groups` claim of Okta's guides: every group of the user, in the ID token, for the `groups` scope. */
export function defaultClaims(): StoredClaim[] {
  return [
    {
      id: stableOktaId("ocl", "groups"),
      name: "groups",
      status: "ACTIVE",
      claimType: "IDENTITY",
      valueType: "GROUPS",
      value: ".*",
      group_filter_type: "REGEX",
      alwaysIncludeInToken: true,
      conditions: { scopes: ["groups"] },
      system: false,
    },
  ];
}

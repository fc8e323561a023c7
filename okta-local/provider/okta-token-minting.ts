import { errors, type AccessToken, type ClientCredentials, type JWTStructured, type KoaContextWithOIDC, type Provider } from "oidc-provider";
import type { MintDecision } from "@/okta/simulation/apply-hook-verdict";
import { mintOktaTokens, type MintDeps } from "../hook/mint-okta-tokens";
import type { TokenDrafts } from "@/okta/simulation/draft-tokens";
import { ID_TOKEN_LIFETIME_SECONDS } from "@/okta/simulation/mint-context";
import { readMintContext, type ReadDeps } from "./read-mint-context";

type IdTokenIssueOptions = Parameters<InstanceType<Provider["IdToken"]>["issue"]>[0];

/**
 * THE place where tokens get their Okta shape and the token hook's patch. Per token request:
 *  1. The first token formatted (the access token, via `formats.customizers.jwt`) reads the
 *     context, drafts both tokens and calls the hook ONCE; the decision is kept per request.
 *  2. The access token's payload is replaced by the decided claims (+ iat, exp, scp).
 *  3. The ID token: oidc-provider builds ID token payloads only from declared claims
 *     (`findAccount().claims()`), and `extraTokenClaims` reaches access tokens only, so this
 *     provider's own IdToken class is subclassed: for `use: "idtoken"` at the token endpoint its
 *     `payload()` returns the decided claims. oidc-provider still signs it and sets iss/aud/iat/
 *     exp, and computes `at_hash` from the access token text captured by the AccessToken
 *     subclass, i.e. over the final, patched access token.
 * An `error` verdict refuses the request with `server_error` and the hook's errorSummary.
 */
export function createOktaTokenMinting(deps: ReadDeps & MintDeps) {
  const decisions = new WeakMap<object, Promise<MintDecision>>();
  const decided = new WeakMap<object, TokenDrafts>();
  const issuedAccessTokens = new WeakMap<object, string>();

  async function tokensFor(ctx: KoaContextWithOIDC): Promise<TokenDrafts> {
    let decision = decisions.get(ctx);
    if (!decision) {
      decision = readMintContext(ctx, deps).then((mint) => mintOktaTokens(mint, deps));
      decisions.set(ctx, decision);
    }
    const result = await decision;
    // docs/okta-token-hook.md §3.4: no token; the OAuth error is server_error with the hook's errorSummary.
    // HTTP 400 as for any token endpoint error (RFC 6749 §5.2); Okta's status is unconfirmed.
    if (result.kind === "refuse") throw new errors.CustomOIDCProviderError("server_error", result.errorSummary);
    decided.set(ctx, result.tokens);
    return result.tokens;
  }

  const isTokenRequest = (ctx: KoaContextWithOIDC | undefined): ctx is KoaContextWithOIDC => ctx?.oidc?.route === "token";

  /** `formats.customizers.jwt`: the access token's payload becomes the decided Okta claims. */
  async function customizeAccessToken(ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials, jwt: JWTStructured) {
    if (!isTokenRequest(ctx)) return;
    const { access } = await tokensFor(ctx);
    const iat = Number(jwt.payload.iat);
    // expiresIn is the model's lifetime: setting it keeps the response's expires_in in step with exp.
    (token as { expiresIn?: number }).expiresIn = access.lifetimeSeconds;
    for (const key of Object.keys(jwt.payload)) delete jwt.payload[key];
    Object.assign(jwt.payload, access.claims, { iat, exp: iat + access.lifetimeSeconds, scp: [...token.scopes] });
    // Okta's access token header is just {kid, alg}: an undefined typ drops oidc-provider's "at+jwt".
    jwt.header = { ...jwt.header, typ: undefined };
  }

  /** `ttl.IdToken`: the decided lifetime (the hook may change it), read once the payload is built. */
  function idTokenTtl(ctx: KoaContextWithOIDC): number {
    return decided.get(ctx)?.identity?.lifetimeSeconds ?? ID_TOKEN_LIFETIME_SECONDS;
  }

  /** Installs the two model subclasses on this provider instance only. */
  function install(provider: Provider) {
    const BaseIdToken = provider.IdToken;
    const BaseAccessToken = provider.AccessToken;

    class IdToken extends BaseIdToken {
      #use: IdTokenIssueOptions["use"] | undefined;

      override issue(options: IdTokenIssueOptions) {
        this.#use = options.use;
        return super.issue(options);
      }

      override async payload() {
        if (this.#use !== "idtoken" || !isTokenRequest(this.ctx)) return super.payload();
        const { identity } = await tokensFor(this.ctx);
        if (!identity) return super.payload();
        const accessToken = this.ctx.oidc.entities.AccessToken;
        const accessTokenText = accessToken && issuedAccessTokens.get(accessToken);
        // oidc-provider replaces at_hash with the hash of this text while signing (OIDC Core §3.1.3.6).
        return { ...identity.claims, ...(accessTokenText ? { at_hash: accessTokenText } : {}) };
      }
    }

    // Named AccessToken: oidc-provider derives the model kind, TTL and storage from the class name.
    class AccessToken extends BaseAccessToken {
      override async save() {
        const value = await super.save();
        issuedAccessTokens.set(this, value);
        return value;
      }
    }

    // Own properties shadow the provider's model getters for this instance.
    Object.defineProperty(provider, "IdToken", { value: IdToken });
    Object.defineProperty(provider, "AccessToken", { value: AccessToken });
  }

  return { customizeAccessToken, idTokenTtl, install };
}

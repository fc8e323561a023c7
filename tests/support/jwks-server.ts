import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

export type JwksIssuer = {
  issuer: string;
  publicJwk: JWK;
  /** A JWT from this issuer's key; claims override iss/aud, `expiresAt` is epoch seconds. */
  sign(claims: Record<string, unknown>, options?: { expiresAt?: number; key?: CryptoKey }): Promise<string>;
  close(): Promise<void>;
};

/**
 * A minimal OAuth authorization server on 127.0.0.1: discovery document and JWKS, as Okta's
 * custom authorization servers publish them, so the app can verify bearer tokens it signs.
 */
export async function startJwksIssuer(audience: string): Promise<JwksIssuer> {
  const keys = await generateKeyPair("RS256");
  const publicJwk: JWK = { ...(await exportJWK(keys.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  let issuer = "";
  const server: Server = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    if (request.url?.endsWith("/v1/keys")) response.end(JSON.stringify({ keys: [publicJwk] }));
    else if (request.url?.includes("/.well-known/")) response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/v1/keys` }));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/hooks`;
  return {
    issuer,
    publicJwk,
    sign: (claims, options = {}) =>
      new SignJWT({ iss: issuer, aud: audience, ...claims })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setIssuedAt()
        .setExpirationTime(options.expiresAt ?? "5m")
        .sign(options.key ?? keys.privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export const BENCH_AUDIENCE = "api://bench";

/**
 * An OAuth authorization server that publishes its keys as Okta's do (discovery, /v1/keys) and
 * signs Okta-shaped client-credentials access tokens (cid, scp): the benchmark measures the API,
 * with the same token verification as against Okta, without depending on an Okta org.
 */
export async function startBenchTokenIssuer() {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256", use: "sig" };
  let issuer = "";
  const server = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    if (request.url?.endsWith("/v1/keys")) response.end(JSON.stringify({ keys: [jwk] }));
    else if (request.url?.includes("/.well-known/")) response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/v1/keys` }));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/bench`;
  return {
    issuer,
    token: (clientId: string) =>
      new SignJWT({ cid: clientId, sub: clientId, scp: ["patients.read", "patients.write"] })
        .setProtectedHeader({ alg: "RS256", kid: "bench" })
        .setIssuer(issuer)
        .setAudience(BENCH_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

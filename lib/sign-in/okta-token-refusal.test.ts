import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchNotingRefusals, readRefusalCookie, REFUSAL_COOKIE, reportOktaRefusals } from "./okta-token-refusal";

// A stand-in for Okta's token endpoint (and one other endpoint) over real HTTP.
let server: Server;
let okta: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const refuse = request.url?.endsWith("/v1/token") || request.url?.endsWith("/v1/userinfo");
    if (request.url?.includes("not-json")) {
      response.writeHead(502).end("<html>bad gateway</html>");
    } else if (refuse) {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: "server_error", error_description: "Patient lookup failed" }));
    } else {
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  okta = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/default`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const CALLBACK = "http://localhost:3000/api/auth/callback/okta?code=abc";

/** Auth.js's callback as far as these helpers see it: one fetch, then its own error redirect. */
const callback = (endpoint: string) =>
  reportOktaRefusals(async () => {
    await fetchNotingRefusals(`${okta}${endpoint}`, { method: "POST" });
    return Response.redirect("http://localhost:3000/?error=Configuration", 302);
  });

function cookieValue(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${REFUSAL_COOKIE}=`));
  return cookie && decodeURIComponent(cookie.slice(REFUSAL_COOKIE.length + 1).split(";")[0]!);
}

describe("reportOktaRefusals", () => {
  it("turns Okta's refusal at the token endpoint into OktaRefused, its words in a short-lived cookie", async () => {
    const response = await callback("/v1/token")(new Request(CALLBACK));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost:3000/?error=OktaRefused");
    const cookie = response.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/Max-Age=300; HttpOnly; SameSite=Lax$/);
    expect(readRefusalCookie(cookieValue(response))).toEqual({
      error: "server_error",
      description: "Patient lookup failed",
    });
  });

  it("marks the cookie Secure over https", async () => {
    const response = await callback("/v1/token")(new Request(CALLBACK.replace("http:", "https:")));
    expect(response.headers.getSetCookie().join("\n")).toMatch(/; Secure$/);
  });

  it("leaves other endpoints' errors and non-JSON answers to Auth.js", async () => {
    for (const endpoint of ["/v1/userinfo", "/not-json/v1/token"]) {
      const response = await callback(endpoint)(new Request(CALLBACK));
      expect(response.headers.get("location")).toBe("http://localhost:3000/?error=Configuration");
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it("leaves a successful sign-in alone", async () => {
    const handler = reportOktaRefusals(async () => {
      await fetchNotingRefusals(`${okta}/v1/keys`);
      return Response.redirect("http://localhost:3000/profile", 302);
    });
    const response = await handler(new Request(CALLBACK));
    expect(response.headers.get("location")).toBe("http://localhost:3000/profile");
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("does nothing outside a wrapped request (a token call from elsewhere)", async () => {
    const response = await fetchNotingRefusals(`${okta}/v1/token`, { method: "POST" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "server_error" }); // body still readable
  });
});

describe("readRefusalCookie", () => {
  it("ignores what is not a refusal", () => {
    expect(readRefusalCookie(undefined)).toBeNull();
    expect(readRefusalCookie("not json")).toBeNull();
    expect(readRefusalCookie('{"description":"no error"}')).toBeNull();
    expect(readRefusalCookie("null")).toBeNull();
  });

  it("keeps descriptions short", () => {
    const refusal = readRefusalCookie(JSON.stringify({ error: "server_error", description: "x".repeat(5000) }));
    expect(refusal?.description).toHaveLength(300);
  });
});

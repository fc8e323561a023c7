/**
 * Just enough of a browser for tests: follows redirects by hand and keeps cookies (by name,
 * ignoring path and expiry details, which the local Okta's cookies do not depend on here).
 */
export function createBrowser() {
  const jar = new Map<string, string>();

  async function request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set("Cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Follows redirects until `stop(url)` is true or a non-redirect answer comes back. */
  async function follow(url: string, stop: (url: string) => boolean, init?: RequestInit): Promise<{ url: string; response?: Response }> {
    let current = url;
    let response = await request(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 10) throw new Error("too many redirects");
      current = new URL(response.headers.get("location") ?? "", current).href;
      if (stop(current)) return { url: current };
      response = await request(current);
    }
    return { url: current, response };
  }

  return { request, follow };
}

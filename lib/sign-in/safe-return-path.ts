/**
 * A same-site path to return to after sign-in, or "/". Anything that could leave the site
 * ("//evil.example", "/\\evil.example", "https://…") is refused: the value comes from the URL.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return "/";
  if (value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f\\]/.test(value)) return "/";
  const url = new URL(value, "http://app.invalid");
  return url.origin === "http://app.invalid" ? `${url.pathname}${url.search}${url.hash}` : "/";
}

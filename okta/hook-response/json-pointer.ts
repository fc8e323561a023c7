// RFC 6901. docs/okta-token-hook.md §3.2: claim names with "/" or "~" (URI claims) must be escaped in patch
// paths; Okta honours the escaping since bug fix OKTA-602794.

/** One reference token: "~" → "~0" first, then "/" → "~1", so "~1" in a name stays distinct. */
export function escapeJsonPointerToken(name: string): string {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}

export type ParsedJsonPointer = { ok: true; tokens: string[] } | { ok: false; error: string };

const BAD_ESCAPE = /~(?![01])/;

/** "" is the whole document (no tokens); anything else must start with "/". */
export function parseJsonPointer(path: string): ParsedJsonPointer {
  if (path === "") return { ok: true, tokens: [] };
  if (path[0] !== "/") return { ok: false, error: `"${path}" is not a JSON pointer (it must start with "/")` };
  const tokens = path.slice(1).split("/");
  if (!path.includes("~")) return { ok: true, tokens };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (BAD_ESCAPE.test(token)) {
      return { ok: false, error: `"${token}" has a "~" not followed by 0 or 1 (write "~" as ~0 and "/" as ~1)` };
    }
    // "~1" first, then "~0": "~01" must become "~1", not "/".
    tokens[i] = token.replaceAll("~1", "/").replaceAll("~0", "~");
  }
  return { ok: true, tokens };
}

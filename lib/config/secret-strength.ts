/**
 * A documented, deliberately simple estimate of how much randomness a secret holds, used to
 * refuse weak secrets in deployed mode (SECURITY.md, "Secret strength"):
 *
 *   bits = counted characters × log2(alphabet size)
 *
 * - The alphabet is the union of the character classes that occur: lower-case letters (26),
 *   upper-case letters (26), digits (10), anything else (33).
 * - A character that repeats the one before it, or continues a run up or down by one code point
 *   ("aaaa", "abcd", "4321"), is not counted: it adds no randomness. Trailing base64 `=` padding
 *   is not counted either.
 *
 * A random value from `openssl rand -base64 32` scores about 260 bits, `openssl rand -hex 32`
 * about 310; "x" × 32 scores 4 and "supersecret" 47.
 */
export const MIN_SECRET_BITS = 128;

export function estimateSecretBits(secret: string): number {
  const text = secret.replace(/=+$/, "");
  let alphabet = 0;
  if (/[a-z]/.test(text)) alphabet += 26;
  if (/[A-Z]/.test(text)) alphabet += 26;
  if (/[0-9]/.test(text)) alphabet += 10;
  if (/[^a-zA-Z0-9]/.test(text)) alphabet += 33;
  if (alphabet === 0) return 0;
  let counted = 0;
  for (let index = 0; index < text.length; index++) {
    const previous = index > 0 ? text.charCodeAt(index - 1) : undefined;
    const step = previous === undefined ? undefined : text.charCodeAt(index) - previous;
    if (step === undefined || Math.abs(step) > 1) counted++;
  }
  return Math.floor(counted * Math.log2(alphabet));
}

/**
 * The part of a hook secret (a whole header value) that is secret: for HTTP Basic the password
 * in the decoded `user:password`, for `<scheme> <token>` the token, else the whole value.
 */
export function secretPartOfHeaderValue(value: string): string {
  const basic = /^basic\s+(\S+)\s*$/i.exec(value);
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) : decoded;
  }
  const scheme = /^[A-Za-z][\w.+-]*\s+(\S+)\s*$/.exec(value);
  return scheme?.[1] ?? value;
}

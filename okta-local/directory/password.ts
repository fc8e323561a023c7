import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

/** `salt:hash` for a new password (scrypt; state.json never holds a password). */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString("base64url")}:${scryptSync(password, salt, 32).toString("base64url")}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [salt = "", hash = ""] = stored.split(":");
  const expected = Buffer.from(hash, "base64url");
  const actual = scryptSync(password, Buffer.from(salt, "base64url"), 32);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Okta's default password policy, as its errors word it: at least 8 characters, a lowercase and
 * an uppercase letter, a number, and no part of the login.
 */
export function passwordProblems(password: string, login: string): string[] {
  const local = login.split("@")[0]?.toLowerCase() ?? "";
  const rules: [boolean, string][] = [
    [password.length >= 8, "at least 8 characters"],
    [/[a-z]/.test(password), "a lowercase letter"],
    [/[A-Z]/.test(password), "an uppercase letter"],
    [/\d/.test(password), "a number"],
    [local.length < 3 || !password.toLowerCase().includes(local), "no parts of your username"],
  ];
  const unmet = rules.filter(([met]) => !met).map(([, rule]) => rule);
  return unmet.length === 0 ? [] : [`password: Password requirements were not met. Password requirements: ${rules.map(([, rule]) => rule).join(", ")}.`];
}

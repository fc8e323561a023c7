import { loginSchema } from "@/lib/data/validations/patient";

/** The login in a path, as stored (trimmed, lower-cased), or null if it cannot be a login. */
export function readLoginParam(value: string): string | null {
  const parsed = loginSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

import type { PagePosition } from "@/lib/data/patients/read-patient-records";

/** nextCursor: where the page ended, opaque to clients (base64url of the last row's updatedAt and id). */
export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.updatedAt, position.id])).toString("base64url");
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The position a cursor names, or null if it is not one this API gave out. */
export function decodeCursor(cursor: string): PagePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [updatedAt, id] = value as unknown[];
    if (typeof updatedAt !== "string" || !ISO_UTC.test(updatedAt) || typeof id !== "string" || id.length === 0 || id.length > 64) return null;
    return { updatedAt, id };
  } catch {
    return null;
  }
}

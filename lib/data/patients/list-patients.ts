import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/data/db";
import { pageWindow } from "./page-window";
import { patientSearchCondition } from "./patient-search-sql";
import { type PatientListQuery, type PatientSort } from "@/lib/data/validations/patient-list-query";

export type PatientListRow = {
  id: string;
  username: string;
  patientId: string;
  displayName: string | null;
  updatedAt: Date;
};

// Login, patient ID and name orders walk an index (unique keys; the patient_search migration),
// so a page never sorts the table. Last change has no index: admins rarely sort by it, and a
// top-25 sort of 100,000 rows stays well under the 200 ms budget (npm run bench:admin).
// `id` breaks ties so rows do not jump between pages.
const ORDER_BY: Record<PatientSort, Record<"asc" | "desc", Prisma.Sql>> = {
  username: { asc: Prisma.sql`username ASC`, desc: Prisma.sql`username DESC` },
  patientId: { asc: Prisma.sql`patient_id ASC`, desc: Prisma.sql`patient_id DESC` },
  displayName: { asc: Prisma.sql`lower(display_name) ASC, id ASC`, desc: Prisma.sql`lower(display_name) DESC, id DESC` },
  updatedAt: { asc: Prisma.sql`updated_at ASC, id ASC`, desc: Prisma.sql`updated_at DESC, id DESC` },
};

const REVERSED = { asc: "desc", desc: "asc" } as const;

/** One page of the admin list and the number of matches, for the given URL state. */
export async function listPatients(query: PatientListQuery): Promise<{ patients: PatientListRow[]; total: number }> {
  const db = getDb();
  const where = Prisma.sql`WHERE ${patientSearchCondition(query.q)}`;
  const count = async () =>
    (await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM patients ${where}`)[0]?.total ?? 0;
  const page = (dir: "asc" | "desc", limit: number, offset: number, withTotal = false) => db.$queryRaw<
    (PatientListRow & { total?: number })[]
  >`
    SELECT id, username, patient_id AS "patientId", display_name AS "displayName", updated_at AS "updatedAt"
      ${withTotal ? Prisma.sql`, count(*) OVER ()::int AS total` : Prisma.empty}
    FROM patients ${where}
    ORDER BY ${ORDER_BY[query.sort][dir]}
    LIMIT ${limit} OFFSET ${offset}`;
  const offset = (query.page - 1) * query.size;

  if (query.q) {
    // A search reads its matches once for both the page and the count.
    const rows = await page(query.dir, query.size, offset, true);
    return { patients: rows, total: rows[0]?.total ?? (query.page > 1 ? await count() : 0) };
  }
  // Counting every row is a quick scan; a window count would drag all 100,000 rows along.
  const total = await count();
  const range = pageWindow(offset, total, query.size);
  const rows = await page(range.reversed ? REVERSED[query.dir] : query.dir, range.limit, range.offset);
  return { patients: range.reversed ? rows.reverse() : rows, total };
}

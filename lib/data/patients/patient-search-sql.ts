import { Prisma } from "@/generated/prisma/client";
import { SUBSTRING_SEARCH_MIN } from "@/lib/data/validations/patient-list-query";

/** `%` and `_` typed by the admin are matched literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * Case-insensitive substring search over login, patient ID and name. The expression must stay
 * exactly the one the trigram index is built on (patient_search migration), or PostgreSQL reads
 * every row; that index is an expression index, which Prisma's query builder cannot target,
 * hence SQL. U+001F between the fields keeps a search from matching across two of them.
 * One or two characters give trigrams nothing to look up, so such a search would read all rows
 * (over 200 ms at 100,000): it matches a whole login or patient ID instead, through their
 * unique indexes; short patient IDs such as "42" are still found.
 */
export function patientSearchCondition(q: string): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  if (q.length < SUBSTRING_SEARCH_MIN) return Prisma.sql`(username = ${q.toLowerCase()} OR patient_id = ${q})`;
  return Prisma.sql`lower(username || E'\\x1f' || patient_id || E'\\x1f' || coalesce(display_name, '')) LIKE ${containsPattern(q)}`;
}

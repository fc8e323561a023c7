import { Prisma } from "@/generated/prisma/client";
import { SUBSTRING_SEARCH_MIN } from "@/lib/data/validations/patient-list-query";

/** `%` and `_` typed by the admin are matched literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
}

/** The words of a search: "Garcia, Ana" and "ana garcia" are both ["garcia", "ana"] (any order). */
export function searchWords(q: string): string[] {
  return q.split(/[\s,;]+/).filter(Boolean).slice(0, 8);
}

/**
 * Case-insensitive substring search over login, patient ID and name, every word of the search
 * somewhere, in any order. The expression must stay exactly the one the trigram index is built
 * on (patient_search migration), or PostgreSQL reads every row; that index is an expression
 * index, which Prisma's query builder cannot target, hence SQL. U+001F between the fields keeps a
 * word from matching across two of them. A single search of one or two characters gives trigrams
 * nothing to look up, so it would read all rows (over 200 ms at 100,000): it matches a whole login
 * or patient ID instead, through their unique indexes; short patient IDs such as "42" are still found.
 */
export function patientSearchCondition(q: string): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  if (q.length < SUBSTRING_SEARCH_MIN) return Prisma.sql`(username = ${q.toLowerCase()} OR patient_id = ${q})`;
  const words = searchWords(q);
  if (words.length === 0) return Prisma.sql`TRUE`;
  const matches = words.map(
    (word) => Prisma.sql`lower(username || E'\\x1f' || patient_id || E'\\x1f' || coalesce(display_name, '')) LIKE ${containsPattern(word)}`,
  );
  return Prisma.sql`(${Prisma.join(matches, " AND ")})`;
}

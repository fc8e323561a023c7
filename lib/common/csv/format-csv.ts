/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
 * Tab and CR count too: some spreadsheets strip them and then see the formula behind.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: formula-looking values are defused with a leading ', then quoted if needed. */
export function escapeCsvCell(value: string | null | undefined): string {
  const raw = value ?? "";
  const isFormula = FORMULA_START.test(raw);
  const text = isFormula ? `'${raw}` : raw;
  // OWASP also asks for quotes around a defused cell; edge spaces are quoted so they survive.
  return isFormula || NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Undoes escapeCsvCell's defusing, so an exported file imports back unchanged. */
export function unescapeCsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Rows as CSV lines, CRLF-terminated as RFC 4180 asks. */
export function formatCsvRows(rows: readonly (readonly (string | null | undefined)[])[]): string {
  return rows.map((row) => `${row.map(escapeCsvCell).join(",")}\r\n`).join("");
}

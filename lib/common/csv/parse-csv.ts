/** One CSV record and the (1-based) line of the file it starts on. */
export type CsvRecord = { line: number; fields: string[] };
export type CsvError = { line: number; message: string };
export type CsvParseResult = { records: CsvRecord[]; errors: CsvError[] };

const QUOTE = '"';

function isLineBreak(char: string | undefined): boolean {
  return char === "\n" || char === "\r";
}

/** Parses the whole text at once (see readCsv). */
export function parseCsv(input: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  for (const item of readCsv(input)) {
    if ("fields" in item) records.push(item);
    else errors.push(item);
  }
  return { records, errors };
}

/**
 * Reads RFC 4180 CSV one record (or one malformed record's error) at a time: quoted fields (which
 * may hold commas, quotes written as "" and line breaks), CRLF, LF or CR line endings, an
 * optional UTF-8 BOM. Blank lines are skipped, since spreadsheets often leave them at the end. A
 * malformed record is reported with its line number and reading resumes on the next line, so one
 * upload lists every problem at once. One record at a time lets a caller pause between records
 * (a large import must not hold the event loop the hook shares).
 */
export function* readCsv(input: string): Generator<CsvRecord | CsvError> {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  let i = 0;
  let line = 1;

  // Consumes one line break at i (CRLF counts once) and moves to the next line.
  const takeLineBreak = () => {
    if (text[i] === "\r") i += text[i + 1] === "\n" ? 2 : 1;
    else if (text[i] === "\n") i += 1;
    else return false;
    line += 1;
    return true;
  };

  while (i < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | null = null;

    for (;;) {
      let field = "";
      if (text[i] === QUOTE) {
        i += 1;
        let closed = false;
        while (i < text.length) {
          const char = text[i] as string;
          if (char === QUOTE) {
            if (text[i + 1] === QUOTE) {
              field += QUOTE;
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line += 1;
          field += char;
          i += 1;
        }
        if (!closed) {
          error = "A quoted field starts here but its closing quote is missing.";
          break;
        }
        if (i < text.length && text[i] !== "," && !isLineBreak(text[i])) {
          error = 'Unexpected text after a closing quote (write a quote inside a quoted field as "").';
          break;
        }
      } else {
        while (i < text.length && text[i] !== "," && !isLineBreak(text[i])) {
          if (text[i] === QUOTE) {
            error = "A quote inside an unquoted field: put the whole field in quotes and write the quote as \"\".";
            break;
          }
          field += text[i];
          i += 1;
        }
        if (error) break;
      }
      fields.push(field);
      if (text[i] !== ",") break;
      i += 1;
    }

    if (error) {
      yield { line: startLine, message: error };
      while (i < text.length && !isLineBreak(text[i])) i += 1;
    } else if (!(fields.length === 1 && (fields[0] ?? "").trim() === "")) {
      yield { line: startLine, fields };
    }
    takeLineBreak();
  }
}

import { parse, type CsvError as CsvParseError, type Options } from "csv-parse";
import { yieldToEventLoop } from "@/lib/common/yield-to-event-loop";

/** One CSV record and the (1-based) line of the file it starts on. */
export type CsvRecord = { line: number; fields: string[] };
export type CsvError = { line: number; message: string };
export type CsvParseResult = { records: CsvRecord[]; errors: CsvError[] };

/** About 130 rows: parsed and checked by the caller in a few milliseconds, then the event loop gets a turn. */
const CHUNK_CHARS = 4 * 1024;

// csv-parse's codes, in the words of someone fixing the file in a spreadsheet.
const MESSAGES: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'A quote inside an unquoted field: put the whole field in quotes and write the quote as "".',
  CSV_INVALID_CLOSING_QUOTE: 'Unexpected text after a closing quote (write a quote inside a quoted field as "").',
  CSV_QUOTE_NOT_CLOSED: "A quoted field starts here but its closing quote is missing.",
};

function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** Where each line of `text` starts, found on demand, front to back. */
function lineStarts(text: string) {
  const starts = [0];
  return (line: number): number => {
    while (starts.length < line) {
      const last = starts.at(-1) as number;
      const next = last >= text.length ? -1 : text.indexOf("\n", last);
      starts.push(next === -1 ? text.length : next + 1);
    }
    return starts[line - 1] as number;
  };
}

/** First line at or after `line` that has more than blanks on it (the start of the next record). */
function firstFilledLine(text: string, startOf: (line: number) => number, line: number): number {
  for (let at = line; startOf(at) < text.length; at++) {
    const end = text.indexOf("\n", startOf(at));
    if (text.slice(startOf(at), end === -1 ? undefined : end).trim() !== "") return at;
  }
  return line;
}

/**
 * Reads RFC 4180 CSV with csv-parse, one record (or one malformed record's error) at a time:
 * quoted fields with commas, "" and line breaks; CRLF, LF or bare CR endings (read as LF); an
 * optional UTF-8 BOM. Blank lines are skipped, since spreadsheets often leave them at the end. A
 * malformed record is reported on the line it starts on and reading resumes on the line after the
 * problem, so one upload lists every problem at once. The text is fed in chunks with a pause
 * between them: a large import must not hold the event loop the hook shares.
 */
export async function* readCsv(input: string): AsyncGenerator<CsvRecord | CsvError> {
  const text = (input.startsWith("\uFEFF") ? input.slice(1) : input).replace(/\r\n?/g, "\n");
  const startOf = lineStarts(text);
  let firstLine = 1; // the file's line this parser starts on
  while (startOf(firstLine) < text.length) {
    const base = firstLine - 1;
    const found: (CsvRecord | CsvError)[] = [];
    let lastEnd = base; // the file's line the last good record ended on
    let failure: CsvParseError | null = null;
    const options: Options = {
      record_delimiter: "\n",
      relax_column_count: true,
      skip_empty_lines: true,
      raw: true,
      on_record: (({ record, raw }: { record: string[]; raw: string }, { lines }: { lines: number }) => {
        lastEnd = base + lines;
        const body = raw.replace(/^\n+/, "").replace(/\n$/, "");
        if (!(record.length === 1 && (record[0] ?? "").trim() === "")) {
          found.push({ line: lastEnd - countLineBreaks(body), fields: record });
        }
        return null; // collected here, not buffered in the stream
      }) as unknown as Options["on_record"],
    };
    const parser = parse(options);
    parser.on("error", (error: CsvParseError) => (failure = error));
    const done = new Promise<void>((resolve) => {
      parser.on("finish", resolve);
      parser.on("error", () => resolve());
    });
    for (let at = startOf(firstLine); at < text.length && !failure; at += CHUNK_CHARS) {
      parser.write(text.slice(at, at + CHUNK_CHARS));
      await yieldToEventLoop();
      yield* found.splice(0);
    }
    if (!failure) parser.end();
    await done;
    yield* found.splice(0);
    const error = failure as CsvParseError | null;
    if (!error) return;
    yield { line: firstFilledLine(text, startOf, lastEnd + 1), message: MESSAGES[error.code] ?? error.message };
    if (error.code === "CSV_QUOTE_NOT_CLOSED") return;
    firstLine = base + Number(error.lines) + 1;
  }
}

/** The whole text at once (see readCsv). */
export async function parseCsv(input: string): Promise<CsvParseResult> {
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  for await (const item of readCsv(input)) {
    if ("fields" in item) records.push(item);
    else errors.push(item);
  }
  return { records, errors };
}

import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./import-state";

type Upload = { ok: true; fileName: string; text: string } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Line breaks in `text`, counting no further than `stop` (a header line is allowed on top of the rows). */
function countLineBreaks(text: string, stop: number): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1 && count <= stop; at = text.indexOf("\n", at + 1)) count++;
  return count - 1; // the header (or a final line break) is not a patient row
}

/** The uploaded file as text, or why it cannot be read: missing, too big, or not UTF-8. */
export async function readCsvUpload(value: FormDataEntryValue | null): Promise<Upload> {
  if (!(value instanceof File) || value.size === 0) return { ok: false, message: "Choose a CSV file to import." };
  if (value.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `The file is ${megabytes(value.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.` };
  }
  try {
    // fatal: a file saved in another encoding would otherwise import with mangled names.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await value.arrayBuffer());
    // Counted before parsing: 5 MB of tiny rows is over a million, and validating them all took
    // 24 s of blocked event loop (hook calls included) and 850 MB before the row limit refused them.
    if (countLineBreaks(text, MAX_IMPORT_ROWS + 1) > MAX_IMPORT_ROWS) {
      return { ok: false, message: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into smaller files.` };
    }
    return { ok: true, fileName: value.name, text };
  } catch {
    return { ok: false, message: "The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”." };
  }
}

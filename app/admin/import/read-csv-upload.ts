import { MAX_IMPORT_BYTES } from "./import-state";

type Upload = { ok: true; fileName: string; text: string } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The uploaded file as text, or why it cannot be read: missing, too big, or not UTF-8. */
export async function readCsvUpload(value: FormDataEntryValue | null): Promise<Upload> {
  if (!(value instanceof File) || value.size === 0) return { ok: false, message: "Choose a CSV file to import." };
  if (value.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `The file is ${megabytes(value.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.` };
  }
  try {
    // fatal: a file saved in another encoding would otherwise import with mangled names.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await value.arrayBuffer());
    return { ok: true, fileName: value.name, text };
  } catch {
    return { ok: false, message: "The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”." };
  }
}

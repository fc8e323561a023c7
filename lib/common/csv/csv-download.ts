import { formatCsvRows } from "./format-csv";

type Download<T> = {
  header: string[];
  /** The batches of rows, read one at a time as the browser takes them. */
  batches: AsyncIterator<T[]>;
  /** A batch already read (to turn an outage into a 503 before answering), sent first. */
  first?: T[];
  toCells: (row: T) => (string | null)[];
  filename: string;
};

/**
 * A CSV file streamed batch by batch: a BOM (so Excel reads the text as UTF-8; parseCsv skips it on
 * the way back in), the header, then each batch's rows, with download headers that keep it out of
 * caches and stop browsers guessing another type.
 */
export function csvDownloadResponse<T>({ header, batches, first, toCells, filename }: Download<T>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${formatCsvRows([header])}`));
      if (first) controller.enqueue(encoder.encode(formatCsvRows(first.map(toCells))));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(formatCsvRows(next.value.map(toCells))));
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

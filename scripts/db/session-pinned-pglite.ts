import { PGlite, type ExecProtocolOptionsStream } from "@electric-sql/pglite";

// Frontend messages of the extended query protocol: Parse, Bind, Describe, Execute, Close, Flush.
// The unnamed statement and portal they build live until the client's Sync.
const EXTENDED_QUERY = new Set([..."PBDECH"].map((letter) => letter.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);
const READY_FOR_QUERY = "Z".charCodeAt(0);

/**
 * PGlite is ONE backend session, shared by every socket that pglite-socket 0.1.6 accepts. Its
 * queue runs one message at a time and keeps a client's messages together only inside
 * BEGIN…COMMIT, so two clients' Parse/Bind/Execute/Sync sequences can interleave and one client
 * gets the other's rows (electric-sql/pglite#1046; a 10-connection pg.Pool with large parameters
 * hits it on every run). This subclass also reports "in a transaction" from a client's first
 * message until the backend is idle again (ReadyForQuery after Sync or a simple Query), and the
 * queue then serves only that client.
 */
export class SessionPinnedPGlite extends PGlite {
  #midSequence = false;

  override isInTransaction(): boolean {
    return this.#midSequence || super.isInTransaction();
  }

  override async execProtocolRawStream(message: Uint8Array, options: ExecProtocolOptionsStream): Promise<void> {
    const type = message[0] ?? 0;
    let tail: Uint8Array = new Uint8Array(0);
    const onRawData = (data: Uint8Array) => {
      tail = lastBytes(tail, data, 6);
      options.onRawData(data);
    };
    try {
      await super.execProtocolRawStream(message, { ...options, onRawData });
    } catch (error) {
      // pglite-socket's queue stalls for good if this throws (#1046): tell the client instead.
      onRawData(errorResponse(error));
      if (!EXTENDED_QUERY.has(type)) onRawData(readyForQuery());
    }
    // PGlite answers each extended-query message with its own ReadyForQuery, so only Sync or a
    // simple-protocol message ends a sequence; COPY leaves it open until its final ReadyForQuery.
    this.#midSequence = type !== TERMINATE && (EXTENDED_QUERY.has(type) || !endsWithReadyForQuery(tail));
  }
}

function lastBytes(previous: Uint8Array, next: Uint8Array, count: number): Uint8Array {
  if (next.length >= count) return next.slice(next.length - count);
  const joined = new Uint8Array(previous.length + next.length);
  joined.set(previous);
  joined.set(next, previous.length);
  return joined.slice(Math.max(0, joined.length - count));
}

function endsWithReadyForQuery(tail: Uint8Array): boolean {
  return tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[1] === 0 && tail[2] === 0 && tail[3] === 0 && tail[4] === 5;
}

function readyForQuery(): Uint8Array {
  return new Uint8Array([READY_FOR_QUERY, 0, 0, 0, 5, "I".charCodeAt(0)]);
}

function errorResponse(error: unknown): Uint8Array {
  const text = `embedded database failed: ${error instanceof Error ? error.message : String(error)}`;
  const fields = Buffer.from(`SERROR\0VERROR\0CXX000\0M${text}\0\0`);
  const header = Buffer.alloc(5);
  header.write("E", 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

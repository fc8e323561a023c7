import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable, readOrExplain } from "./database-unavailable";

// Shapes copied from what Prisma 7 with @prisma/adapter-pg throws (seen against a stopped server).
const unreachable = {
  name: "PrismaClientKnownRequestError",
  code: "P1001",
  meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 } } },
};
const closed = { name: "PrismaClientKnownRequestError", code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } };
const duplicate = {
  name: "PrismaClientKnownRequestError",
  code: "P2002",
  meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } },
};

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures by Prisma code, adapter cause or initialization error", () => {
    expect(isDatabaseUnavailable(unreachable)).toBe(true);
    expect(isDatabaseUnavailable(closed)).toBe(true);
    expect(isDatabaseUnavailable({ name: "PrismaClientInitializationError" })).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("P1001")).toBe(false);
  });
});

describe("readOrExplain", () => {
  it("rethrows an outage with the digest error.tsx looks for", async () => {
    await expect(readOrExplain(() => Promise.reject(unreachable))).rejects.toMatchObject({
      digest: DATABASE_UNAVAILABLE_DIGEST,
    });
  });

  it("passes results and other errors through unchanged", async () => {
    await expect(readOrExplain(() => Promise.resolve(42))).resolves.toBe(42);
    const bug = new TypeError("bug");
    await expect(readOrExplain(() => Promise.reject(bug))).rejects.toBe(bug);
  });
});

describe("isDatabaseUnavailable: pg connection failures", () => {
  it("recognises a dropped connection, a hung server and a refused connection, also as a cause", () => {
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }) }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});

// Seen with the database behind a proxy that delays every packet past the budget (pg's
// query_timeout and connectionTimeoutMillis set from DATABASE_QUERY_TIMEOUT_MS).
describe("isDatabaseUnavailable: a database slower than the budget", () => {
  it("recognises a statement over budget and a connection not made in time", () => {
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    // pg-pool, waiting to connect or for a free connection:
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    // pg's client, connecting inside a transaction:
    expect(
      isDatabaseUnavailable(new Error("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") })),
    ).toBe(true);
  });

  it("recognises a write transaction that missed its time, but not other transaction errors", () => {
    const p2028 = (message: string) => ({ name: "PrismaClientKnownRequestError", code: "P2028", message });
    expect(isDatabaseUnavailable(p2028("Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
    expect(
      isDatabaseUnavailable(
        p2028(
          "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nTransaction API error: A query cannot be executed on an expired transaction. The timeout for this transaction was 2000 ms, however 6016 ms passed since the start of the transaction.",
        ),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(p2028("Transaction API error: Transaction already closed: A commit cannot be executed on a committed transaction."))).toBe(false);
  });

  it("gives the admin pages the outage digest for a statement over budget", async () => {
    await expect(readOrExplain(() => Promise.reject(new Error("Query read timeout")))).rejects.toMatchObject({
      digest: DATABASE_UNAVAILABLE_DIGEST,
    });
  });
});

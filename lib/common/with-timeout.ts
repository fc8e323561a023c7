export type Settled<T> = { kind: "value"; value: T } | { kind: "timeout" } | { kind: "error"; error: unknown };

/** Races work against a deadline; never rejects, so callers handle all three endings explicitly. */
export async function withTimeout<T>(work: () => Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout" }), ms);
  });
  const attempt = Promise.resolve()
    .then(work)
    .then(
      (value): Settled<T> => ({ kind: "value", value }),
      (error: unknown): Settled<T> => ({ kind: "error", error }),
    );
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The items of one of the Okta SDK's collections (it pages through them). */
export async function collect<T>(collection: AsyncIterable<T | null>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}

/** The Okta API error an SDK call failed with (`errorCode`, `errorSummary`, `errorCauses`, HTTP `status`). */
export async function oktaErrorOf(call: Promise<unknown>): Promise<{ status: number; errorCode: string; errorSummary: string; errorCauses?: { errorSummary: string }[] }> {
  try {
    await call;
  } catch (error) {
    return error as never;
  }
  throw new Error("expected the call to fail");
}

/**
 * Lets everything already waiting on the event loop run (I/O callbacks, other requests: the
 * hook's included) before the caller goes on. Long CPU work in a request, such as reading a
 * 20,000-row import, calls it between bounded chunks so no one chunk holds the process for long.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

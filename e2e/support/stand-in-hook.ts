import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type StandInHook = { url: string; calls: number; close(): Promise<void> };

/**
 * A hook endpoint in the test process for the local Okta to call instead of the app:
 * `answer` writes the reply, or leaves it unwritten to play a hook that never answers.
 */
export async function startStandInHook(answer: (response: ServerResponse) => void): Promise<StandInHook> {
  const server = createServer((request, response) => {
    hook.calls++;
    request.resume(); // read Okta's body so the call is complete on our side
    answer(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const hook: StandInHook = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/okta/token-hook`,
    calls: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // the calls left hanging on purpose
        server.close(() => resolve());
      }),
  };
  return hook;
}

import { STATUS_CODES } from "node:http";

/** "204 No Content", "401 Unauthorized": the status with its reason phrase, for people. */
export function formatHttpStatus(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `${status} ${reason}` : String(status);
}

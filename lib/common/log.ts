import pino from "pino";

/**
 * Structured logs through pino: one JSON object per line, `{ level, time, event, …fields }`, the
 * shape Vercel's log drains parse. Callers pass only what is safe to keep; as a second line of
 * defence, fields that could carry a secret, a token or a patient ID are redacted wherever they
 * appear, so a careless call site cannot leak them.
 */
type Fields = Record<string, string | number | boolean | null | undefined | string[]>;

const SENSITIVE = ["authorization", "secret", "password", "token", "idToken", "accessToken", "refreshToken", "patientId", "patient_id", "extPatientId", "value"];

const logger = pino({
  base: undefined,
  messageKey: "event",
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: SENSITIVE.flatMap((field) => [field, `*.${field}`]), censor: "[redacted]" },
});

export const log = {
  info: (event: string, fields?: Fields) => logger.info(fields ?? {}, event),
  warn: (event: string, fields?: Fields) => logger.warn(fields ?? {}, event),
  error: (event: string, fields?: Fields) => logger.error(fields ?? {}, event),
};

/** An error's message without its stack, trimmed for logs and the HookEvent table. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 500)}…` : message;
}

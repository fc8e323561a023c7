import "server-only";
import { getPool } from "@/lib/data/db-pool";
import type { PatientInput } from "@/lib/data/validations/patient";
import type { PatientRecord } from "./patient-record";
import { PATIENT_WRITE_SQL } from "./patient-write-sql";

/**
 * A condition on the login's current row: its ETag must be this one, or `{ exists }`: the row must
 * (If-Match: *) or must not (If-None-Match: *) exist. Unmet, the whole batch is refused as stale.
 */
export type RowCondition = string | { exists: boolean } | null;

/** One change: create-or-replace a login, or delete it; `ifMatch` makes it conditional. */
export type PatientChange =
  | {
      op: "upsert";
      patient: PatientInput;
      ifMatch?: RowCondition;
      /** the login the row has now, to change it to patient.username (refused as stale if absent) */
      from?: string;
    }
  | { op: "delete"; username: string; ifMatch?: RowCondition };

// How a condition travels in the statement's text array: an ETag is 32 hex digits, never these.
const conditionParameter = (condition: RowCondition | undefined): string | null =>
  condition == null ? null : typeof condition === "string" ? condition : condition.exists ? "*" : "!";

/** Who writes: staff (their email) in the admin, or an API client (its OAuth client ID). */
export type ChangeActor = { id: string; type: "staff" | "api_client" };

export type WriteOptions = {
  /** The audit action of creates and updates: "import" for the CSV import, else create/update per row. */
  auditAs?: "import";
  /** With auditAs "import": the file's name, on the import's one entry in the audit log. */
  fileName?: string | null;
  /** Return each touched login's row after the change (single-patient calls; not for 10,000 rows). */
  returnRows?: boolean;
};

/** A value of the batch's `index`th change that belongs to another login (`owner`) not deleted in the batch. */
export type PatientClash = { index: number; field: "patientId" | "username"; value: string; owner: string };

export type WriteResult =
  | {
      ok: true;
      created: number;
      updated: number;
      unchanged: number;
      deleted: number;
      /** deletes of logins that were not there */
      absent: number;
      /** with returnRows: the row of each upserted login (deleted ones are absent) */
      rows: PatientRecord[];
    }
  | { ok: false; clashes: PatientClash[]; stale: number[] };

type WriteRow = {
  clashes: PatientClash[];
  stale: number[];
  created: number;
  updated: number;
  deleted: number;
  rows: PatientRecord[];
};

/**
 * Applies the changes all or nothing, with their audit records. Changes must already be valid and
 * name each login at most once and each patient ID at most once (checkPatientBatch); this adds the
 * checks against the database: a patient ID that belongs to another login, or a stale ETag,
 * refuses the whole batch.
 */
export async function writePatientChanges(changes: readonly PatientChange[], actor: ChangeActor, options: WriteOptions = {}): Promise<WriteResult> {
  const usernames: string[] = [];
  const patientIds: (string | null)[] = [];
  const displayNames: (string | null)[] = [];
  const ops: string[] = [];
  const ifMatches: (string | null)[] = [];
  const fromUsernames: (string | null)[] = [];
  for (const change of changes) {
    ops.push(change.op);
    ifMatches.push(conditionParameter(change.ifMatch));
    if (change.op === "upsert") {
      usernames.push(change.patient.username);
      patientIds.push(change.patient.patientId);
      displayNames.push(change.patient.displayName);
      fromUsernames.push(change.from ?? null);
    } else {
      usernames.push(change.username);
      patientIds.push(null);
      displayNames.push(null);
      fromUsernames.push(null);
    }
  }
  const { rows: [result] } = await getPool().query<WriteRow>(PATIENT_WRITE_SQL, [
    usernames,
    patientIds,
    displayNames,
    ops,
    ifMatches,
    actor.id,
    actor.type,
    options.auditAs ?? null,
    options.returnRows ?? false,
    fromUsernames,
    options.fileName ?? null,
  ]);
  if (!result) throw new Error("The patient write statement returned no row.");
  if (result.clashes.length > 0 || result.stale.length > 0) return { ok: false, clashes: result.clashes, stale: result.stale };
  const upserts = ops.filter((op) => op === "upsert").length;
  const { created, updated, deleted } = result;
  return { ok: true, created, updated, unchanged: upserts - created - updated, deleted, absent: ops.length - upserts - deleted, rows: result.rows };
}

/** A patient as the directory API shows it, with the ETag of exactly this state. */
export type PatientRecord = {
  id: string;
  username: string;
  patientId: string;
  displayName: string | null;
  /** ISO 8601, UTC, millisecond precision */
  createdAt: string;
  updatedAt: string;
  /** opaque; changes with every write of the row, and differs for a login deleted and created again */
  etag: string;
};

/*
 * The ETag is computed at the database, from the row's id (new for a login deleted and created
 * again), its values and updated_at, so the write statement (write-patient-changes.ts) can compare
 * an If-Match with the row it is about to change in the same statement, and no two states of a row
 * share one. The columns are TIMESTAMP(3) holding UTC (as Prisma writes them): formatted here, not
 * by node-postgres, which would read them in the server process's time zone.
 */
export const PATIENT_ETAG_SQL = (alias: string) =>
  `md5(json_build_array(${alias}.id, ${alias}.username, ${alias}.patient_id, ${alias}.display_name, ${alias}.updated_at)::text)`;

const utcIso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The select list of a PatientRecord from a patients row. */
export const PATIENT_ROW_SQL = (alias: string) =>
  [
    `${alias}.id`,
    `${alias}.username`,
    `${alias}.patient_id AS "patientId"`,
    `${alias}.display_name AS "displayName"`,
    `${utcIso(`${alias}.created_at`)} AS "createdAt"`,
    `${utcIso(`${alias}.updated_at`)} AS "updatedAt"`,
    `${PATIENT_ETAG_SQL(alias)} AS etag`,
  ].join(", ");

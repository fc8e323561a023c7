import { PATIENT_ETAG_SQL, PATIENT_ROW_SQL } from "./patient-record";

// The statement of write-patient-changes.ts. Parameters: $1 usernames, $2 patient IDs, $3 display
// names, $4 ops ('upsert' | 'delete'), $5 conditions (ETag, '*' exists, '!' absent, or null),
// $6 actor, $7 actor type, $8 audit action for upserts (null: create/update), $9 return rows,
// $10 current logins (renames), $11 the imported file's name (with $8 = 'import').

/*
 * Every patient change — the CSV import, the admin's forms, the directory API, one row or 10,000 —
 * is this ONE statement: check, refuse on a clash or a stale ETag, delete, create, update and
 * audit, all at the database. One statement is atomic by itself (a refused batch changes nothing)
 * and holds no transaction open between round trips, which on the embedded database (one session
 * for every client) would hold up every hook lookup until the last commit. The rows travel as array
 * parameters, however many there are (IN lists hit PostgreSQL's 65,535-parameter cap).
 *
 * Data-modifying CTEs always run to completion; `go` is false when any row clashes or is stale, so
 * then nothing is written. `written` reads `deleted` first, so a batch that deletes a login and
 * gives its patient ID to another one frees the ID before it is taken (PostgreSQL's unique check
 * ignores rows this statement deleted). A patient ID owned by a login that is not deleted in the
 * same batch is a clash, also when the batch moves that login to another ID (the unique index is
 * checked row by row; swap IDs in two batches). An upsert `from` another login renames that row
 * (same id; a login taken by another row is a clash): the admin's edit form uses it. Times are
 * UTC whatever the session's time zone, as Prisma writes them. Audit rows are { username,
 * patientId, displayName } before and after (lib/data/audit/patient-snapshot.ts), with the
 * actor's type. An import also writes its file's one entry (name, rows, counts), and its rows
 * point at it (batch_id): the audit log lists the import once, in the same statement as its rows.
 */
export const PATIENT_WRITE_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $10::text[])
      WITH ORDINALITY AS v(username, patient_id, display_name, op, if_match, from_username, ord)
  ),
  cur AS (
    SELECT i.*, b.id AS b_id, b.username AS b_username, b.patient_id AS b_patient_id, b.display_name AS b_display_name,
           CASE WHEN i.if_match IS NULL OR i.if_match IN ('*', '!') THEN NULL ELSE ${PATIENT_ETAG_SQL("b")} END AS b_etag
    FROM input i LEFT JOIN patients b ON b.username = coalesce(i.from_username, i.username)
  ),
  stale AS (
    SELECT ord FROM cur
    WHERE CASE if_match WHEN '*' THEN b_id IS NULL WHEN '!' THEN b_id IS NOT NULL ELSE b_etag IS DISTINCT FROM if_match END
       OR (from_username IS NOT NULL AND b_id IS NULL)
  ),
  clashes AS (
    SELECT i.ord, 'patientId' AS field, i.patient_id AS value, p.username AS owner
    FROM input i JOIN patients p ON p.patient_id = i.patient_id AND p.username <> coalesce(i.from_username, i.username)
    WHERE i.op = 'upsert'
      AND NOT EXISTS (SELECT 1 FROM input d WHERE d.op = 'delete' AND d.username = p.username)
    UNION ALL
    SELECT i.ord, 'username', i.username, p.username
    FROM input i JOIN patients p ON p.username = i.username
    WHERE i.op = 'upsert' AND i.from_username IS NOT NULL AND i.from_username <> i.username
      AND NOT EXISTS (SELECT 1 FROM input d WHERE d.op = 'delete' AND d.username = p.username)
  ),
  go AS (
    SELECT NOT EXISTS (SELECT 1 FROM stale) AND NOT EXISTS (SELECT 1 FROM clashes) AS ok
  ),
  removals AS (
    SELECT * FROM cur WHERE op = 'delete' AND b_id IS NOT NULL AND (SELECT ok FROM go)
  ),
  deleted AS (
    DELETE FROM patients p USING removals r WHERE p.id = r.b_id RETURNING p.id
  ),
  changes AS (
    SELECT username, patient_id, display_name, b_id, b_id IS NULL AS created, b_username IS DISTINCT FROM username AND b_id IS NOT NULL AS renamed,
           b_username, b_patient_id, b_display_name
    FROM cur
    WHERE op = 'upsert' AND (SELECT ok FROM go)
      AND (b_id IS NULL OR b_username IS DISTINCT FROM username
           OR b_patient_id IS DISTINCT FROM patient_id OR b_display_name IS DISTINCT FROM display_name)
  ),
  written AS (
    INSERT INTO patients (id, username, patient_id, display_name, created_at, updated_at)
    SELECT gen_random_uuid()::text, username, patient_id, display_name, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM changes WHERE NOT renamed AND (SELECT count(*) FROM deleted) >= 0
    ON CONFLICT (username) DO UPDATE
      SET patient_id = EXCLUDED.patient_id, display_name = EXCLUDED.display_name, updated_at = EXCLUDED.updated_at
    RETURNING ${PATIENT_ROW_SQL("patients")}
  ),
  renames AS (
    UPDATE patients p SET username = c.username, patient_id = c.patient_id, display_name = c.display_name, updated_at = now() AT TIME ZONE 'UTC'
    FROM changes c WHERE c.renamed AND p.id = c.b_id AND (SELECT count(*) FROM deleted) >= 0
    RETURNING ${PATIENT_ROW_SQL("p")}
  ),
  batch AS (
    INSERT INTO audit_logs (actor, actor_type, action, subject, row_count, detail)
    SELECT $6, $7::audit_actor_type, 'import_file'::audit_action, $11::text, (SELECT count(*) FROM input)::int,
           jsonb_build_object('created', (SELECT count(*) FROM changes WHERE created),
                              'updated', (SELECT count(*) FROM changes WHERE NOT created),
                              'unchanged', (SELECT count(*) FROM input WHERE op = 'upsert') - (SELECT count(*) FROM changes))
    WHERE $8::text = 'import' AND (SELECT ok FROM go)
    RETURNING id
  ),
  audited AS (
    INSERT INTO audit_logs (actor, actor_type, action, username, patient_id, before, after, batch_id)
    SELECT $6, $7::audit_actor_type, coalesce($8::text, CASE WHEN created THEN 'create' ELSE 'update' END)::audit_action,
           username, patient_id,
           CASE WHEN created THEN NULL
                ELSE jsonb_build_object('username', b_username, 'patientId', b_patient_id, 'displayName', b_display_name) END,
           jsonb_build_object('username', username, 'patientId', patient_id, 'displayName', display_name),
           (SELECT id FROM batch)
    FROM changes
    UNION ALL
    SELECT $6, $7::audit_actor_type, 'delete'::audit_action, b_username, b_patient_id,
           jsonb_build_object('username', b_username, 'patientId', b_patient_id, 'displayName', b_display_name), NULL, NULL
    FROM removals
  )
  SELECT (SELECT coalesce(json_agg(json_build_object('index', ord - 1, 'field', field, 'value', value, 'owner', owner)
                                   ORDER BY ord), '[]'::json) FROM clashes) AS clashes,
         (SELECT coalesce(json_agg(ord - 1 ORDER BY ord), '[]'::json) FROM stale) AS stale,
         (SELECT count(*) FROM changes WHERE created)::int AS created,
         (SELECT count(*) FROM changes WHERE NOT created)::int AS updated,
         (SELECT count(*) FROM removals)::int AS deleted,
         CASE WHEN $9::boolean THEN
           (SELECT coalesce(json_agg(w), '[]'::json) FROM (
              SELECT * FROM written
              UNION ALL
              SELECT * FROM renames
              UNION ALL
              SELECT ${PATIENT_ROW_SQL("p")} FROM patients p JOIN cur c ON c.b_id = p.id
              WHERE c.op = 'upsert' AND (SELECT ok FROM go) AND NOT EXISTS (SELECT 1 FROM changes x WHERE x.username = c.username)
           ) w)
         ELSE '[]'::json END AS rows`;

-- Patient admin at scale (100,000 rows): substring search over login, patient ID and name, and
-- sorting by name, without reading the whole table (lib/patients/patient-search-sql.ts and
-- list-patients.ts use these exact expressions).
--
-- Written by hand: both are expression indexes, which Prisma's schema language cannot describe
-- and which `prisma migrate dev` therefore leaves alone rather than dropping as drift (checked
-- with `prisma migrate diff --from-config-datasource --to-schema`: empty).

-- Sorting by name, case-insensitively; id breaks ties as the query does.
CREATE INDEX IF NOT EXISTS "patients_lower_display_name_id_idx" ON "patients" (lower("display_name"), "id");

-- Trigram indexes need pg_trgm: a trusted extension in PostgreSQL's contrib (13+: a database
-- owner may create it), which PGlite has when the embedded server loads it. Without it search
-- still works by reading the table, slower but correct, so its absence must not stop migrating.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE WARNING 'pg_trgm is not available (%); patient search will read the whole table', SQLERRM;
END
$$;

-- One trigram index over the three searched fields (joined by U+001F, which nobody types, so a
-- search cannot match across two fields): one LIKE per row and one index to read and maintain,
-- measured 3-10x faster than an index per field on PGlite, with cheaper imports.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "patients_search_trgm_idx" ON "patients" USING GIN (
      lower("username" || E'\x1f' || "patient_id" || E'\x1f' || coalesce("display_name", '')) gin_trgm_ops
    );
  END IF;
END
$$;

/**
 * npm run bench:admin — the patient admin's data functions at scale, on the server side.
 * Seeds 100,000 patients into a fresh embedded database in a temporary directory (or DATABASE_URL if set:
 * then under @bench.invalid, removed afterwards), times what /admin/patients runs (page 1, later
 * pages, each sort, searches by login fragment, patient ID and name; BENCH_RUNS runs each, after
 * one warm-up) and a 10,000-row CSV import. Targets: list/search p50 and max < 200 ms; import < 10 s.
 * Runs with the react-server condition so the app's `server-only` modules load outside Next.js.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startEmbeddedDb, type EmbeddedDb } from "@/scripts/db/embedded-db";
import { applyMigrations } from "@/scripts/db/migrate";

const PATIENTS = 100_000;
const IMPORT_ROWS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DOMAIN = "bench.invalid";
const ACTOR = "bench-admin@bench.invalid";

type Row = { name: string; p50: number; max: number; target: number };

async function time(name: string, target: number, run: () => Promise<unknown>, runs = RUNS): Promise<Row> {
  await run(); // warm-up: plan caches, connection pool
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name, p50: samples[Math.floor(samples.length / 2)] ?? 0, max: samples.at(-1) ?? 0, target };
}

function printRows(rows: Row[]) {
  console.log(`\n${"case".padEnd(44)} ${"p50 ms".padStart(9)} ${"max ms".padStart(9)}  target`);
  for (const row of rows) {
    const verdict = row.max < row.target ? "ok" : "SLOW";
    console.log(`${row.name.padEnd(44)} ${row.p50.toFixed(1).padStart(9)} ${row.max.toFixed(1).padStart(9)}  < ${row.target} ms ${verdict}`);
  }
}

async function main() {
  let embedded: EmbeddedDb | undefined;
  let dataDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    // On disk rather than in memory: PGlite 0.4.6 ignores its options (extensions such as pg_trgm)
    // when given no data directory, and the bench must see the same indexes as `npm run dev`.
    dataDir = await mkdtemp(path.join(tmpdir(), "bench-admin-"));
    embedded = await startEmbeddedDb({ dataDir, port: 0 });
    process.env.DATABASE_URL = embedded.url;
  }
  await applyMigrations(process.env.DATABASE_URL);
  // Imported after DATABASE_URL is set: lib/config/env reads it once.
  const { getDb } = await import("@/lib/data/db");
  const { listPatients } = await import("@/lib/data/patients/list-patients");
  const { parsePatientCsv } = await import("@/lib/data/patients/parse-patient-csv");
  const { importPatients } = await import("@/lib/data/patients/import-patients");
  const { listAuditLog } = await import("@/lib/data/audit/list-audit-log");
  const { readAuditQuery } = await import("@/lib/admin/audit/audit-query");
  const db = getDb();
  const cleanUp = async () => {
    await db.patient.deleteMany({ where: { username: { endsWith: `@${DOMAIN}` } } });
    await db.auditLog.deleteMany({ where: { actor: ACTOR } });
  };

  try {
    const trigram = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_trgm'`;
    console.log(`database: ${embedded ? "embedded PGlite (fresh, temporary directory)" : "DATABASE_URL"}; pg_trgm ${trigram[0]?.n ? "installed" : "NOT installed: search scans the table"}`);
    await cleanUp();
    let started = performance.now();
    // Names from short lists make realistic fragments: many "smith", few "smith4711".
    await db.$executeRaw`
      INSERT INTO patients (id, username, patient_id, display_name, updated_at)
      SELECT 'bench' || g,
             (ARRAY['kim','jessie','rajiv','alex','maria','chen','olu','sam'])[1 + g % 8] || '.' ||
             (ARRAY['sato','smith','tal','doe','garcia','li','okafor','berg','novak'])[1 + g % 9] || g || ${`@${DOMAIN}`},
             'P' || lpad(g::text, 7, '0'),
             CASE WHEN g % 10 = 0 THEN NULL ELSE
               (ARRAY['Kim','Jessie','Rajiv','Alex','Maria','Chen','Olu','Sam'])[1 + g % 8] || ' ' ||
               (ARRAY['Sato','Smith','Tal','Doe','García','Li','Okafor','Berg','Novák'])[1 + (g / 8) % 9] END,
             now() - (g || ' seconds')::interval
      FROM generate_series(1, ${PATIENTS}) AS g`;
    await db.$executeRaw`ANALYZE patients`;
    console.log(`seeded ${PATIENTS.toLocaleString("en")} patients in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const list = (q: string, page = 1, sort: "username" | "patientId" | "displayName" | "updatedAt" = "username", dir: "asc" | "desc" = "asc") =>
      () => listPatients({ q, page, sort, dir, size: 25 });
    const lastPage = Math.ceil(PATIENTS / 25);
    const rows: Row[] = [
      await time("first page (by login)", 200, list("")),
      await time("page 2,000 (by login)", 200, list("", 2000)),
      await time(`last page ${lastPage} (by login)`, 200, list("", lastPage)),
      await time("first page by patient ID, descending", 200, list("", 1, "patientId", "desc")),
      await time("first page by name", 200, list("", 1, "displayName")),
      await time("page 2,000 by name, descending", 200, list("", 2000, "displayName", "desc")),
      await time("first page by last change, newest first", 200, list("", 1, "updatedAt", "desc")),
      await time('search login fragment "smith4711"', 200, list("smith4711")),
      await time('search login fragment "jessie.tal"', 200, list("jessie.tal")),
      await time('search patient ID "P0054321"', 200, list("P0054321")),
      await time('search patient ID fragment "00999"', 200, list("00999")),
      await time('search name "Olu Okafor"', 200, list("Olu Okafor")),
      await time('search name "garcía", sorted by name', 200, list("garcía", 1, "displayName")),
      await time('search, no match "zzqx"', 200, list("zzqx")),
      // Under three characters trigrams cannot help: a whole login or patient ID is matched.
      await time('search 2 characters "li"', 200, list("li")),
    ];

    // Half the file updates bench patients, half creates new ones: both import paths.
    const csvLines = ["username,patientId,displayName"];
    for (let i = 1; i <= IMPORT_ROWS; i += 1) {
      const existing = i % 2 === 0;
      const n = existing ? i : PATIENTS + i;
      const username = existing
        ? (await db.patient.findUnique({ where: { id: `bench${n}` }, select: { username: true } }))?.username
        : `import.new${n}@${DOMAIN}`;
      csvLines.push(`${username},P${String(n).padStart(7, "0")},"Imported, ${i}"`);
    }
    const csv = csvLines.join("\r\n");
    started = performance.now();
    const parsed = await parsePatientCsv(csv);
    const parsedMs = performance.now() - started;
    if (parsed.errors.length > 0) throw new Error(`bench CSV invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const result = await importPatients(parsed.rows, ACTOR);
    const importMs = performance.now() - started;
    if (!result.ok) throw new Error(`bench import refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
    rows.push(await time("audit log, first page", 200, () => listAuditLog(readAuditQuery({}))));
    rows.push(await time("audit log, one patient", 200, () => listAuditLog(readAuditQuery({ q: `import.new${PATIENTS + 1}@${DOMAIN}` }))));
    printRows(rows);
    const { created, updated } = result.summary;
    console.log(
      `\nimport ${IMPORT_ROWS.toLocaleString("en")} CSV rows (${(csv.length / 1024).toFixed(0)} KB; ${created} created, ${updated} updated): ` +
        `${(importMs / 1000).toFixed(2)} s (parse + validate ${parsedMs.toFixed(0)} ms)  target < 10 s ${importMs < 10_000 ? "ok" : "SLOW"}`,
    );
  } finally {
    if (!embedded) await cleanUp();
    await db.$disconnect();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

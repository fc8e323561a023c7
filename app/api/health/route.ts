import { getDb } from "@/lib/data/db";
import { withTimeout } from "@/lib/common/with-timeout";

// GET /api/health — whether the app is up and the database answers.
export async function GET(): Promise<Response> {
  const probe = await withTimeout(() => getDb().$queryRaw`SELECT 1`, 2000);
  const database = probe.kind === "value" ? "up" : "down";
  return Response.json(
    { status: database === "up" ? "ok" : "degraded", database },
    { status: database === "up" ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}

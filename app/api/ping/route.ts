// GET|POST /api/ping — a constant answer: liveness without the database, and the benchmark's floor.
const body = JSON.stringify({ ok: true });

export function GET(): Response {
  return new Response(body, { headers: { "content-type": "application/json" } });
}

export const POST = GET;

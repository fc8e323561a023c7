import "server-only";
import { getDb } from "@/lib/data/db";
import { normalizeLogin } from "@/lib/hook/resolve-login";
import { describeError, log } from "@/lib/common/log";
import { CALL_MATCH_SECONDS, type ClaimEvidence } from "./hook-call";

/**
 * Whether the login is a patient, and the latest hook call recorded for it up to just after the
 * token was issued (a later call belongs to a later token). Null when the database can't be read:
 * the profile still shows the tokens and says it cannot check.
 */
export async function getClaimEvidence(login: string, issuedAt: number | undefined): Promise<ClaimEvidence | null> {
  const username = normalizeLogin(login);
  const until = issuedAt === undefined ? undefined : new Date((issuedAt + CALL_MATCH_SECONDS) * 1000);
  try {
    const db = getDb();
    const around = issuedAt === undefined ? null : new Date(issuedAt * 1000);
    const slack = CALL_MATCH_SECONDS * 1000;
    const [patient, lastCall, gaps, refusals] = await Promise.all([
      db.patient.findUnique({ where: { username }, select: { id: true } }),
      db.hookEvent.findFirst({
        where: { username, ...(until ? { occurredAt: { lte: until } } : {}) },
        orderBy: { occurredAt: "desc" },
        select: { occurredAt: true, outcome: true, httpStatus: true, refused: true, tokensPatched: true, latencyMs: true },
      }),
      // Outage windows and refused calls around the sign-in: calls that arrived but have no row.
      around
        ? db.hookEventGap.findMany({
            where: { calls: { gt: 0 }, firstAt: { lte: new Date(around.getTime() + slack) }, lastAt: { gte: new Date(around.getTime() - slack) } },
            select: { firstAt: true, lastAt: true, calls: true, outcomes: true },
          })
        : [],
      around
        ? db.hookRefusal.groupBy({
            by: ["reason"],
            where: { lastAt: { gte: new Date(around.getTime() - slack) }, minute: { lte: new Date(around.getTime() + slack) } },
            _sum: { count: true },
          })
        : [],
    ]);
    return {
      isPatient: patient !== null,
      lastCall,
      gaps: gaps.map((gap) => ({ ...gap, outcomes: (gap.outcomes ?? {}) as Record<string, number> })),
      refusals: refusals.map((row) => ({ reason: row.reason, count: row._sum.count ?? 0 })).sort((a, b) => b.count - a.count),
    };
  } catch (error) {
    log.warn("profile.evidence.unavailable", { reason: describeError(error) });
    return null;
  }
}

import { formatTime } from "@/lib/common/format-time";
import type { ClaimDiagnosis } from "./claim-diagnosis";
import { explainRecordedCall } from "./explain-recorded-call";
import { explainUnrecordedCall } from "./explain-unrecorded-call";
import { findCallForToken } from "./find-call-for-token";
import type { ClaimEvidence, RecordedHookCall } from "./hook-call";

export interface MissingClaimInput {
  claimName: string;
  inIdToken: boolean;
  inAccessToken: boolean;
  /** The ID token's `iss`. */
  issuer: string | undefined;
  /** The login the hook looks up (the ID token's preferred_username, else email). */
  login: string | null;
  /** The ID token's `iat` and `auth_time`, seconds since 1970. */
  issuedAt: number | undefined;
  authTime: number | undefined;
  /** null when the database could not be read. */
  evidence: ClaimEvidence | null;
}

const at = (seconds: number) => formatTime(new Date(seconds * 1000));

/** Okta's org server issues as the bare org URL; custom servers as …/oauth2/<id>. */
function isOrgAuthorizationServer(issuer: string): boolean {
  return URL.canParse(issuer) && !new URL(issuer).pathname.includes("/oauth2/");
}

/** Why the token lacks the hook's claim, in plain words, from what this app can know. */
export function explainMissingClaim(input: MissingClaimInput): ClaimDiagnosis {
  const { claimName, evidence } = input;
  if (input.inIdToken) {
    return { kind: "present", severity: "ok", title: `The token inline hook added ${claimName} to your ID token.`, details: [] };
  }
  if (input.inAccessToken) {
    return {
      kind: "access-token-only",
      severity: "info",
      title: `The hook added ${claimName} to your access token only, not to the ID token.`,
      details: ["Which tokens get the claim is set by HOOK_CLAIM_TOKENS (\"id\", \"access\" or \"id,access\")."],
    };
  }
  if (input.issuer && isOrgAuthorizationServer(input.issuer)) {
    return {
      kind: "org-authorization-server",
      severity: "problem",
      title: "This token comes from Okta's org authorization server, which never calls token inline hooks.",
      details: [
        `Issuer: ${input.issuer}. Token inline hooks run only on custom authorization servers (issuer …/oauth2/<id>, e.g. …/oauth2/default).`,
        "Point AUTH_OKTA_ISSUER at the custom authorization server that has the hook in its access policy.",
      ],
    };
  }
  if (!input.login) {
    return {
      kind: "no-login",
      severity: "problem",
      title: "Your ID token names no login, so there is nothing to look up.",
      details: ["The app asks for the profile and email scopes; check they were granted."],
    };
  }
  if (!evidence) {
    return {
      kind: "evidence-unavailable",
      severity: "problem",
      title: `Your ID token has no ${claimName} claim, and the app cannot check why right now.`,
      details: ["The patient database did not answer. Try again in a moment."],
    };
  }
  const call = findCallForToken(evidence.lastCall, input.issuedAt, input.authTime);
  if (call) return explainRecordedCall({ ...input, isPatient: evidence.isPatient }, call);
  if (!evidence.isPatient) {
    return {
      kind: "not-a-patient",
      severity: "info",
      title: `You are not in the patient table, so the hook has no patient ID to add as ${claimName}.`,
      details: [`No patient is recorded for the login ${input.login}. A patient admin can add you.`],
    };
  }
  const signedIn = input.issuedAt === undefined ? "" : ` (your token was issued at ${at(input.issuedAt)})`;
  // Calls that arrived but have no row (an outage, or refused): never blame the policy rule then.
  return explainUnrecordedCall(input.claimName, evidence, signedIn) ?? explainNoCall(input, evidence.lastCall, signedIn);
}

function explainNoCall(input: MissingClaimInput, lastCall: RecordedHookCall | null, signedIn: string): ClaimDiagnosis {
  return {
    kind: "no-call-recorded",
    severity: "problem",
    title: `You are a patient, but your ID token has no ${input.claimName} claim: no hook call was recorded for you at this sign-in.`,
    details: [
      lastCall
        ? `The last call recorded for you was at ${formatTime(lastCall.occurredAt)}, before this sign-in${signedIn}, so it does not explain this token.`
        : `No hook call has ever been recorded for you${signedIn}.`,
      "So Okta did not call the hook, or the hook turned the call away before recording it. In order of likelihood:",
    ],
    causes: [
      "The hook is not attached to the access policy rule that issued this token (Okta Admin Console › Security › API › Authorization Servers › your server › Access Policies › the rule › “Use this inline hook”). This is the most common mistake.",
      "Okta's credentials for the hook do not match the hook's secret: the hook answers 401 and records nothing (Workflow › Inline Hooks › your hook › Authentication).",
      "Okta could not reach the hook (wrong URL, DNS, certificate or network). Okta's System Log lists failed inline hook calls.",
    ],
  };
}

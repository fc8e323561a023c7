/** The outcome of explaining a missing hook claim; `kind` is stable for tests and styling. */
export type DiagnosisKind =
  | "present"
  | "access-token-only"
  | "org-authorization-server"
  | "no-login"
  | "evidence-unavailable"
  | "not-a-patient"
  | "became-patient-since"
  | "hook-refused"
  | "hook-timed-out"
  | "hook-lookup-failed"
  | "hook-bad-request"
  | "hook-no-login"
  | "hook-no-token"
  | "hook-too-slow"
  | "patch-dropped"
  | "calls-not-recorded"
  | "calls-refused"
  | "no-call-recorded";

export interface ClaimDiagnosis {
  kind: DiagnosisKind;
  severity: "ok" | "info" | "problem";
  title: string;
  details: string[];
  /** Possible causes, most likely first, when the app cannot tell which one it is. */
  causes?: string[];
}

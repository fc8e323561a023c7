import type { AuditAction } from "@/generated/prisma/enums";

/** Audit actions that record an access to patient data (no change): the ones retention prunes. */
export const ACCESS_ACTIONS = [
  "view_patient",
  "search_patients",
  "preview_claims",
  "export_patients",
  "export_audit",
] as const satisfies readonly AuditAction[];

export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** Patient changes, made one at a time in the admin forms or as an import's rows. */
export const CHANGE_ACTIONS = ["create", "update", "delete", "import"] as const satisfies readonly AuditAction[];

export function isAccessAction(action: AuditAction): action is AccessAction {
  return (ACCESS_ACTIONS as readonly AuditAction[]).includes(action);
}

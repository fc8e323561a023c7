"use server";

import { z } from "zod";
import { requireAdmin } from "@/lib/admin/require-admin";
import { recordAccess } from "@/lib/data/audit/record-access";
import { buildPreviewRequest } from "@/lib/admin/preview/build-preview-request";
import { getPreviewOrg } from "@/lib/admin/preview/get-preview-org";
import { listClaimChanges } from "@/lib/admin/preview/list-claim-changes";
import { getEnv } from "@/lib/config/env";
import { getHookSettings } from "@/lib/hook/hook-settings";
import { describeError, log } from "@/lib/common/log";
import { formatHttpStatus } from "@/lib/admin/tester/format-http-status";
import { judgeHookCall, withLookupOutcome } from "@/lib/admin/tester/judge-hook-answer";
import { checkHookLookup } from "@/lib/admin/tester/check-hook-lookup";
import { resolveTesterHookUrl } from "@/lib/admin/tester/resolve-hook-url";
import { generateRequestSchema, parseRequestText } from "@/lib/admin/tester/tester-input";
import { testerInlineHook } from "@/lib/admin/tester/tester-inline-hook";
import { callInlineHook } from "@/okta/caller/call-inline-hook";
import type { GenerateState, SendState } from "./tester-state";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Builds the request Okta would send for the chosen login, tokens, grant and scopes. */
export async function generateTestRequest(_previous: GenerateState, formData: FormData): Promise<GenerateState> {
  await requireAdmin();
  const parsed = generateRequestSchema.safeParse({
    login: text(formData, "login"),
    tokens: text(formData, "tokens"),
    grantType: text(formData, "grantType"),
    scopes: text(formData, "scopes"),
  });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, message: null, requestText: null };
  try {
    const request = await buildPreviewRequest(parsed.data, getPreviewOrg());
    return { fieldErrors: {}, message: null, requestText: JSON.stringify(request, null, 2) };
  } catch (error) {
    log.error("admin.tester.generate_failed", { reason: describeError(error) });
    return { fieldErrors: {}, message: "The request could not be generated. The server log has the details.", requestText: null };
  }
}

function prettyIfJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/**
 * Sends the edited request to this app's own hook URL, never one from the form or from request
 * headers (no SSRF, no secret sent elsewhere; see resolveTesterHookUrl), with
 * the configured credential, exactly as Okta would, and judges the answer by Okta's rules.
 */
export async function sendTestRequest(_previous: SendState, formData: FormData): Promise<SendState> {
  const admin = await requireAdmin();
  const parsed = parseRequestText(text(formData, "requestText"));
  if (!parsed.ok) return { fieldErrors: { requestText: [parsed.error] }, message: null, result: null };
  // The hook's answer carries the login's patient ID: the audit log records who asked for whom.
  // Without the database the entry cannot be written, but then the hook cannot read a patient
  // either, and the tester is what shows that outage: it still sends.
  const login = parsed.request?.data.context?.user?.profile?.login ?? null;
  try {
    await recordAccess({ actor: admin.email, action: "preview_claims", subject: login ? `${login} (tester)` : "(tester, no login)" });
  } catch (error) {
    log.warn("admin.tester.not_recorded", { reason: describeError(error) });
  }

  const hookUrl = resolveTesterHookUrl(getEnv());
  if (!hookUrl) return { fieldErrors: {}, message: "This app's address is unknown: set APP_URL.", result: null };
  const { auth } = getHookSettings();
  const secret = auth.secrets[0];
  const call = await callInlineHook(testerInlineHook(hookUrl, secret ? { header: auth.header, value: secret } : null), parsed.json);

  const tokens = parsed.request?.data ?? {};
  // The answer alone cannot tell "not a patient" from "lookup failed": the hook's own lookup can.
  const lookup = call.kind === "response" && parsed.request ? await checkHookLookup(parsed.request) : null;
  const { verdict, ...judgement } = withLookupOutcome(judgeHookCall(call, tokens), lookup);
  return {
    fieldErrors: {},
    message: null,
    result: {
      sentTo: hookUrl,
      status: call.kind === "response" ? formatHttpStatus(call.status) : null,
      latencyMs: call.durationMs,
      body: call.kind === "response" && call.body ? prettyIfJson(call.body) : null,
      judgement,
      changes: listClaimChanges(verdict, tokens),
      shapeProblem: parsed.shapeProblem,
    },
  };
}

import type { Step } from "./plan-setup";

export type ApiCall = { method: "POST" | "PUT"; path: string; body?: unknown };

const MASK = "********";
const AS = (id: string) => `/api/v1/authorizationServers/${encodeURIComponent(id)}`;

/** The Management API request a step makes, the hook secret masked (it is never printed). */
export function describeCall(step: Step): ApiCall {
  switch (step.kind) {
    case "createInlineHook":
    case "replaceInlineHook": {
      const { config } = step.body.channel;
      const body = { ...step.body, channel: { ...step.body.channel, config: { ...config, authScheme: { ...config.authScheme, value: MASK } } } };
      return step.kind === "createInlineHook"
        ? { method: "POST", path: "/api/v1/inlineHooks", body }
        : { method: "PUT", path: `/api/v1/inlineHooks/${step.hookId}`, body };
    }
    case "activateInlineHook":
      return { method: "POST", path: `/api/v1/inlineHooks/${step.hookId}/lifecycle/activate` };
    case "createPolicy":
      return { method: "POST", path: `${AS(step.authServerId)}/policies`, body: step.body };
    case "createRule":
      return { method: "POST", path: `${AS(step.authServerId)}/policies/${step.policyId}/rules`, body: step.body };
    case "replaceRule":
      return { method: "PUT", path: `${AS(step.authServerId)}/policies/${step.policyId}/rules/${step.ruleId}`, body: step.body };
  }
}

/** `POST /api/v1/inlineHooks` and its JSON body, indented, for --dry-run. */
export function formatCall(call: ApiCall): string {
  const body = call.body === undefined ? "" : `\n${JSON.stringify(call.body, null, 2).replace(/^/gm, "    ")}`;
  return `  ${call.method} ${call.path}${body}`;
}

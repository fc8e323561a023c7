import type { Context } from "koa";
import { describeVerdict } from "@/okta/hook-response/check-response";
import { formatZodError, tokenHookRequestSchema } from "@/okta/hook-request/request-schema";
import { buildTokenHookRequest } from "@/okta/simulation/build-hook-request";
import { draftOktaTokens } from "@/okta/simulation/draft-tokens";
import { runTokenHook, type HookRun } from "@/okta/caller/run-token-hook";
import { readForm, type RouteHandler } from "../http/router";
import { evaluateClaims } from "../provider/evaluate-claims";
import { findActiveTokenHook } from "../store/find-token-hook";
import { findDefaultPolicy, findDefaultServer } from "../store/state-store";
import type { StateStore } from "../store/state-types";
import type { UserDirectory } from "../users";
import { escapeHtml, renderPage } from "./html";
import { previewMintContext, type PreviewChoice, type PreviewClient } from "@/okta/simulation/simulated-mint-context";

type Deps = { issuer: string; orgUrl: string; users: UserDirectory; state: StateStore; hookTimeoutMs?: number };

/** The apps a user signs in to (any with the code flow), as Okta's Preview lists them. */
const clientsOf = (state: StateStore): PreviewClient[] =>
  state
    .read()
    .apps.filter((app) => app.status === "ACTIVE" && app.settings.oauthClient.grant_types.includes("authorization_code"))
    .map((app) => ({ id: app.credentials.oauthClient.client_id, name: app.label, redirectUri: app.settings.oauthClient.redirect_uris[0] ?? "" }));

/** The server's scopes a user flow can request. */
const scopesOf = (state: StateStore): string[] => (findDefaultServer(state)?.scopes ?? []).map((scope) => scope.name);
type Selection = { userId: string; clientId: string; grantType: PreviewChoice["grantType"]; scopes: string[] };

const DEFAULT_SCOPES = ["openid", "profile", "email", "groups"];

function readSelection(params: URLSearchParams, deps: Deps): Selection {
  const known = scopesOf(deps.state);
  const scopes = params.getAll("scope").filter((scope) => known.includes(scope));
  return {
    userId: params.get("user") ?? deps.users.all()[0]?.id ?? "",
    clientId: params.get("client") ?? clientsOf(deps.state)[0]?.id ?? "",
    grantType: params.get("grantType") === "refresh_token" ? "refresh_token" : "authorization_code",
    scopes: params.has("user") ? scopes : DEFAULT_SCOPES,
  };
}

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${escapeHtml(value)}"${selected ? " selected" : ""}>${escapeHtml(label)}</option>`;

function renderChooser(selection: Selection, deps: Deps): string {
  const checkboxes = scopesOf(deps.state).map(
    (scope) =>
      `<label for="scope-${scope}"><input type="checkbox" id="scope-${scope}" name="scope" value="${scope}"${selection.scopes.includes(scope) ? " checked" : ""}> ${scope}</label>`,
  ).join("");
  return `<div class="card wide"><form method="get" action="/preview">
<label for="user">User</label><select id="user" name="user">${deps.users.all().map((user) => option(user.id, user.login, user.id === selection.userId)).join("")}</select>
<label for="client">Application</label><select id="client" name="client">${clientsOf(deps.state).map((client) => option(client.id, `${client.name} (${client.id})`, client.id === selection.clientId)).join("")}</select>
<label for="grantType">Grant type</label><select id="grantType" name="grantType">${option("authorization_code", "Authorization Code", selection.grantType === "authorization_code")}${option("refresh_token", "Refresh Token", selection.grantType === "refresh_token")}</select>
<fieldset><legend>Scopes</legend>${checkboxes}</fieldset>
<button type="submit">Generate request</button>
</form></div>`;
}

function renderEditor(selection: Selection, requestJson: string): string {
  const hidden = [
    ["user", selection.userId],
    ["client", selection.clientId],
    ["grantType", selection.grantType],
    ...selection.scopes.map((scope) => ["scope", scope]),
  ]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
  return `<div class="card wide"><form method="post" action="/preview">${hidden}
<label for="request">Request Okta would send (edit it if you like)</label>
<textarea id="request" name="request" spellcheck="false">${escapeHtml(requestJson)}</textarea>
<button type="submit">Send to hook</button>
</form></div>`;
}

/** "Okta would accept/reject … because …" for a preview call. */
function renderResult(run: HookRun): string {
  const { call, verdict } = run;
  const accepted = verdict?.outcome === "patched" || verdict?.outcome === "unchanged";
  const sentence =
    call.kind === "timeout"
      ? `Okta would skip the hook and issue the tokens unchanged: no response within ${call.durationMs} ms.`
      : call.kind === "failed"
        ? `Okta would skip the hook and issue the tokens unchanged: the call failed (${call.reason}).`
        : verdict
          ? describeVerdict(verdict)
          : "";
  const patched = verdict?.outcome === "patched" ? { identity: verdict.identity?.claims, access: verdict.access?.claims } : undefined;
  return `<div class="card wide"><h2>Response</h2>
<p>${escapeHtml(run.hook.name)} — <code>${escapeHtml(run.hook.channel.config.uri)}</code></p>
<p>${call.kind === "response" ? `HTTP ${call.status}` : call.kind === "timeout" ? "Timed out" : "Failed"} in ${call.durationMs} ms</p>
${call.kind === "response" ? `<pre>${escapeHtml(call.body || "(empty body)")}</pre>` : ""}
<div class="${accepted ? "ok" : "error"}" role="status"><strong>Okta would ${accepted ? "accept" : "reject"} this response.</strong> ${escapeHtml(sentence)}</div>
${patched ? `<h2>Claims after the patch</h2><pre>${escapeHtml(JSON.stringify(patched, null, 2))}</pre>` : ""}
</div>`;
}

/** `/preview`: Okta's Admin Console preview for token hooks (docs/okta-token-hook.md §4.6). */
export function previewRoutes(deps: Deps): [string, string, RouteHandler][] {
  const respond = (ctx: Context, body: string) => {
    ctx.type = "html";
    ctx.body = renderPage({ title: "Token hook preview", body: `<h1>Token inline hook preview</h1>${body}` });
  };

  function generate(selection: Selection): string | undefined {
    const user = deps.users.findById(selection.userId);
    const client = clientsOf(deps.state).find((candidate) => candidate.id === selection.clientId);
    if (!user || !client) return undefined;
    const org = { issuer: deps.issuer, orgUrl: deps.orgUrl, policy: findDefaultPolicy(deps.state.read()) };
    const claims = evaluateClaims(findDefaultServer(deps.state)?.claims ?? [], { user, clientId: client.id, scopes: selection.scopes });
    const mint = { ...previewMintContext({ user, client, scopes: selection.scopes, grantType: selection.grantType }, org), customClaims: claims };
    return JSON.stringify(buildTokenHookRequest(mint, draftOktaTokens(mint)), null, 2);
  }

  const show: RouteHandler = (ctx) => {
    const params = new URLSearchParams(ctx.querystring);
    const selection = readSelection(params, deps);
    const request = params.has("user") ? generate(selection) : undefined;
    respond(ctx, renderChooser(selection, deps) + (request ? renderEditor(selection, request) : ""));
  };

  const send: RouteHandler = async (ctx) => {
    const form = await readForm(ctx);
    const selection = readSelection(form, deps);
    const text = form.get("request") ?? "";
    const page = (result: string) => respond(ctx, renderChooser(selection, deps) + renderEditor(selection, text) + result);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return page(`<div class="error" role="alert">The request is not valid JSON: ${escapeHtml((error as Error).message)}</div>`);
    }
    const parsed = tokenHookRequestSchema.safeParse(json);
    if (!parsed.success) return page(`<div class="error" role="alert">Not a token hook request: ${escapeHtml(formatZodError(parsed.error))}</div>`);
    const hook = findActiveTokenHook(deps.state.read());
    if (!hook) return page('<div class="error" role="alert">No active token inline hook is registered.</div>');
    page(renderResult(await runTokenHook(hook, parsed.data, { timeoutMs: deps.hookTimeoutMs })));
  };

  return [
    ["GET", "/preview", show],
    ["POST", "/preview", send],
  ];
}

import type { RouteHandler } from "../http/router";
import type { SystemLog, SystemLogEvent } from "../system-log";
import { escapeHtml, renderPage } from "./html";

function row(event: SystemLogEvent): string {
  const data = event.debugContext.debugData;
  const target = event.target[0];
  return `<tr>
<td data-label="Time (UTC)">${escapeHtml(event.published.replace("T", " ").replace("Z", ""))}</td>
<td data-label="Event"><code>${escapeHtml(event.eventType)}</code></td>
<td data-label="Outcome">${event.outcome.result === "SUCCESS" ? "✔ SUCCESS" : "✖ FAILURE"}${event.outcome.reason ? `<br><span class="muted">${escapeHtml(event.outcome.reason)}</span>` : ""}</td>
<td data-label="User">${escapeHtml(event.actor.alternateId)}</td>
<td data-label="Hook">${escapeHtml(target?.displayName ?? "")}<br><span class="muted">${escapeHtml(target?.alternateId ?? "")}</span></td>
<td data-label="Duration">${escapeHtml(data.durationMs ?? "")} ms${data.httpStatus ? `<br>HTTP ${escapeHtml(data.httpStatus)}` : ""}</td>
<td data-label="debugContext"><pre>${escapeHtml(JSON.stringify(data, null, 1))}</pre></td>
</tr>`;
}

/** `/logs`: the System Log's hook events, newest first (JSON at `/api/v1/logs`). */
export function logsPage(systemLog: SystemLog): RouteHandler {
  return (ctx) => {
    const events = systemLog.list();
    ctx.type = "html";
    ctx.body = renderPage({
      title: "System Log",
      body: `<h1>System Log</h1>
<p class="muted">Token inline hook calls, newest first (kept in memory). <a href="/logs">Refresh</a></p>
${
  events.length === 0
    ? "<p>No hook calls yet. Sign in to the app, or send a request from the preview page.</p>"
    : `<table class="log"><thead><tr><th>Time (UTC)</th><th>Event</th><th>Outcome</th><th>User</th><th>Hook</th><th>Duration</th><th>debugContext</th></tr></thead><tbody>${events.map(row).join("")}</tbody></table>`
}`,
    });
  };
}

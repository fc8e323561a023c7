import { Notice } from "@/components/ui/notice";
import type { CallStatus } from "@/lib/admin/activity/get-call-status";
import { REFUSAL_TEXT } from "@/lib/admin/activity/refusal-reasons";
import { formatTime } from "@/lib/common/format-time";
import { Setting, SettingsCard } from "./setup-details";

/** Whether Okta reaches the hook, and with the right credential: the last call, and the last one let in. */
export function CallStatusCard({ status }: { status: CallStatus }) {
  const { lastCallAt, lastAuthenticatedAt, recentRefusals } = status;
  const refusedSince = lastCallAt && (!lastAuthenticatedAt || lastCallAt > lastAuthenticatedAt);
  const topReason = recentRefusals[0];
  return (
    <>
      <SettingsCard id="setup-calls" title="Calls from Okta">
        <Setting label="Last call">
          <span data-last-call>{lastCallAt ? formatTime(lastCallAt) : "No call has reached the hook yet"}</span>
        </Setting>
        <Setting label="Last authenticated call">
          <span data-last-authenticated-call>{lastAuthenticatedAt ? formatTime(lastAuthenticatedAt) : "None yet"}</span>
        </Setting>
        <Setting label="Refused, last hour">
          {recentRefusals.length === 0
            ? "None"
            : recentRefusals.map((total) => `${total.count} ${REFUSAL_TEXT[total.reason].label.toLowerCase()}`).join(", ")}
        </Setting>
        {!status.fromDatabase && (
          <Setting label="Note">The database is unavailable: these times are this server&apos;s own, since it started.</Setting>
        )}
      </SettingsCard>
      {refusedSince && (
        <Notice tone="problem" title="Okta reaches the hook, but its latest calls are refused (401).">
          <p>{topReason ? REFUSAL_TEXT[topReason.reason].fix : "Check the inline hook's authentication field and secret."}</p>
        </Notice>
      )}
    </>
  );
}

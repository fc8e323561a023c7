"use client";

import { Notice } from "@/components/ui/notice";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/admin/database-unavailable";

/** Shown instead of a stack trace when a hook page or its server work fails (e.g. the database is down). */
export default function HookPageError({ error, retry }: { error: unknown; retry: () => void }) {
  // Server errors arrive without their message in production; the digest ties this to the log.
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const isOutage = digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="max-w-2xl space-y-4">
      {isOutage ? (
        <Notice tone="problem" title="The database is unavailable">
          <p>The hook keeps answering Okta, and its call records wait to be written. Try again in a moment.</p>
        </Notice>
      ) : (
        <Notice tone="problem" title="This page could not be shown right now.">
          <p>Try again in a moment. If it keeps failing, the server log says why (look for the reference below).</p>
          {digest && <p className="text-xs">Reference: {digest}</p>}
        </Notice>
      )}
      <button
        type="button"
        onClick={retry}
        className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Try again
      </button>
    </div>
  );
}

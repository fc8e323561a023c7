"use client";

import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/admin/database-unavailable";

/** Instead of a stack trace. An outage is named as such: it is the one failure staff can wait out. */
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  // Server errors arrive without their message in production; the digest survives.
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const isOutage = digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="max-w-2xl space-y-4">
      <Notice tone="problem" title={isOutage ? "The database is unavailable" : "This page could not be shown"}>
        <p>
          {isOutage
            ? "Patient data cannot be read or changed right now. Nothing was lost; try again in a moment."
            : "Something went wrong on the server. Try again; if it keeps failing, check the server log."}
        </p>
        {digest && !isOutage && <p className="text-xs">Reference: {digest}</p>}
      </Notice>
      <button type="button" onClick={retry} className={buttonClass("secondary")}>
        Try again
      </button>
    </div>
  );
}

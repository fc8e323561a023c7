"use client";

import { Notice } from "@/components/ui/notice";

/** Shown instead of a stack trace when the profile cannot be built; the digest ties it to the log. */
export default function ProfileError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">Your profile</h1>
      <Notice tone="problem" title="Your profile could not be shown right now.">
        <p>Please try again. If it keeps failing, sign out and sign in again.</p>
        {error.digest && <p className="text-xs text-amber-900">Reference: {error.digest}</p>}
      </Notice>
      <button
        type="button"
        onClick={reset}
        className="min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Try again
      </button>
    </div>
  );
}

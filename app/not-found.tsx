import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Every unknown URL: the app's own page (header, navigation, a way back) with HTTP status 404. */
export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-medium tracking-wide text-slate-600 uppercase">Error 404 · Not found</p>
      <h1 className="text-3xl font-semibold tracking-tight">There is no page at this address</h1>
      <p className="text-slate-700">The link may be mistyped or out of date.</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/" className="text-indigo-700 underline">
          Go to the home page
        </Link>
        <Link href="/profile" className="text-indigo-700 underline">
          Your profile
        </Link>
      </div>
    </div>
  );
}

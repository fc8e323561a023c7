import type { TokenView } from "@/lib/profile/get-profile";
import { ClaimsTable } from "./claims-table";
import { RawToken } from "./raw-token";

/** One token: its decoded claims, then the raw JWT. */
export function TokenSection({ name, intro, token }: { name: string; intro: string; token: TokenView | null }) {
  const headingId = `${name.toLowerCase().replace(/\W+/g, "-")}-claims`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div>
        <h2 id={headingId} className="text-xl font-semibold">
          {name} claims
        </h2>
        <p className="mt-1 text-sm text-slate-600">{intro}</p>
      </div>
      {!token ? (
        <p className="text-sm text-slate-700">Okta did not return an {name.toLowerCase()} at sign-in.</p>
      ) : (
        <>
          {token.rows ? (
            <ClaimsTable caption={`${name} claims`} rows={token.rows} />
          ) : (
            <p className="text-sm text-slate-700">
              This {name.toLowerCase()} is opaque (not a JWT), so it has no claims to show.
            </p>
          )}
          <RawToken name={name} token={token.raw} />
        </>
      )}
    </section>
  );
}

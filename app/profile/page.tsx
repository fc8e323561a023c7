import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/sign-in/get-session";
import { getProfile } from "@/lib/profile/get-profile";
import { ClaimStatus } from "./claim-status";
import { TokenSection } from "./token-section";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  // The proxy already redirects anonymous visitors; this check is the one that counts.
  const session = await getSession();
  if (!session) redirect(`/?${new URLSearchParams({ callbackUrl: "/profile" })}`);

  const profile = await getProfile({ idToken: session.idToken, accessToken: session.accessToken });
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Your profile</h1>
        <p className="max-w-2xl text-slate-700">
          These are the tokens Okta issued when you signed in
          {session.user?.email ? ` as ${session.user.email}` : ""}, decoded so you can read them.
        </p>
        <ClaimStatus diagnosis={profile.diagnosis} claimName={profile.claimName} claimValue={profile.claimValue} />
      </div>
      <TokenSection
        name="ID token"
        intro="Who you are. This app reads it to sign you in; the token inline hook adds your patient ID here."
        token={profile.idToken}
      />
      <TokenSection
        name="Access token"
        intro="What this app may do on your behalf when it calls an API."
        token={profile.accessToken}
      />
    </div>
  );
}

import { signInWithOkta, signOutEverywhere } from "@/lib/sign-in/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ReactNode } from "react";

/** Starts sign-in at Okta; `returnTo` (or the `returnField` given instead) is where the user lands afterwards. */
export function SignInForm({ label = "Sign in", returnTo = "/", returnField }: { label?: string; returnTo?: string; returnField?: ReactNode }) {
  return (
    <form action={signInWithOkta}>
      {returnField ?? <input type="hidden" name="returnTo" value={returnTo} />}
      <SubmitButton pendingLabel="Opening Okta…">{label}</SubmitButton>
    </form>
  );
}

/** Signs out of the app and of Okta. */
export function SignOutForm() {
  return (
    <form action={signOutEverywhere}>
      <SubmitButton variant="secondary" pendingLabel="Signing out…">
        Sign out
      </SubmitButton>
    </form>
  );
}

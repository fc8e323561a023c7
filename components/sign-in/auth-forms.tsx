import { signInWithOkta, signOutEverywhere } from "@/lib/sign-in/actions";
import { SubmitButton } from "@/components/ui/submit-button";

/** Starts sign-in at Okta; `returnTo` is where the user lands afterwards. */
export function SignInForm({ label = "Sign in", returnTo = "/" }: { label?: string; returnTo?: string }) {
  return (
    <form action={signInWithOkta}>
      <input type="hidden" name="returnTo" value={returnTo} />
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

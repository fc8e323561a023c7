"use client";

import { useActionState, useRef } from "react";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button-styles";

type DeleteState = { message?: string };

/**
 * Deleting takes two deliberate steps: open the dialog, then confirm. The native modal dialog
 * traps focus, closes on Escape and gives focus back to the button that opened it; Cancel has
 * the initial focus so a stray Enter does not delete.
 */
export function DeletePatientDialog({ action, login }: { action: (state: DeleteState) => Promise<DeleteState>; login: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <>
      <button type="button" className={buttonClass("danger")} onClick={() => dialog.current?.showModal()}>
        Delete patient…
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-patient-title"
        aria-describedby="delete-patient-description"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id="delete-patient-title" className="text-lg font-semibold">
          Delete this patient?
        </h2>
        <p id="delete-patient-description" className="mt-2 text-sm text-slate-700">
          <span className="font-medium break-all">{login}</span> will get no patient claim from their next sign-in on.
          The audit log keeps a record of the deletion.
        </p>
        {state.message && (
          <div className="mt-4">
            <Notice tone="problem" title="Not deleted">
              <p>{state.message}</p>
            </Notice>
          </div>
        )}
        <form action={formAction} className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" autoFocus className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={pending} className={buttonClass("danger")}>
            {pending ? "Deleting…" : "Delete"}
          </button>
        </form>
      </dialog>
    </>
  );
}

import type { InputHTMLAttributes } from "react";

type Props = {
  name: string;
  label: string;
  /** Shown under the label; also read out with the input. */
  hint?: string;
  errors?: readonly string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/**
 * A labelled input whose errors sit next to it and are read out with it: aria-invalid marks
 * it, aria-describedby links hint and errors, and the live region announces new errors.
 */
export function TextField({ name, label, hint, errors, className, ...input }: Props) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {!input.required && <span className="font-normal text-slate-500"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={[hintId, hasErrors ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 aria-invalid:border-red-600"
        {...input}
      />
      <div id={errorId} aria-live="polite" className="text-sm text-red-700">
        {errors?.map((error) => <p key={error}>{error}</p>)}
      </div>
    </div>
  );
}

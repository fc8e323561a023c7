import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";

type Props = {
  /** The page the search goes to; with no search, it is also where the clear link leads. */
  action: string;
  inputId: string;
  name: string;
  label: string;
  placeholder: string;
  /** The search now in the URL: shown in the box, and while not empty, a link clears it. */
  value: string;
  submitLabel: string;
  clearLabel: string;
  /** Hidden inputs for the rest of the URL's state, kept across the search. */
  children?: ReactNode;
};

/** A plain GET search form: the search lands in the URL, works without JavaScript and can be shared. */
export function UrlSearchForm({ action, inputId, name, label, placeholder, value, submitLabel, clearLabel, children }: Props) {
  return (
    <form role="search" action={action} className="flex w-full max-w-md flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        <input
          id={inputId}
          name={name}
          type="search"
          defaultValue={value}
          maxLength={100}
          placeholder={placeholder}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600"
        />
      </div>
      {children}
      <button type="submit" className={buttonClass("secondary")}>
        {submitLabel}
      </button>
      {value && (
        <Link href={action} className="min-h-10 self-center px-1 text-sm text-indigo-700 underline">
          {clearLabel}
        </Link>
      )}
    </form>
  );
}

import { UrlSearchForm } from "@/components/ui/url-search-form";
import type { PatientListQuery } from "@/lib/data/validations/patient-list-query";

/** Searches the patient list by ?q=, keeping the chosen order. */
export function SearchForm({ query }: { query: PatientListQuery }) {
  return (
    <UrlSearchForm
      action="/admin/patients"
      inputId="patient-search"
      name="q"
      label="Search patients"
      placeholder="Login, patient ID or name"
      value={query.q}
      submitLabel="Search"
      clearLabel="Clear"
    >
      {/* Keep the chosen order while searching; the page goes back to 1. */}
      {query.sort !== "username" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
    </UrlSearchForm>
  );
}

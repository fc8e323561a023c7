import Form from "next/form";

/** A GET form: the login lands in the URL, so a preview can be bookmarked or shared with a colleague. */
export function PreviewForm({ login, error }: { login: string; error: string | null }) {
  return (
    <Form action="/admin/preview" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="sm:flex-1">
        <label htmlFor="preview-login" className="text-sm font-medium">
          Okta login
        </label>
        <input
          id="preview-login"
          name="login"
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={login}
          placeholder="kim.sato@example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "preview-login-error" : undefined}
          className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
        />
        {error && (
          <p id="preview-login-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <button
        type="submit"
        className="min-h-10 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Preview
      </button>
    </Form>
  );
}

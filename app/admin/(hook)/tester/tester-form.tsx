"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { generateTestRequest, sendTestRequest } from "./actions";
import { TesterResult } from "./tester-result";
import { INITIAL_GENERATE_STATE, INITIAL_SEND_STATE, type GenerateState } from "./tester-state";

type Option = { value: string; label: string };
type Props = { initialLogin: string; defaultScopes: string; tokenOptions: Option[]; grantOptions: Option[] };

const input =
  "mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 aria-invalid:border-red-600";
const button =
  "min-h-10 rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60";

function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700">
      {errors?.[0]}
    </p>
  );
}

/**
 * Like the Preview tab of Okta's Admin Console: generate the request Okta would send, edit it,
 * send it to the hook. Every field is controlled, so React's reset of the form after an action
 * never throws away what was typed, and a request with a JSON error stays as the admin left it.
 */
export function TesterForm({ initialLogin, defaultScopes, tokenOptions, grantOptions }: Props) {
  const [fields, setFields] = useState({ login: initialLogin, tokens: "both", grantType: "authorization_code", scopes: defaultScopes });
  const [requestText, setRequestText] = useState("");
  const [generated, generate, generating] = useActionState(async (previous: GenerateState, formData: FormData) => {
    const next = await generateTestRequest(previous, formData);
    if (next.requestText !== null) setRequestText(next.requestText);
    return next;
  }, INITIAL_GENERATE_STATE);
  const [sent, send, sending] = useActionState(sendTestRequest, INITIAL_SEND_STATE);
  const busy = generating || sending;
  const errors = generated.fieldErrors;
  const update = (name: keyof typeof fields) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  return (
    <div className="space-y-8">
      <form action={send} className="max-w-3xl space-y-5" aria-busy={busy}>
        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">The sign-in Okta is handling</legend>
          <div>
            <label htmlFor="tester-login" className="text-sm font-medium">
              Okta login
            </label>
            <input
              id="tester-login"
              name="login"
              type="text"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              placeholder="kim.sato@example.com"
              value={fields.login}
              onChange={update("login")}
              aria-invalid={errors.login ? true : undefined}
              aria-describedby="tester-login-error"
              className={input}
            />
            <FieldError id="tester-login-error" errors={errors.login} />
          </div>
          <fieldset aria-describedby="tester-tokens-error">
            <legend className="text-sm font-medium">Tokens Okta is minting</legend>
            <div className="mt-1 flex flex-col gap-1 sm:flex-row sm:gap-5">
              {tokenOptions.map((option) => (
                <label key={option.value} className="inline-flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="tokens"
                    value={option.value}
                    checked={fields.tokens === option.value}
                    onChange={update("tokens")}
                    className="size-4 accent-indigo-600"
                  />
                  {option.label}
                </label>
              ))}
            </div>
            <FieldError id="tester-tokens-error" errors={errors.tokens} />
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="tester-grant" className="text-sm font-medium">
                Grant type
              </label>
              <select id="tester-grant" name="grantType" value={fields.grantType} onChange={update("grantType")}
                aria-describedby="tester-grant-error" className={input}>
                {grantOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <FieldError id="tester-grant-error" errors={errors.grantType} />
            </div>
            <div>
              <label htmlFor="tester-scopes" className="text-sm font-medium">
                Scopes <span className="font-normal text-slate-600">(space-separated)</span>
              </label>
              <input id="tester-scopes" name="scopes" type="text" autoComplete="off" spellCheck={false} value={fields.scopes}
                onChange={update("scopes")} aria-invalid={errors.scopes ? true : undefined}
                aria-describedby="tester-scopes-error" className={input} />
              <FieldError id="tester-scopes-error" errors={errors.scopes} />
            </div>
          </div>
          <button type="submit" formAction={generate} disabled={busy} className={`${button} border border-slate-300 bg-white hover:bg-slate-100`}>
            {generating ? "Generating…" : "Generate request"}
          </button>
          <p aria-live="polite" className="text-sm text-red-700">{generated.message}</p>
        </fieldset>

        <div>
          <label htmlFor="tester-request" className="font-semibold">
            Request Okta would send
          </label>
          <p id="tester-request-hint" className="text-sm text-slate-600">
            Edit it freely before sending. Okta&apos;s own preview data contains placeholders too.
          </p>
          <textarea
            id="tester-request"
            name="requestText"
            rows={16}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            placeholder="Generate a request above, or paste one."
            value={requestText}
            onChange={(event) => setRequestText(event.target.value)}
            aria-invalid={sent.fieldErrors.requestText ? true : undefined}
            aria-describedby="tester-request-hint tester-request-error"
            className={`${input} font-mono text-xs leading-5`}
          />
          <FieldError id="tester-request-error" errors={sent.fieldErrors.requestText} />
        </div>
        <button type="submit" disabled={busy} className={`${button} bg-indigo-600 text-white hover:bg-indigo-700`}>
          {sending ? "Sending…" : "Send to hook"}
        </button>
        <p aria-live="polite" className="text-sm text-red-700">{sent.message}</p>
      </form>
      {sent.result && !sending && <TesterResult result={sent.result} />}
    </div>
  );
}

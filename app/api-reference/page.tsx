import type { Metadata } from "next";
import { PageIntro } from "@/components/ui/page-intro";
import { getApiSettings } from "@/lib/api/api-settings";
import { buildOpenApiDocument } from "@/lib/api/openapi/openapi-document";
import { PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";
import { OperationSection, type Operation } from "./operation-section";
import { SchemaTable } from "./schema-table";

export const metadata: Metadata = { title: "Patient directory API — Patient Claims" };

const METHODS = ["get", "put", "patch", "delete", "post"] as const;

const PROBLEM_HELP: Record<ProblemType, string> = {
  "bad-request": "The body is not JSON, or a header is malformed (e.g. If-Match with several ETags).",
  unauthorized: "No access token, or one that is expired, from another issuer, for another audience or badly signed. The detail says which; get a new token.",
  forbidden: "The token is valid but lacks the scope the operation needs (WWW-Authenticate names it). Grant the scope to the service app in Okta.",
  "not-found": "No patient has this login or patient ID.",
  conflict: "A patient ID already belongs to another login. errors lists each one. Nothing was written.",
  "precondition-failed": "If-Match named a state the patient is no longer in (someone changed it), or If-None-Match: * found it existing. Read it again and retry.",
  "too-large": "The body is over 5 MB. Send at most 10,000 operations per bulk request.",
  "unsupported-media-type": "Send application/json (or application/merge-patch+json to PATCH).",
  "invalid-request": "Some fields are not valid. errors lists every one, with the field, the value sent and, in bulk requests, the operation's index. Nothing was written.",
  "rate-limited": "Too many requests from this client. Wait Retry-After seconds.",
  "server-error": "Something failed on our side. Retrying is safe: every write is idempotent.",
  unavailable: "The database did not answer. Nothing was written. Wait Retry-After seconds.",
};

/** The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves. */
export default function ApiReferencePage() {
  const document = buildOpenApiDocument(getApiSettings().verification?.issuer);
  const schemas = document.components.schemas as Record<string, object>;
  const lookup = (ref: string) => schemas[ref.split("/").at(-1) ?? ""];
  const tokenUrl = document.components.securitySchemes.oktaClientCredentials.flows.clientCredentials.tokenUrl;
  return (
    // Long paths, URLs and field names wrap where they must: nothing runs past a 390 px screen.
    <div className="space-y-8 [overflow-wrap:anywhere]">
      <PageIntro title="Patient directory API">
        <p>{document.info.description}</p>
        <p>
          Machine-readable: <a className="text-indigo-700 underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1, generated from the
          schemas the API validates with).
        </p>
      </PageIntro>
      <section aria-labelledby="auth" className="space-y-2">
        <h2 id="auth" className="text-xl font-semibold">Authentication</h2>
        <p className="max-w-3xl text-slate-700">
          Get an access token from <code className="font-mono">{tokenUrl}</code> with the client credentials of an Okta service app
          (<code className="font-mono">grant_type=client_credentials</code>, <code className="font-mono">scope=patients.read patients.write</code>), and send it
          as <code className="font-mono">Authorization: Bearer …</code>. Reading needs <code className="font-mono">patients.read</code>; creating, changing and
          deleting need <code className="font-mono">patients.write</code>. Every change is recorded in the audit log with the app&apos;s client ID.
        </p>
      </section>
      <section aria-labelledby="operations" className="space-y-4">
        <h2 id="operations" className="text-xl font-semibold">Operations</h2>
        {Object.entries(document.paths).flatMap(([path, item]) => {
          const pathItem = item as Record<string, unknown> & { parameters?: [] };
          return METHODS.filter((method) => pathItem[method]).map((method) => (
            <OperationSection key={`${method} ${path}`} method={method} path={path} operation={pathItem[method] as Operation} pathParameters={pathItem.parameters ?? []} lookup={lookup} />
          ));
        })}
      </section>
      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">Answers</h2>
        {["Patient", "PatientPage", "BulkResult", "Problem"].map((id) => (
          <div key={id} id={`schema-${id}`} className="space-y-1">
            <h3 className="font-mono font-semibold">{id}</h3>
            <SchemaTable schema={schemas[id] as object} lookup={lookup} />
          </div>
        ))}
      </section>
      <section aria-labelledby="problems" className="space-y-3">
        <h2 id="problems" className="text-xl font-semibold">Problems</h2>
        <p className="max-w-3xl text-slate-700">
          Errors are RFC 9457 problem details (<code className="font-mono">application/problem+json</code>): <code className="font-mono">type</code> links
          here, <code className="font-mono">title</code>, <code className="font-mono">status</code>, <code className="font-mono">detail</code>, and for
          invalid requests <code className="font-mono">errors</code> with each field.
        </p>
        <dl className="space-y-2">
          {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((type) => (
            <div key={type} id={`problem-${type}`}>
              <dt className="font-mono text-sm font-semibold">
                {PROBLEM_TYPES[type].status} {type}
              </dt>
              <dd className="text-sm text-slate-700">{PROBLEM_HELP[type]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

import { SchemaTable, describeType, type SchemaLookup } from "./schema-table";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: object };
type Media = Record<string, { schema: object }>;
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Media };
  responses: Record<string, { description: string; content?: Media; headers?: Record<string, { description: string }> }>;
};

/** One operation of the API: method and path, scope, parameters, body and answers. */
export function OperationSection({ method, path, operation, pathParameters, lookup }: { method: string; path: string; operation: Operation; pathParameters: Parameter[]; lookup: SchemaLookup }) {
  const scopes = operation.security?.flatMap((requirement) => Object.values(requirement).flat()) ?? [];
  const parameters = [...pathParameters, ...(operation.parameters ?? [])];
  const [bodyType, body] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`${operation.operationId}-title`} className="font-mono text-base font-semibold">
        <span className="rounded bg-indigo-50 px-2 py-0.5 text-indigo-800">{method.toUpperCase()}</span> {path}
      </h3>
      <p className="font-medium">{operation.summary}</p>
      {operation.description ? <p className="text-sm text-slate-700">{operation.description}</p> : null}
      <p className="text-sm">
        Scope: <code className="font-mono">{scopes.join(", ")}</code>
      </p>
      {parameters.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">Parameters</h4>
          <ul className="list-disc pl-5 text-sm">
            {parameters.map((parameter) => (
              <li key={`${parameter.in}:${parameter.name}`}>
                <code className="font-mono">{parameter.name}</code> ({parameter.in}, {describeType(parameter.schema)}
                {parameter.required ? ", required" : ""}){parameter.description ? `: ${parameter.description}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {body ? (
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">
            Body <span className="font-normal text-slate-500">({bodyType}; * required)</span>
          </h4>
          <SchemaTable schema={body.schema} lookup={lookup} />
        </div>
      ) : null}
      <div>
        <h4 className="text-sm font-semibold">Answers</h4>
        <ul className="text-sm">
          {Object.entries(operation.responses).map(([status, response]) => {
            const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
            return (
              <li key={status}>
                <span className="font-mono">{status}</span> {response.description}
                {media ? <span className="text-slate-500"> — {describeType(media.schema)} ({type})</span> : null}
                {response.headers ? <span className="text-slate-500"> — headers: {Object.keys(response.headers).join(", ")}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: boolean;
};

export type SchemaLookup = (ref: string) => Schema | undefined;

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** "string, 1–64 characters", "integer 1–1000, default 100", "Patient[]": a schema in a few words. */
export function describeType(schema: Schema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf ?? []).map(describeType).join(" or ");
  if (schema.type === "array") return `${schema.items ? describeType(schema.items) : "any"}[]${range(schema.minItems, schema.maxItems, " items")}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  const parts = [type + (schema.format ? ` (${schema.format})` : "")];
  const length = range(schema.minLength, schema.maxLength, " characters");
  if (length) parts.push(length.trim());
  const value = range(schema.minimum, schema.maximum, "");
  if (value) parts.push(value.trim());
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return ` ${min}–${max.toLocaleString("en")}${unit}`;
  if (max !== undefined) return ` at most ${max.toLocaleString("en")}${unit}`;
  if (min !== undefined) return ` at least ${min}${unit}`;
  return "";
}

/** An object schema's fields as a table: name, type, required, description. Variants (oneOf) one after another. */
export function SchemaTable({ schema, lookup }: { schema: Schema; lookup: SchemaLookup }) {
  const resolved = schema.$ref ? (lookup(schema.$ref) ?? schema) : schema;
  const variants = resolved.oneOf ?? resolved.anyOf;
  if (variants && !resolved.properties) {
    return (
      <div className="space-y-3">
        {variants.map((variant, i) => (
          <SchemaTable key={i} schema={variant} lookup={lookup} />
        ))}
      </div>
    );
  }
  const fields = Object.entries(resolved.properties ?? {});
  if (fields.length === 0) return <p className="text-sm text-slate-700">{describeType(resolved)}</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr>
          <th className="py-1 pr-4 font-medium">field</th>
          <th className="py-1 pr-4 font-medium">type</th>
          <th className="py-1 font-medium">meaning</th>
        </tr>
      </thead>
      <tbody className="align-top">
        {fields.map(([name, field]) => (
          <tr key={name} className="border-t border-slate-100">
            <td className="py-1 pr-4 font-mono">
              {name}
              {resolved.required?.includes(name) ? <span className="text-rose-700"> *</span> : null}
            </td>
            <td className="py-1 pr-4 font-mono text-xs">
              {describeType(field)}
              {field.type === "array" && field.items ? (
                <div className="mt-2 rounded border border-slate-200 p-2">
                  <SchemaTable schema={field.items} lookup={lookup} />
                </div>
              ) : null}
            </td>
            <td className="py-1 text-slate-700">{field.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { CodeBlock } from "@/components/ui/code-block";

/** JSON as the hook pages show it: indented as given, with a "Copy JSON" button. */
export function JsonBlock({ id, title, json }: { id: string; title: string; json: string }) {
  return <CodeBlock id={id} title={title} text={json} copyLabel="Copy JSON" layout="preformatted" />;
}

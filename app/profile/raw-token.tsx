import { CodeBlock } from "@/components/ui/code-block";

/** The token exactly as Okta issued it, selectable by hand or copied with one click. */
export function RawToken({ name, token }: { name: string; token: string }) {
  const id = `raw-${name.toLowerCase().replace(/\W+/g, "-")}`;
  return <CodeBlock id={id} title={`${name} (raw JWT)`} text={token} copyLabel={`Copy ${name}`} layout="unbroken" />;
}

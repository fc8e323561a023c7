import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// `npm run lint` is ESLint with the project's eslint.config.mjs: the same rules, run here on
// deliberate violations, so a rule that stopped working fails this test.
const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root, ignore: false });
// The probes below are text, not files on disk, which import/no-cycle cannot follow.
const probeLint = new ESLint({ cwd: root, ignore: false, overrideConfig: { rules: { "import/no-cycle": "off" } } });

async function ruleErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await probeLint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => `${message.ruleId}: ${message.message}`);
}

const restricted = (errors: string[]) => errors.filter((error) => error.startsWith("import/no-restricted-paths"));

describe("import boundaries (npm run lint)", () => {
  it("refuses an import from lib/ into the local Okta", async () => {
    const errors = await ruleErrors('import { startOktaLocal } from "@/okta-local/server";\nexport const start = startOktaLocal;\n', "lib/boundary-probe.ts");
    expect(restricted(errors)).toEqual([expect.stringContaining("lib/ never imports")]);
  });

  it("refuses the app's settings in the local Okta", async () => {
    const errors = await ruleErrors('import { getEnv } from "@/lib/config/env";\nexport const env = getEnv;\n', "okta-local/boundary-probe.ts");
    expect(restricted(errors)).toEqual([expect.stringContaining("The local Okta imports only the Okta module")]);
  });

  it("keeps the Okta module free of the app and of the local Okta", async () => {
    for (const source of ["@/lib/common/log", "@/okta-local/users"]) {
      const errors = await ruleErrors(`import * as probe from "${source}";\nexport { probe };\n`, "okta/boundary-probe.ts");
      expect(restricted(errors)).toEqual([expect.stringContaining("The Okta module (okta/) imports nothing")]);
    }
  });

  it("keeps Prisma, the admin and the UI off the hook's path", async () => {
    for (const source of ["@/generated/prisma/client", "@/lib/data/db", "@/lib/admin/require-admin", "@/lib/api/api-route", "@/components/ui/notice"]) {
      const errors = await ruleErrors(`import * as probe from "${source}";\nexport { probe };\n`, "app/api/hooks/token/boundary-probe.ts");
      expect(restricted(errors).length, source).toBeGreaterThan(0);
    }
  });

  it("lets the hook use the Okta module, its settings, logging and the pg pool", async () => {
    const code = ["@/okta/hook-request/request-schema", "@/lib/config/env", "@/lib/common/log", "@/lib/data/db-pool", "@/generated/prisma/enums"]
      .map((source, i) => `import * as probe${i} from "${source}";\nexport { probe${i} };\n`)
      .join("");
    expect(restricted(await ruleErrors(code, "lib/hook/boundary-probe.ts"))).toEqual([]);
  });

  it("refuses the test suites in product code and scripts, but not in tests", async () => {
    const code = 'import { startTcpProxy } from "@/tests/support/tcp-proxy";\nexport const proxy = startTcpProxy;\n';
    expect(restricted(await ruleErrors(code, "scripts/boundary-probe.ts"))).toEqual([expect.stringContaining("never import the test suites")]);
    expect(restricted(await ruleErrors(code, "lib/hook/boundary-probe.ts"))).toEqual([expect.stringContaining("never import the test suites")]);
    expect(restricted(await ruleErrors(code, "lib/hook/boundary-probe.test.ts"))).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    const results = await eslint.lintFiles(["tests/lint-fixtures/cycle-a.ts"]);
    const messages = results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(messages).toContain("import/no-cycle");
  });
});

import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The project's parts and what each may import (README, "Layout"). eslint-plugin-import comes with
// eslint-config-next; its TypeScript resolver follows the `@/` alias.
const PRODUCT = ["./app", "./components", "./lib", "./okta", "./okta-local", "./auth.ts", "./proxy.ts", "./instrumentation.ts"];

/** Zones for import/no-restricted-paths: `target` may not import `from`. */
const layers = [
  // The Okta module knows Okta and nothing of this project.
  { target: "./okta", from: ["./app", "./components", "./lib", "./okta-local", "./scripts", "./prisma", "./generated", "./auth.ts", "./proxy.ts"], message: "The Okta module (okta/) imports nothing of the app or the local Okta." },
  // The local Okta reaches the app only over HTTP.
  { target: "./okta-local", from: ["./app", "./components", "./lib", "./scripts", "./prisma", "./generated", "./auth.ts", "./proxy.ts"], message: "The local Okta imports only the Okta module (okta/) and its own files." },
  // lib/ is below the pages and the local Okta.
  { target: "./lib", from: ["./app", "./components", "./okta-local", "./scripts", "./auth.ts", "./proxy.ts"], message: "lib/ never imports app/, components/, scripts/, the local Okta or the root auth.ts." },
  // The hook's hot path: the Okta module, its own logic, settings, logging and the pg pool only.
  {
    target: ["./app/api/hooks", "./lib/hook"],
    from: ["./lib/admin", "./lib/api", "./lib/data/audit", "./lib/data/patients", "./lib/data/validations", "./lib/data/db.ts", "./lib/profile", "./lib/sign-in", "./components", "./okta-local"],
    message: "The hook reaches only okta/, lib/hook, lib/config, lib/common and the pg pool (lib/data/db-pool.ts): no Prisma client, admin, directory API, UI or local Okta.",
  },
  // Prisma's generated enums are plain constants; the client and its models stay off the hot path.
  { target: ["./app/api/hooks", "./lib/hook"], from: "./generated/prisma", except: ["./enums.ts"], message: "No Prisma client on the hook's path (lib/data/db-pool.ts)." },
  { target: "./components", from: ["./app", "./okta-local", "./scripts"], message: "components/ never imports pages, scripts or the local Okta." },
];

// Test files may import the suites' support code (tests/support); nothing else may.
const testIsolation = [
  { target: [...PRODUCT, "./scripts"], from: ["./tests", "./e2e"], message: "Product code and scripts never import the test suites." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // eslint-plugin-import follows imports only into files with these extensions, parsed with
    // @typescript-eslint/parser (a devDependency so that it can find it); without both, no cycle
    // through a .ts file would be seen. Its parse cache lives for the whole run (default: 30 s).
    settings: { "import/extensions": [".ts", ".tsx", ".js", ".jsx", ".mjs"], "import/ignore": ["node_modules"], "import/cache": { lifetime: "∞" } },
    rules: {
      "import/no-restricted-paths": ["error", { zones: [...layers, ...testIsolation] }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.spec.ts", "tests/**", "e2e/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: layers }] },
  },
  globalIgnores([".next/**", ".next-*/**", "generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/lint-fixtures/**"]),
]);

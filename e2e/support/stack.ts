/**
 * Where the e2e stack runs: fixed test ports, away from the dev defaults, and its own data.
 * E2E_* variables move it, so two runs in one checkout (or a busy port) do not collide.
 */
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const E2E_APP_PORT = port("E2E_APP_PORT", 3200);
export const E2E_OKTA_PORT = port("E2E_OKTA_PORT", 3201);
export const E2E_DB_PORT = port("E2E_DB_PORT", 24340);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
/** The Express client of e2e/ui/express-client.spec.ts (a second app of the local Okta). */
export const E2E_EXPRESS_PORT = port("E2E_EXPRESS_PORT", 3202);

export const APP_URL = `http://localhost:${E2E_APP_PORT}`;
export const OKTA_URL = `http://localhost:${E2E_OKTA_PORT}`;

/** The local Okta's seeded users all share this password (okta-local's fixtures). */
export const PASSWORD = "Passw0rd!";

import { readFileSync } from "node:fs";
import { describeIssues } from "../management/inline-hook-schema";
import { appInputProblems, appInputSchema } from "./app-schema";
import type { AppSeed } from "./seed-apps";

/**
 * The apps file (`OKTA_LOCAL_APPS_FILE`): one app object, or an array of them, exactly as
 * `POST /api/v1/apps` takes them, each with its `client_id` (so a restart finds it again).
 * Registered at start (apps/seed-apps.ts); a file that is not valid stops the start, naming each problem.
 */
export function readAppsFile(file: string): AppSeed[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`OKTA_LOCAL_APPS_FILE ${file}: ${(error as Error).message}`);
  }
  const items = Array.isArray(json) ? json : [json];
  return items.map((item, index) => {
    const where = `OKTA_LOCAL_APPS_FILE ${file}${Array.isArray(json) ? ` [${index}]` : ""}`;
    const parsed = appInputSchema.safeParse(item);
    if (!parsed.success) throw new Error(`${where}:\n  - ${describeIssues(parsed.error).join("\n  - ")}`);
    const { data } = parsed;
    const clientId = data.credentials.oauthClient.client_id;
    const problems = [...appInputProblems(data), ...(clientId === undefined ? ["credentials.oauthClient.client_id: required in the apps file"] : [])];
    if (problems.length > 0 || clientId === undefined) throw new Error(`${where}:\n  - ${problems.join("\n  - ")}`);
    return { ...data, credentials: { oauthClient: { ...data.credentials.oauthClient, client_id: clientId } } };
  });
}

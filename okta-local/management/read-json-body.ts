import type { Context } from "koa";
import type { z } from "zod";
import { readBody } from "../http/router";
import { describeIssues } from "./inline-hook-schema";
import { sendOktaError, validationFailed } from "./okta-errors";

/** The body parsed by `schema`, or undefined once Okta's 400 (E0000003 / E0000001) is sent. */
export async function readJsonBody<S extends z.ZodType>(ctx: Context, schema: S): Promise<z.output<S> | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await readBody(ctx));
  } catch {
    sendOktaError(ctx, 400, "E0000003", "The request body was not well-formed.");
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) validationFailed(ctx, describeIssues(parsed.error));
  return parsed.success ? parsed.data : undefined;
}

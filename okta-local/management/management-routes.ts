import { appRoutes } from "../apps/apps-api";
import type { Directory } from "../directory/directory";
import { directoryRoutes } from "../directory/directory-api";
import type { RouteHandler } from "../http/router";
import type { StateStore } from "../store/state-types";
import type { SystemLog } from "../system-log";
import type { ApiTokens } from "./api-auth";
import { authorizationServerRoutes } from "./authorization-server-api";
import { managementRoutes } from "./management-api";
import { scopeAndClaimRoutes } from "./scopes-claims-api";

/** Every Management API route (`/api/v1/…`), each behind Okta's SSWS API token check. */
export function allManagementRoutes(deps: { state: StateStore; systemLog: SystemLog; orgUrl: string; tokens: ApiTokens; directory: Directory }): [string, string, RouteHandler][] {
  return [
    ...managementRoutes(deps),
    ...appRoutes(deps),
    ...directoryRoutes(deps),
    ...scopeAndClaimRoutes(deps),
    ...authorizationServerRoutes(deps),
  ];
}

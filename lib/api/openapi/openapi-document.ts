import { z } from "zod";
import {
  bulkRequestSchema,
  MAX_BULK_OPERATIONS,
  patientListQuerySchema,
  patientPatchSchema,
  patientPutSchema,
} from "@/lib/data/validations/patient-api";
import { API_SCOPES } from "../authenticate-api-client";
import { PROBLEM_TYPES, type ProblemType } from "../problem";
import { bulkResultSchema, patientPageSchema, patientResourceSchema, problemSchema } from "./response-schemas";

/** A placeholder issuer for the committed document (tests/support/api-client): the served one names the configured issuer. */
export const PLACEHOLDER_ISSUER = "https://{yourOktaDomain}/oauth2/default";

type JsonSchema = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Component schemas from zod: requests as they are sent (input), responses as they are answered (output). */
function componentSchemas(): Record<string, JsonSchema> {
  const requests = z.registry<{ id: string }>();
  requests.add(patientPutSchema, { id: "PatientPut" });
  requests.add(patientPatchSchema, { id: "PatientPatch" });
  requests.add(bulkRequestSchema, { id: "BulkRequest" });
  const responses = z.registry<{ id: string }>();
  responses.add(patientResourceSchema, { id: "Patient" });
  responses.add(patientPageSchema, { id: "PatientPage" });
  responses.add(bulkResultSchema, { id: "BulkResult" });
  responses.add(problemSchema, { id: "Problem" });
  const options = { target: "draft-2020-12", uri: (id: string) => `#/components/schemas/${id}` } as const;
  const all = {
    ...z.toJSONSchema(requests, { ...options, io: "input" }).schemas,
    ...z.toJSONSchema(responses, { ...options, io: "output" }).schemas,
  };
  // OpenAPI 3.1's dialect is the default in components: drop each schema's own $schema and $id.
  return Object.fromEntries(
    Object.entries(all).map(([id, schema]) => {
      const component: JsonSchema = { ...schema };
      delete component.$schema;
      delete component.$id;
      return [id, component];
    }),
  );
}

/** The list's query parameters, from the schema the handler parses them with. */
function listParameters() {
  const schema = z.toJSONSchema(patientListQuerySchema, { io: "input", target: "draft-2020-12" }) as { properties: Record<string, JsonSchema> };
  return Object.entries(schema.properties).map(([name, { description, ...property }]) => ({ name, in: "query", required: false, description, schema: property }));
}

const problemResponse = (...types: ProblemType[]) =>
  Object.fromEntries(
    types.map((type) => [
      String(PROBLEM_TYPES[type].status),
      {
        description: PROBLEM_TYPES[type].title,
        ...(type === "rate-limited" || type === "unavailable"
          ? { headers: { "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } } } }
          : {}),
        ...(type === "unauthorized" || type === "forbidden"
          ? { headers: { "WWW-Authenticate": { description: "RFC 6750: invalid_token, or insufficient_scope with the scope needed.", schema: { type: "string" } } } }
          : {}),
        content: { "application/problem+json": { schema: ref("Problem") } },
      },
    ]),
  );

const etagHeader = { ETag: { description: "The patient's current state: send it as If-Match to change it only if no one else has.", schema: { type: "string" } } };
const patientAnswer = (description: string) => ({ description, headers: etagHeader, content: { "application/json": { schema: ref("Patient") } } });
const jsonBody = (id: string, types = ["application/json"]) => ({ required: true, content: Object.fromEntries(types.map((type) => [type, { schema: ref(id) }])) });
const ifMatch = { name: "If-Match", in: "header", required: false, description: "An ETag from this API (or *): change only if the patient is still in that state, else 412.", schema: { type: "string" } };
const ifNoneMatch = { name: "If-None-Match", in: "header", required: false, description: "*: create only; 412 if the login exists.", schema: { type: "string", const: "*" } };
const loginParam = { name: "login", in: "path", required: true, description: "The patient's Okta login (any case).", schema: { type: "string", maxLength: 100 } };

const read = [{ oktaClientCredentials: [API_SCOPES.read] }];
const write = [{ oktaClientCredentials: [API_SCOPES.write] }];
const common = ["unauthorized", "forbidden", "rate-limited", "unavailable"] as const;

/**
 * The directory API's OpenAPI 3.1 document, built from the zod schemas the handlers validate
 * with and answer by. Served at /api/v1/openapi.json; tests/support/api-client holds the types
 * openapi-typescript generates from it, and a unit test fails when they differ.
 */
export function buildOpenApiDocument(issuer: string = PLACEHOLDER_ISSUER) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Patient Claims — patient directory API",
      version: "1.0.0",
      description:
        "Keeps the patient table that the token inline hook reads current, from the system that owns patient identities (an EHR, a master patient index). " +
        "Authenticate with an access token from your Okta authorization server (client credentials of a service app) with the scopes patients.read and/or patients.write. " +
        "Every error is an RFC 9457 problem details object.",
    },
    servers: [{ url: "/" }],
    security: read,
    paths: {
      "/api/v1/patients": {
        get: {
          operationId: "listPatients",
          summary: "List patients, optionally those changed since a time",
          description:
            "Patients in the order they last changed (updatedAt, then id). For an incremental sync, pass the newest updatedAt of the previous sync as updatedSince (inclusive) and follow nextCursor until it is null.",
          security: read,
          parameters: listParameters(),
          responses: {
            "200": { description: "A page of patients", content: { "application/json": { schema: ref("PatientPage") } } },
            ...problemResponse("invalid-request", ...common),
          },
        },
      },
      "/api/v1/patients/{login}": {
        parameters: [loginParam],
        get: {
          operationId: "getPatient",
          summary: "Get a patient by Okta login",
          security: read,
          responses: { "200": patientAnswer("The patient"), ...problemResponse("not-found", ...common) },
        },
        put: {
          operationId: "putPatient",
          summary: "Create or replace a patient (idempotent)",
          description: "Creates the login's patient, or replaces its patient ID and display name. Sending the same body again changes nothing.",
          security: write,
          parameters: [ifMatch, ifNoneMatch],
          requestBody: jsonBody("PatientPut"),
          responses: {
            "200": patientAnswer("Replaced (or already so)"),
            "201": { ...patientAnswer("Created"), headers: { ...etagHeader, Location: { description: "The patient's URL.", schema: { type: "string" } } } },
            ...problemResponse("bad-request", "conflict", "precondition-failed", "too-large", "unsupported-media-type", "invalid-request", ...common),
          },
        },
        patch: {
          operationId: "patchPatient",
          summary: "Change some fields of a patient (JSON merge patch)",
          security: write,
          parameters: [ifMatch],
          requestBody: jsonBody("PatientPatch", ["application/merge-patch+json", "application/json"]),
          responses: {
            "200": patientAnswer("Changed (or already so)"),
            ...problemResponse("bad-request", "not-found", "conflict", "precondition-failed", "unsupported-media-type", "invalid-request", ...common),
          },
        },
        delete: {
          operationId: "deletePatient",
          summary: "Delete a patient",
          description: "The login's next sign-in carries no patient ID.",
          security: write,
          parameters: [ifMatch],
          responses: { "204": { description: "Deleted" }, ...problemResponse("bad-request", "not-found", "precondition-failed", ...common) },
        },
      },
      "/api/v1/patients/by-patient-id/{patientId}": {
        parameters: [{ name: "patientId", in: "path", required: true, description: "The external patient identifier.", schema: { type: "string", maxLength: 64 } }],
        get: {
          operationId: "getPatientByPatientId",
          summary: "Get a patient by patient ID",
          security: read,
          responses: { "200": patientAnswer("The patient"), ...problemResponse("not-found", ...common) },
        },
      },
      "/api/v1/patients/bulk": {
        post: {
          operationId: "bulkWritePatients",
          summary: `Create, replace and delete up to ${MAX_BULK_OPERATIONS.toLocaleString("en")} patients at once`,
          description:
            "All or nothing, in one transaction, checked as the admin's CSV import is: every operation valid, no login or patient ID twice. " +
            "422 lists every problem with its index, field and value; 409 lists each patient ID that belongs to a login the request does not delete. " +
            "A patient ID may move from one login to another in one request by deleting the old login in it.",
          security: write,
          requestBody: jsonBody("BulkRequest"),
          responses: {
            "200": { description: "Written", content: { "application/json": { schema: ref("BulkResult") } } },
            ...problemResponse("bad-request", "conflict", "too-large", "unsupported-media-type", "invalid-request", ...common),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        oktaClientCredentials: {
          type: "oauth2",
          description: "An access token from your Okta custom authorization server, for a service app (client credentials).",
          flows: {
            clientCredentials: {
              tokenUrl: `${issuer.replace(/\/$/, "")}/v1/token`,
              scopes: { [API_SCOPES.read]: "Read the patient directory", [API_SCOPES.write]: "Create, change and delete patients" },
            },
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

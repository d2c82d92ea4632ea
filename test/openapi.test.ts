import { describe, expect, it } from "vitest";
import { ROSTER_ERROR_CODES, problemFromError } from "../src/adapters/rest/rest-protocol";
import { createMemoryBackend } from "../src/adapters/memory/memory-backend";
import { generateSeed } from "../src/adapters/memory/seed";
import { ACTIVITY_ACTIONS } from "../src/core/activity.types";
import { DENIAL_KEYS } from "../src/core/denials";
import { MEMBER_EXPORT_COLUMNS } from "../src/core/member-export";
import { MEMBER_STATUSES } from "../src/core/domain.types";
import { MEMBER_SORT_FIELDS } from "../src/core/vocabulary";
import { VALIDATION_SENTENCES } from "../src/core/validation";
import { RosterError } from "../src/core/errors";
import { deniedError, denial } from "../src/core/policy";
import { ROSTER_OPERATIONS } from "../src/server/operations";
import { OPENAPI_DOCUMENT, createOpenApiAjv, operations, responseFor, validatorAt } from "./openapi-validator";

/**
 * The OpenAPI document itself: a well-formed OpenAPI 3.1 document whose schemas compile under ajv's
 * draft 2020-12 strict mode, that lists exactly the operations the mock serves, and whose enums follow the
 * core's. Answers are checked against it in `rest-adapter.contract.test.ts` and `mocks.test.ts`.
 */

const schema = (name: string) => validatorAt(["components", "schemas", name]);

interface Parameter {
  readonly $ref?: string;
  readonly name?: string;
  readonly in?: string;
  readonly required?: boolean;
}

function parametersOf(path: string, method: string): Parameter[] {
  const item = OPENAPI_DOCUMENT.paths[path] ?? {};
  const own = ((item[method] as { parameters?: Parameter[] } | undefined)?.parameters ?? []) as Parameter[];
  const shared = (item["parameters"] ?? []) as Parameter[];
  return [...shared, ...own].map((parameter) => {
    if (!parameter.$ref) return parameter;
    const name = parameter.$ref.split("/").at(-1) ?? "";
    return OPENAPI_DOCUMENT.components.parameters[name] as Parameter;
  });
}

async function sampleMembers() {
  const backend = createMemoryBackend({ dataset: generateSeed({ members: 30 }) });
  const admin = backend.as("u-1");
  const signal = new AbortController().signal;
  const workspace = await admin.getMember({ scope: { kind: "workspace", workspaceId: "ws-1" }, memberId: "u-4", signal });
  const instance = await admin.getMember({ scope: { kind: "instance" }, memberId: "u-8", signal });
  return { workspace, instance };
}

/** Whether an operation needs no signed-in user (`security: []`). */
function isPublic(operation: object): boolean {
  const security = (operation as { security?: unknown[] }).security;
  return Array.isArray(security) && security.length === 0;
}

describe("openapi/rosterkit.openapi.json", () => {
  it("is an OpenAPI 3.1 document whose schemas all compile in ajv's strict draft 2020-12 mode", () => {
    expect(OPENAPI_DOCUMENT.openapi).toBe("3.1.0");
    const ajv = createOpenApiAjv();
    for (const name of Object.keys(OPENAPI_DOCUMENT.components.schemas)) {
      expect(() => ajv.compile({ $ref: `https://rosterkit.test/openapi.json#/components/schemas/${name}` }), name).not.toThrow();
    }
  });

  it("lists exactly the operations the mock serves, each once, with an operationId", () => {
    const documented = operations()
      .map(({ path, method, operation }) => `${method} ${path} ${operation.operationId}`)
      .sort();
    const served = ROSTER_OPERATIONS.map((operation) => `${operation.method} ${operation.path} ${operation.operationId}`).sort();
    expect(documented).toEqual(served);
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every operation has a JSON 200 (a CSV file for the exports, R25) and answers errors as application/problem+json Problems (RFC 9457), 429 with Retry-After", () => {
    const files = ["exportWorkspaceMembers", "exportInstanceMembers"];
    for (const { operation } of operations()) {
      const ok = responseFor(operation, 200);
      expect(Object.keys(ok?.response.content ?? {}), operation.operationId).toEqual(files.includes(operation.operationId) ? ["text/csv"] : ["application/json"]);
      // A public operation (the invitee's accept, whose token is the credential) has no 401.
      const statuses = isPublic(operation) ? [400, 429, 500] : [400, 401, 429, 500];
      for (const status of statuses) {
        const error = responseFor(operation, status);
        expect(error?.response.content?.["application/problem+json"]?.schema, `${operation.operationId} ${status}`).toEqual({ $ref: "#/components/schemas/Problem" });
      }
      expect(responseFor(operation, 429)?.response.headers?.["Retry-After"]).toBeDefined();
    }
  });

  it("every write requires an Idempotency-Key; status and role changes require If-Match (R22)", () => {
    for (const { path, method, operation } of operations()) {
      const headers = parametersOf(path, method).filter((parameter) => parameter.in === "header" && parameter.required);
      const names = headers.map((parameter) => parameter.name);
      // The invitee's accept needs no key: its token is single-use, so a second accept cannot act twice (R27).
      if (method === "get" || isPublic(operation)) expect(names, operation.operationId).toEqual([]);
      else expect(names, operation.operationId).toContain("Idempotency-Key");
      const versioned = ["changeWorkspaceMemberStatus", "changeInstanceMemberStatus", "updateMember"].includes(operation.operationId);
      expect(names.includes("If-Match"), operation.operationId).toBe(versioned);
      if (versioned) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["409", "428"]));
    }
  });

  it("R26, R29: every write names idempotency_mismatch and limit_exceeded in its 422; writes with a body answer 413 for a body past the limit", () => {
    const unprocessable = OPENAPI_DOCUMENT.components.responses["Unprocessable"]?.description ?? "";
    expect(unprocessable).toContain("idempotency_mismatch");
    expect(unprocessable).toContain("limit_exceeded");
    expect(OPENAPI_DOCUMENT.components.responses["ContentTooLarge"]?.description).toContain("requestBodyBytes");
    const writes = operations().filter(({ method }) => method !== "get");
    expect(writes.map(({ operation }) => operation.operationId).sort()).toEqual(
      ["acceptInvitation", "changeInstanceMemberStatus", "changeWorkspaceMemberStatus", "inviteMembers", "resendInvitation", "revokeInvitation", "updateMember"],
    );
    for (const { operation } of writes) {
      expect(responseFor(operation, 422)?.key, operation.operationId).toBe("422");
      expect(responseFor(operation, 422)?.pointer, operation.operationId).toEqual(["components", "responses", "Unprocessable"]);
      if (operation.requestBody) expect(responseFor(operation, 413)?.pointer, operation.operationId).toEqual(["components", "responses", "ContentTooLarge"]);
    }
  });

  it("R25: both member lists take search, status, sort, offset, cursor and limit; the workspace list also role and metadata", () => {
    const names = (path: string) => parametersOf(path, "get").filter((parameter) => parameter.in === "query").map((parameter) => parameter.name).sort();
    expect(names("/members")).toEqual(["cursor", "limit", "offset", "search", "sort", "status"]);
    expect(names("/workspaces/{workspaceId}/members")).toEqual(["cursor", "limit", "metadata", "offset", "role", "search", "sort", "status"]);
  });

  it("R25: both exports take the list's search, status and sort (and role and metadata in a workspace) and the columns, and no paging", () => {
    const names = (path: string) => parametersOf(path, "get").filter((parameter) => parameter.in === "query").map((parameter) => parameter.name).sort();
    expect(names("/members.csv")).toEqual(["columns", "search", "sort", "status"]);
    expect(names("/workspaces/{workspaceId}/members.csv")).toEqual(["columns", "metadata", "role", "search", "sort", "status"]);
    const schemas = OPENAPI_DOCUMENT.components.schemas as Record<string, { enum?: unknown[] }>;
    expect(schemas["ExportColumn"]?.enum).toEqual([...MEMBER_EXPORT_COLUMNS]);
  });

  it("R28: the activity history is read only: its paths have a GET and nothing else, and its actions follow the core", () => {
    const activity = Object.entries(OPENAPI_DOCUMENT.paths).filter(([path]) => path.split("/").includes("activity"));
    expect(activity.map(([path]) => path).sort()).toEqual(["/activity", "/members/{memberId}/activity", "/workspaces/{workspaceId}/activity"]);
    for (const [path, item] of activity) expect(Object.keys(item).filter((key) => key !== "parameters"), path).toEqual(["get"]);
    const schemas = OPENAPI_DOCUMENT.components.schemas as Record<string, { enum?: unknown[] }>;
    expect(schemas["ActivityAction"]?.enum).toEqual([...ACTIVITY_ACTIONS]);
  });

  it("its enums follow the core: error codes, refusal keys, validation codes, statuses, sort fields", () => {
    const schemas = OPENAPI_DOCUMENT.components.schemas as Record<string, { enum?: unknown[]; properties?: Record<string, { items?: { enum?: unknown[] } }> }>;
    expect(schemas["ErrorCode"]?.enum).toEqual([...ROSTER_ERROR_CODES]);
    expect(schemas["ReasonKey"]?.enum).toEqual([...DENIAL_KEYS]);
    expect(schemas["ValidationCode"]?.enum).toEqual(Object.keys(VALIDATION_SENTENCES));
    expect(schemas["MemberStatus"]?.enum).toEqual([...MEMBER_STATUSES]);
    expect(schemas["Capabilities"]?.properties?.["sortFields"]?.items?.enum).toEqual([...MEMBER_SORT_FIELDS]);
  });

  it("the Member schema accepts the in-memory backend's members in both scopes and refuses one without a version", async () => {
    const { workspace, instance } = await sampleMembers();
    expect(schema("Member")(workspace), JSON.stringify(schema("Member").errors)).toBe(true);
    expect(schema("Member")(instance), JSON.stringify(schema("Member").errors)).toBe(true);
    const { version: _version, ...unversioned } = workspace;
    void _version;
    expect(schema("Member")(unversioned)).toBe(false);
    expect(schema("Member")({ ...workspace, password: "x" })).toBe(false);
  });

  it("R3, R15, R22, R7, R29: the problem of every error code, with each extension member, is a valid Problem", async () => {
    const { workspace } = await sampleMembers();
    const validate = schema("Problem");
    for (const code of ROSTER_ERROR_CODES) {
      const problem = problemFromError(
        new RosterError(code, `A ${code} error.`, {
          rule: "R15",
          fieldErrors: { email: "Invalid." },
          issues: [{ field: "invitees.0.email", code: "email_domain_no_dot", params: { domain: "example" } }],
          workspaces: ["ws-1"],
          existing: { userId: "u-6", status: "archived", offer: "unarchive" },
          current: workspace,
          limit: { name: "inviteesPerRequest", max: 100, actual: 101 },
        }),
        { instance: "/workspaces/ws-1/members/u-4/status" },
      );
      expect(validate(problem), `${code}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    // R3: a refusal's key and values travel with it.
    const lastAdmin = problemFromError(deniedError(denial("R15.lastAdmin", { name: "Lin", verb: "archive", workspaces: ["ws-1"], workspaceNames: ["Design"], count: 1 }, { workspaces: ["ws-1"] })));
    expect(lastAdmin).toMatchObject({ code: "last_admin", rule: "R15", reasonKey: "R15.lastAdmin", params: { name: "Lin", workspaceNames: ["Design"], count: 1 } });
    expect(validate(lastAdmin), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...lastAdmin, reasonKey: "R15.unheardOf" })).toBe(false);
    expect(validate({ ...lastAdmin, params: { count: -1 } })).toBe(false);
    expect(validate({ type: "about:blank", title: "x", status: 409, detail: "x", code: "teapot" })).toBe(false);
    // R5, R6: a refused field travels by its code and values, each of the core's vocabulary.
    const invalid = { type: "about:blank", title: "x", status: 422, detail: "x", code: "validation" };
    expect(validate({ ...invalid, issues: [{ field: "invitees.0.name", code: "name_too_long", params: { length: 201, limit: 200 } }] })).toBe(true);
    expect(validate({ ...invalid, issues: [{ field: "invitees.0.name", code: "name_too_loud", params: {} }] })).toBe(false);
    expect(validate({ ...invalid, issues: [{ field: "invitees.0.name", code: "name_required" }] })).toBe(false);
    expect(validate({ ...invalid, issues: [{ field: "invitees.0.name", code: "name_too_long", params: { length: { value: 201 } } }] })).toBe(false);
    expect(validate({ type: "about:blank", title: "x", status: 422, detail: "x", code: "limit_exceeded", limit: { name: "patience", max: 1 } })).toBe(false);
  });
});

import { ACTIVITY_ACTIONS } from "./activity.types";
import type { ExportMembersParams, ListActivityParams, RosterAdapter } from "./adapter.types";
import { MEMBER_STATUSES } from "./domain.types";
import { RosterError } from "./errors";
import { INSTANCE_STATUSES } from "./vocabulary";

/**
 * Development checks of what an adapter answers, in the manner of react-admin's
 * `validateResponseFormat`: an answer of the wrong shape becomes a `RosterError("unknown")` that says
 * what was expected and what came, instead of a `TypeError` deep inside a component.
 * @module
 */

/** Checks a value; returns the first problem as `path: what came`, or `null`. */
type Check = (value: unknown, path: string) => string | null;

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return `an object with keys ${Object.keys(value).join(", ") || "(none)"}`;
  return `${typeof value} ${String(value)}`;
}

function got(path: string, value: unknown): string {
  return `${path || "the value"}: ${describe(value)}`;
}

const primitive =
  (type: "string" | "number" | "boolean"): Check =>
  (value, path) =>
    typeof value === type ? null : got(path, value);

const string = primitive("string");
const number = primitive("number");
const boolean = primitive("boolean");

function nullable(check: Check): Check {
  return (value, path) => (value === null ? null : check(value, path));
}

/** A member that may be absent; checked when present. */
function optional(check: Check): Check {
  return (value, path) => (value === undefined ? null : check(value, path));
}

function oneOf(values: readonly unknown[]): Check {
  return (value, path) => (values.includes(value) ? null : got(path, value));
}

function arrayOf(check: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return got(path, value);
    for (const [index, item] of value.entries()) {
      const problem = check(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  };
}

function shape(fields: Readonly<Record<string, Check>>): Check {
  return (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return got(path, value);
    const record = value as Record<string, unknown>;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(record[key], path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
    return null;
  };
}

const object: Check = (value, path) => (typeof value === "object" && value !== null && !Array.isArray(value) ? null : got(path, value));

const status = oneOf(MEMBER_STATUSES);

const member = shape({
  id: string,
  scope: shape({ kind: oneOf(["workspace", "instance"]) }),
  name: string,
  email: string,
  status,
  instanceStatus: oneOf(INSTANCE_STATUSES),
  superAdmin: boolean,
  hasAccount: boolean,
  role: nullable(string),
  groups: arrayOf(string),
  metadata: object,
  invitedAt: string,
  lastActiveAt: nullable(string),
  memberships: arrayOf(shape({ workspaceId: string, status, role: string })),
  version: number,
});

const invitationLink = shape({ url: string, expiresAt: nullable(string) });

/** A value of a refusal's sentence: text, a number or a list of texts. */
const paramValue: Check = (value, path) => (typeof value === "string" || typeof value === "number" ? null : arrayOf(string)(value, path));

const params: Check = (value, path) => {
  const notObject = object(value, path);
  if (notObject) return notObject;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const problem = paramValue(entry, `${path}.${key}`);
    if (problem) return problem;
  }
  return null;
};

/** `{ field, code, params }`: a code this kit does not know passes (a newer backend's; the UI words it generically). */
const fieldIssue = shape({ field: string, code: string, params });

const inviteeResult: Check = (value, path) => {
  const ok = shape({ ok: boolean })(value, path);
  if (ok) return ok;
  return (value as { ok: boolean }).ok
    ? shape({ member, invitationUrl: nullable(string) })(value, path)
    : shape({ error: shape({ code: string, message: string, fieldErrors: object, issues: optional(arrayOf(fieldIssue)) }) })(value, path);
};

const memberState = shape({ status, instanceStatus: oneOf(INSTANCE_STATUSES), role: nullable(string), groups: arrayOf(string), version: number });

const activityEvent = shape({
  id: string,
  actor: string,
  actorName: nullable(string),
  action: oneOf(ACTIVITY_ACTIONS),
  target: string,
  targetName: nullable(string),
  targetEmail: string,
  scope: shape({ kind: oneOf(["workspace", "instance"]) }),
  before: nullable(memberState),
  after: memberState,
  at: string,
  requestId: nullable(string),
});

const readableStream: Check = (value, path) =>
  typeof value === "object" && value !== null && typeof (value as { getReader?: unknown }).getReader === "function" ? null : got(path, value);

/** An answer's expected shape, in words for the message, and its check. */
interface Expectation {
  readonly expected: string;
  readonly check: Check;
}

const MEMBER = "Member { id, scope, name, email, status, role, groups, memberships, version, … }";

const EXPECTATIONS: { readonly [K in Exclude<keyof RosterAdapter, "capabilities">]: Expectation } = {
  listMembers: {
    expected: "{ members: Member[], total: number | null, nextCursor: string | null }",
    check: shape({ members: arrayOf(member), total: nullable(number), nextCursor: nullable(string) }),
  },
  getMember: { expected: MEMBER, check: member },
  inviteMembers: {
    expected: "{ results: ({ ok: true, member: Member, invitationUrl: string | null } | { ok: false, error: { code, message, fieldErrors, issues?: { field, code, params }[] } })[] }",
    check: shape({ results: arrayOf(inviteeResult) }),
  },
  changeStatus: { expected: "{ member: Member }", check: shape({ member }) },
  updateMember: { expected: MEMBER, check: member },
  resendInvitation: { expected: "{ url: string, expiresAt: string | null }", check: invitationLink },
  getInvitationLink: { expected: "{ url: string, expiresAt: string | null }", check: invitationLink },
  listWorkspaces: {
    expected: "WorkspaceSummary[] ({ id, name, activeAdmins: number, billableSeats: number, totalMembers: number })",
    check: arrayOf(shape({ id: string, name: string, activeAdmins: number, billableSeats: number, totalMembers: number })),
  },
  listRoles: { expected: "Role[] ({ id: string, label: string })", check: arrayOf(shape({ id: string, label: string })) },
  listGroups: { expected: "CustomGroup[] ({ id: string, workspaceId: string, name: string })", check: arrayOf(shape({ id: string, workspaceId: string, name: string })) },
  listActivity: {
    expected: "{ events: ActivityEvent[] ({ id, actor, action, target, targetEmail, scope, before, after, at, … }), nextCursor: string | null }",
    check: shape({ events: arrayOf(activityEvent), nextCursor: nullable(string) }),
  },
  exportMembers: { expected: "a ReadableStream of the CSV file's bytes", check: readableStream },
};

const CAPABILITIES: Expectation = {
  expected: '{ pagination: "offset" | "cursor" | "none", search: boolean, filterByStatus: boolean, filterByRole: boolean, sortFields: string[], maxPageSize: number, metadata?: { sort: boolean, filter: boolean } }',
  check: shape({
    pagination: oneOf(["offset", "cursor", "none"]),
    search: boolean,
    filterByStatus: boolean,
    filterByRole: boolean,
    sortFields: arrayOf(string),
    maxPageSize: number,
    metadata: optional(shape({ sort: boolean, filter: boolean })),
  }),
};

/**
 * Checks one answer of an adapter method against the contract.
 * @throws RosterError `unknown`, e.g. "listMembers must resolve to { members: Member[], total: number | null,
 * nextCursor: string | null }; got members: undefined".
 */
export function checkAdapterResult(method: Exclude<keyof RosterAdapter, "capabilities">, value: unknown): void {
  assertShape(method, "resolve to", EXPECTATIONS[method], value);
}

function assertShape(name: string, verb: string, expectation: Expectation, value: unknown): void {
  const problem = expectation.check(value, "");
  if (problem) throw new RosterError("unknown", `${name} must ${verb} ${expectation.expected}; got ${problem}`);
}

/**
 * Wraps an adapter so that every answer is checked against the contract (development aid; the store
 * uses it in development builds unless `checkAdapterResults: false`; a production build drops it). Errors the adapter throws
 * pass through untouched.
 * @throws RosterError `unknown` at once when `capabilities` has the wrong shape.
 * @example
 * const checked = withAdapterChecks(myRestAdapter);
 */
export function withAdapterChecks(adapter: RosterAdapter): RosterAdapter {
  assertShape("capabilities", "be", CAPABILITIES, adapter.capabilities);
  const { listActivity, exportMembers } = adapter;
  const checked = <P, R>(method: Exclude<keyof RosterAdapter, "capabilities">, call: (params: P) => Promise<R>) =>
    async (params: P): Promise<R> => {
      const result = await call(params);
      checkAdapterResult(method, result);
      return result;
    };
  return {
    capabilities: adapter.capabilities,
    listMembers: checked("listMembers", (params) => adapter.listMembers(params)),
    getMember: checked("getMember", (params) => adapter.getMember(params)),
    inviteMembers: checked("inviteMembers", (params) => adapter.inviteMembers(params)),
    changeStatus: checked("changeStatus", (params) => adapter.changeStatus(params)),
    updateMember: checked("updateMember", (params) => adapter.updateMember(params)),
    resendInvitation: checked("resendInvitation", (params) => adapter.resendInvitation(params)),
    getInvitationLink: checked("getInvitationLink", (params) => adapter.getInvitationLink(params)),
    listWorkspaces: checked("listWorkspaces", (params) => adapter.listWorkspaces(params)),
    listRoles: checked("listRoles", (params) => adapter.listRoles(params)),
    listGroups: checked("listGroups", (params) => adapter.listGroups(params)),
    // The optional methods stay optional: a backend without them still has none once checked.
    ...(listActivity ? { listActivity: checked("listActivity", (params: ListActivityParams) => listActivity.call(adapter, params)) } : {}),
    ...(exportMembers ? { exportMembers: checked("exportMembers", (params: ExportMembersParams) => exportMembers.call(adapter, params)) } : {}),
  };
}

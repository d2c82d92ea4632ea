import { HttpResponse, delay, http } from "msw";
import type { HttpHandler } from "msw";
import type { MemoryBackend } from "../adapters/memory/memory-backend";
import { mulberry32 } from "../adapters/memory/seed";
import {
  IDEMPOTENCY_KEY_HEADER,
  PROBLEM_MEDIA_TYPE,
  formatEntityTag,
  memberQueryFromSearchParams,
  parseEntityTag,
  problemFromError,
} from "../adapters/rest/rest-protocol";
import type { InviteeInput, MemberQuery, RosterAdapter, StatusAction } from "../core/adapter.types";
import type { RosterLimits } from "../core/config";
import type { Member, Scope } from "../core/domain.types";
import { RosterError, isRosterError } from "../core/errors";
import { parseJson } from "../core/json-parse";
import { limitExceeded } from "../core/request-limits";

/**
 * MSW request handlers that serve the REST protocol of `openapi/rosterkit.openapi.json` from one in-memory
 * backend. Every rule lives in the backend; the handlers only translate HTTP to adapter calls
 * (`backend.as(actorId).changeStatus(...)`) and `RosterError`s to RFC 9457 problems. Request bodies are
 * held to the backend's limits (R29) while they are read. Optional faults (latency, failures, rate
 * limits, changes underneath) make the scenarios of `scenarios.ts`.
 * @module
 */

/**
 * Header naming the signed-in user of a mock request (the mock's stand-in for authentication). A request
 * without it (and without an actor from `getActorId`) is answered 401.
 */
export const ROSTER_ACTOR_HEADER = "X-Rosterkit-Actor";

/** The API root the mock serves unless told otherwise. */
export const DEFAULT_MOCK_BASE_URL = "https://api.rosterkit.test/v1";

/** The operations of the OpenAPI document, by `operationId`. */
export type RosterOperationId =
  | "getCapabilities"
  | "listWorkspaces"
  | "listRoles"
  | "listGroups"
  | "listWorkspaceMembers"
  | "listInstanceMembers"
  | "getWorkspaceMember"
  | "getInstanceMember"
  | "inviteMembers"
  | "changeWorkspaceMemberStatus"
  | "changeInstanceMemberStatus"
  | "updateMember"
  | "resendInvitation"
  | "getInvitationLink";

/** One operation the mock serves: its method, its path as the OpenAPI document writes it, and its id. */
export interface RosterOperation {
  readonly operationId: RosterOperationId;
  readonly method: "get" | "post" | "patch";
  /** The path template, e.g. `/workspaces/{workspaceId}/members`. */
  readonly path: string;
}

/** What a mock request is about, as handed to {@link RosterHandlersOptions.beforeOperation}. */
export interface RosterOperationEvent {
  readonly operationId: RosterOperationId;
  readonly actorId: string;
  readonly backend: MemoryBackend;
  readonly request: Request;
  /** The scope of member operations. */
  readonly scope?: Scope;
  readonly memberId?: string;
}

/** Which fault an injected failure is. */
export type MockFailureKind = "server-error" | "network";

/** Options of {@link createRosterHandlers}. */
export interface RosterHandlersOptions {
  /** The backend that holds the data and enforces the rules. */
  readonly backend: MemoryBackend;
  /**
   * The API root to serve, absolute (`https://…`) or, in a browser, a path (`/api/rosterkit`).
   * @default DEFAULT_MOCK_BASE_URL ("https://api.rosterkit.test/v1")
   */
  readonly baseUrl?: string;
  /** Reads the signed-in user from a request (e.g. a fake bearer token); the {@link ROSTER_ACTOR_HEADER} header is the fallback. */
  readonly getActorId?: (request: Request) => string | null | undefined;
  /**
   * Delay before every answer, in milliseconds, or a range to draw from.
   * @default 0
   */
  readonly latencyMs?: number | { readonly min: number; readonly max: number };
  /**
   * Share of requests (0..1) that fail before reaching the backend, so that a retry is always safe.
   * @default 0
   */
  readonly failureRate?: number;
  /**
   * What an injected failure is: a 500 problem, or a network error (`HttpResponse.error()`).
   * @default ["server-error", "network"]
   */
  readonly failureKinds?: readonly MockFailureKind[];
  /** Answers every `every`-th request with 429 and `Retry-After: retryAfterSeconds` (default 1). */
  readonly rateLimit?: { readonly every: number; readonly retryAfterSeconds?: number };
  /**
   * Random source of latency and failures, in [0, 1); seeded so a scenario misbehaves the same way every run.
   * @default mulberry32(1)
   */
  readonly random?: () => number;
  /** Called once the actor is known, before the backend acts: the hook of the `conflict` scenario. */
  readonly beforeOperation?: (event: RosterOperationEvent) => void | Promise<void>;
}

/** Every operation the mock serves; `openapi.test.ts` checks it against the document's paths. */
export const ROSTER_OPERATIONS: readonly RosterOperation[] = [
  { operationId: "getCapabilities", method: "get", path: "/capabilities" },
  { operationId: "listWorkspaces", method: "get", path: "/workspaces" },
  { operationId: "listRoles", method: "get", path: "/roles" },
  { operationId: "listGroups", method: "get", path: "/workspaces/{workspaceId}/groups" },
  { operationId: "listWorkspaceMembers", method: "get", path: "/workspaces/{workspaceId}/members" },
  { operationId: "listInstanceMembers", method: "get", path: "/members" },
  { operationId: "getWorkspaceMember", method: "get", path: "/workspaces/{workspaceId}/members/{memberId}" },
  { operationId: "getInstanceMember", method: "get", path: "/members/{memberId}" },
  { operationId: "inviteMembers", method: "post", path: "/workspaces/{workspaceId}/invitations" },
  { operationId: "changeWorkspaceMemberStatus", method: "post", path: "/workspaces/{workspaceId}/members/{memberId}/status" },
  { operationId: "changeInstanceMemberStatus", method: "post", path: "/members/{memberId}/status" },
  { operationId: "updateMember", method: "patch", path: "/workspaces/{workspaceId}/members/{memberId}" },
  { operationId: "resendInvitation", method: "post", path: "/workspaces/{workspaceId}/members/{memberId}/invitation/resend" },
  { operationId: "getInvitationLink", method: "get", path: "/workspaces/{workspaceId}/members/{memberId}/invitation" },
];

const STATUS_ACTIONS: readonly StatusAction[] = ["archive", "unarchive", "deactivate", "reactivate"];

/** What one operation's implementation receives. */
interface OperationContext {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly adapter: RosterAdapter;
  readonly signal: AbortSignal;
  /** The backend's limits (R29), which request bodies are held to while they are read. */
  readonly limits: RosterLimits;
}

type Implementation = (ctx: OperationContext) => Promise<Response>;

/** A problem answer for a `RosterError`. */
export function problemResponse(error: RosterError, options: { readonly status?: number; readonly headers?: Record<string, string> } = {}): Response {
  const problem = problemFromError(error, options.status === undefined ? {} : { status: options.status });
  return json(problem, { "Content-Type": PROBLEM_MEDIA_TYPE, ...options.headers }, problem.status);
}

function badRequest(field: string, message: string, status = 400): Response {
  return problemResponse(new RosterError("validation", message, { fieldErrors: { [field]: message } }), { status });
}

/** A JSON answer (`HttpResponse.json` wants mutable JSON types; adapter results are readonly). */
function json(body: unknown, headers: Record<string, string> = {}, status = 200): Response {
  return new HttpResponse(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function memberResponse(member: Member, body: unknown = member): Response {
  return json(body, { ETag: formatEntityTag(member.version) });
}

/**
 * A request body as text, held to `maxBytes` (R29): refused from its `Content-Length` before reading, or
 * as soon as the bytes read pass the limit, so an oversized body is never read in full.
 */
async function readBody(request: Request, maxBytes: number): Promise<string | Response> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > maxBytes) {
    return problemResponse(limitExceeded("requestBodyBytes", maxBytes, Number(declared)));
  }
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (bytes > maxBytes) {
      // Not awaited: the cancel of a body MSW has teed settles only when every branch is done with it.
      reader.cancel().catch(() => undefined);
      return problemResponse(limitExceeded("requestBodyBytes", maxBytes));
    }
    chunks.push(read.value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(whole);
  } catch {
    return badRequest("body", "The request body is not valid UTF-8 text.");
  }
}

/**
 * A request body that must be a JSON object, read under the limits (R29) and parsed by the core's parser,
 * which stops where the nesting passes `jsonDepth`. Keys are not refused here: a prototype key in one
 * invitee's metadata is that invitee's validation failure (R6), not the whole request's.
 */
async function jsonBody(request: Request, limits: RosterLimits): Promise<Record<string, unknown> | Response> {
  const text = await readBody(request, limits.requestBodyBytes);
  if (text instanceof Response) return text;
  const parsed = parseJson(text, { maxDepth: limits.jsonDepth, forbiddenKeys: [] });
  if (!parsed.ok && parsed.code === "json_too_deep") return problemResponse(limitExceeded("jsonDepth", limits.jsonDepth));
  if (!parsed.ok) return badRequest("body", `The request body is not valid JSON: line ${String(parsed.line)}, column ${String(parsed.column)}: ${parsed.message}.`);
  const body = parsed.value;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return badRequest("body", "The request body must be a JSON object.");
  return body as Record<string, unknown>;
}

function idempotencyKey(request: Request): string | Response {
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null || key.trim() === "") {
    return badRequest(IDEMPOTENCY_KEY_HEADER, `Every write needs an ${IDEMPOTENCY_KEY_HEADER} header, so that a retry cannot act twice.`);
  }
  return key;
}

function expectedVersion(request: Request): number | Response {
  const version = parseEntityTag(request.headers.get("If-Match"));
  if (version === null) {
    return badRequest("If-Match", 'Send the member version you saw as If-Match: "<version>", so that a change made meanwhile is not overwritten (R22).', 428);
  }
  return version;
}

const workspaceScope = (params: Readonly<Record<string, string>>): Scope => ({ kind: "workspace", workspaceId: params["workspaceId"] ?? "" });

const INSTANCE: Scope = { kind: "instance" };

async function listMembers(ctx: OperationContext, scope: Scope): Promise<Response> {
  let query: MemberQuery;
  try {
    query = memberQueryFromSearchParams(scope, ctx.url.searchParams);
  } catch (error) {
    // A query string that does not parse is a malformed request (400); range checks are the backend's (422).
    if (isRosterError(error)) return problemResponse(error, { status: 400 });
    throw error;
  }
  return json(await ctx.adapter.listMembers({ ...query, signal: ctx.signal }));
}

/** What a write based on a member version needs, checked in this order; or the problem to answer instead. */
async function versionedWrite(ctx: OperationContext): Promise<{ key: string; version: number; body: Record<string, unknown> } | Response> {
  const { request } = ctx;
  const key = idempotencyKey(request);
  if (key instanceof Response) return key;
  const version = expectedVersion(request);
  if (version instanceof Response) return version;
  const body = await jsonBody(request, ctx.limits);
  if (body instanceof Response) return body;
  return { key, version, body };
}

async function changeStatus(ctx: OperationContext, scope: Scope): Promise<Response> {
  const write = await versionedWrite(ctx);
  if (write instanceof Response) return write;
  const { key, version, body } = write;
  const action = body["action"];
  if (!STATUS_ACTIONS.includes(action as StatusAction)) {
    return badRequest("action", `\`action\` must be one of ${STATUS_ACTIONS.join(", ")}.`, 422);
  }
  const result = await ctx.adapter.changeStatus({
    scope,
    memberId: ctx.params["memberId"] ?? "",
    action: action as StatusAction, // checked just above
    expectedVersion: version,
    idempotencyKey: key,
    signal: ctx.signal,
  });
  return memberResponse(result.member, result);
}

const IMPLEMENTATIONS: { readonly [K in RosterOperationId]: Implementation } = {
  getCapabilities: async (ctx) => json(ctx.adapter.capabilities),
  listWorkspaces: async (ctx) => json(await ctx.adapter.listWorkspaces({ signal: ctx.signal })),
  listRoles: async (ctx) => json(await ctx.adapter.listRoles({ signal: ctx.signal })),
  listGroups: async (ctx) => json(await ctx.adapter.listGroups({ workspaceId: ctx.params["workspaceId"] ?? "", signal: ctx.signal })),
  listWorkspaceMembers: (ctx) => listMembers(ctx, workspaceScope(ctx.params)),
  listInstanceMembers: (ctx) => listMembers(ctx, INSTANCE),
  getWorkspaceMember: async (ctx) =>
    memberResponse(await ctx.adapter.getMember({ scope: workspaceScope(ctx.params), memberId: ctx.params["memberId"] ?? "", signal: ctx.signal })),
  getInstanceMember: async (ctx) => memberResponse(await ctx.adapter.getMember({ scope: INSTANCE, memberId: ctx.params["memberId"] ?? "", signal: ctx.signal })),
  inviteMembers: async (ctx) => {
    const key = idempotencyKey(ctx.request);
    if (key instanceof Response) return key;
    const body = await jsonBody(ctx.request, ctx.limits);
    if (body instanceof Response) return body;
    const invitees: unknown = body["invitees"];
    if (!Array.isArray(invitees)) return badRequest("invitees", "`invitees` must be a list of people to invite.", 422);
    const result = await ctx.adapter.inviteMembers({
      workspaceId: ctx.params["workspaceId"] ?? "",
      // The backend validates each invitee on its own and reports it at its index (R5).
      invitees: invitees as InviteeInput[],
      idempotencyKey: key,
      signal: ctx.signal,
    });
    return json(result);
  },
  changeWorkspaceMemberStatus: (ctx) => changeStatus(ctx, workspaceScope(ctx.params)),
  changeInstanceMemberStatus: (ctx) => changeStatus(ctx, INSTANCE),
  updateMember: async (ctx) => {
    const write = await versionedWrite(ctx);
    if (write instanceof Response) return write;
    const { key, version, body } = write;
    const { role, groups } = body;
    if (role !== undefined && typeof role !== "string") return badRequest("role", "`role` must be a role id.", 422);
    if (groups !== undefined && (!Array.isArray(groups) || !groups.every((group) => typeof group === "string"))) {
      return badRequest("groups", "`groups` must be a list of group ids.", 422);
    }
    const member = await ctx.adapter.updateMember({
      workspaceId: ctx.params["workspaceId"] ?? "",
      memberId: ctx.params["memberId"] ?? "",
      ...(role === undefined ? {} : { role }),
      ...(groups === undefined ? {} : { groups: groups as string[] }), // checked just above
      expectedVersion: version,
      idempotencyKey: key,
      signal: ctx.signal,
    });
    return memberResponse(member);
  },
  resendInvitation: async (ctx) => {
    const key = idempotencyKey(ctx.request);
    if (key instanceof Response) return key;
    return json(
      await ctx.adapter.resendInvitation({ workspaceId: ctx.params["workspaceId"] ?? "", memberId: ctx.params["memberId"] ?? "", idempotencyKey: key, signal: ctx.signal }),
    );
  },
  getInvitationLink: async (ctx) =>
    json(await ctx.adapter.getInvitationLink({ workspaceId: ctx.params["workspaceId"] ?? "", memberId: ctx.params["memberId"] ?? "", signal: ctx.signal })),
};

function stringParams(params: Readonly<Record<string, string | readonly string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const first = typeof value === "string" ? value : value?.[0];
    if (first !== undefined) out[name] = first;
  }
  return out;
}

/**
 * MSW handlers serving the Rosterkit REST API from an in-memory backend. The signed-in user comes from
 * `getActorId(request)` or the {@link ROSTER_ACTOR_HEADER} header, in that order; a request with neither,
 * or with an unknown user, is answered 401. Request bodies are held to the backend's `config.limits`
 * (R29): past `requestBodyBytes` they are answered 413 without being read in full.
 * @example
 * const backend = createMemoryBackend({ dataset: generateSeed({ members: 50 }) });
 * const server = setupServer(...createRosterHandlers({ backend }));
 * server.listen();
 * const adapter = createRestAdapter({ baseUrl: DEFAULT_MOCK_BASE_URL, headers: { [ROSTER_ACTOR_HEADER]: "u-1" } });
 */
export function createRosterHandlers(options: RosterHandlersOptions): HttpHandler[] {
  const { backend } = options;
  const base = (options.baseUrl ?? DEFAULT_MOCK_BASE_URL).replace(/\/+$/, "");
  const random = options.random ?? mulberry32(1);
  const failureKinds = options.failureKinds ?? ["server-error", "network"];
  let requests = 0;

  const latency = (): number => {
    const { latencyMs } = options;
    if (latencyMs === undefined) return 0;
    if (typeof latencyMs === "number") return latencyMs;
    return Math.round(latencyMs.min + random() * (latencyMs.max - latencyMs.min));
  };

  const actorOf = (request: Request): string | null => options.getActorId?.(request) ?? request.headers.get(ROSTER_ACTOR_HEADER) ?? null;

  return ROSTER_OPERATIONS.map((operation) =>
    http[operation.method](`${base}${operation.path.replace(/\{(\w+)\}/g, ":$1")}`, async ({ request, params }) => {
      requests += 1;
      const wait = latency();
      if (wait > 0) await delay(wait);
      const every = options.rateLimit?.every;
      if (every !== undefined && every > 0 && requests % every === 0) {
        const seconds = options.rateLimit?.retryAfterSeconds ?? 1;
        return problemResponse(new RosterError("rate_limited", `Too many requests; try again in ${String(seconds)} s.`, { retryAfterMs: seconds * 1000 }), {
          headers: { "Retry-After": String(seconds) },
        });
      }
      if ((options.failureRate ?? 0) > 0 && random() < (options.failureRate ?? 0) && failureKinds.length > 0) {
        const kind = failureKinds[Math.floor(random() * failureKinds.length)] ?? "server-error";
        if (kind === "network") return HttpResponse.error();
        return problemResponse(new RosterError("unknown", "The mock server failed on purpose (flaky scenario). Try again.", { retryable: true }));
      }

      const actorId = actorOf(request);
      let adapter: RosterAdapter;
      try {
        if (actorId === null) throw new RosterError("forbidden", `Sign in first: name the user in the ${ROSTER_ACTOR_HEADER} header.`);
        adapter = backend.as(actorId);
      } catch (error) {
        const refusal = isRosterError(error) && error.code === "forbidden" ? error : new RosterError("forbidden", `Unknown signed-in user "${String(actorId)}".`);
        return problemResponse(refusal, { status: 401 });
      }

      const strings = stringParams(params);
      try {
        if (options.beforeOperation && actorId !== null) {
          const memberId = strings["memberId"];
          const scope: Scope | undefined = strings["workspaceId"] !== undefined ? workspaceScope(strings) : operation.path.startsWith("/members") ? INSTANCE : undefined;
          await options.beforeOperation({
            operationId: operation.operationId,
            actorId,
            backend,
            request,
            ...(scope === undefined ? {} : { scope }),
            ...(memberId === undefined ? {} : { memberId }),
          });
        }
        const ctx = { request, url: new URL(request.url), params: strings, adapter, signal: request.signal, limits: backend.config.limits };
        return await IMPLEMENTATIONS[operation.operationId](ctx);
      } catch (error) {
        if (isRosterError(error)) return problemResponse(error);
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return problemResponse(new RosterError("unknown", `The mock server failed: ${reason}`, { cause: error }));
      }
    }),
  );
}

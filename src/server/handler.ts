import { Hono } from "hono";
import type { Context as HonoContext } from "hono";
import {
  IDEMPOTENCY_KEY_HEADER,
  PROBLEM_MEDIA_TYPE,
  REST_DEFAULT_CAPABILITIES,
  activityQueryFromSearchParams,
  formatEntityTag,
  memberExportFromSearchParams,
  memberQueryFromSearchParams,
  parseEntityTag,
  problemFromError,
} from "../adapters/rest/rest-protocol";
import type { AdapterCapabilities, MemberQuery, StatusAction } from "../core/adapter.types";
import type { RosterConfigInput } from "../core/config";
import { resolveConfig } from "../core/config";
import type { Actor, Member, Scope } from "../core/domain.types";
import type { InvitationLinkOptions, RosterEngine } from "../core/engine/roster-engine";
import { createRosterEngine } from "../core/engine/roster-engine";
import type { RosterStorage } from "../core/engine/storage.types";
import { RosterError, fieldError, isRosterError } from "../core/errors";
import { parseJson } from "../core/json-parse";
import { MEMBER_EXPORT_MEDIA_TYPE, exportColumns, memberExportFilename } from "../core/member-export";
import { limitExceeded } from "../core/request-limits";
import type { RosterOperationId } from "./operations";
import { ROSTER_OPERATIONS } from "./operations";
import { checkAgainstSchema } from "./request-schemas";

/**
 * `createRosterHandler`: the whole REST protocol of `openapi/rosterkit.openapi.json` as one standard
 * `(request: Request) => Promise<Response>`, on Hono's router, over the roster engine and a storage.
 * Mount it in Node, Hono, Express or a Next.js route handler (see docs/server.md).
 * @module
 */

/**
 * Who is calling: the host's authentication, reduced to a Rosterkit user id, or `null` (answered 401).
 * Rights (roles, super admin, instance status) come from the server's own records, never from the request.
 */
export type Authenticate = (request: Request) => string | null | Promise<string | null>;

/** The engine a handler runs: built from a storage, or given (the in-memory backend brings its own). */
export type RosterHandlerEngine =
  | {
      /** Where the records live: `createMemoryStorage()` or `createPostgresStorage()`. */
      readonly storage: RosterStorage;
      /** The kit configuration (lifecycle, deployment, roles, guards, limits). */
      readonly config?: RosterConfigInput;
      /** How invitation links are made: their base URL, the secret their tokens derive from, their lifetime. */
      readonly invitations: InvitationLinkOptions;
      /** @default () => new Date() */
      readonly clock?: () => Date;
      /** How long idempotency keys are kept (R26). @default 24 hours */
      readonly idempotencyWindowMs?: number;
      /** How often writes also forget expired idempotency keys (`RosterEngineOptions`); `false` leaves it to you. @default 10 minutes */
      readonly forgetExpiredKeysEveryMs?: number | false;
    }
  | {
      /** An engine already built over its storage. */
      readonly engine: RosterEngine;
    };

/** Options of {@link createRosterHandler}. */
export type RosterHandlerOptions = RosterHandlerEngine & {
  /** The host's authentication. There is no default: a handler without it cannot be built. */
  readonly authenticate: Authenticate;
  /**
   * The path the API is served under, e.g. `/api/rosterkit`.
   * @default ""
   */
  readonly basePath?: string;
  /** What `GET /capabilities` declares. @default offset paging, search, filters, every sort field, pages of up to 200 */
  readonly capabilities?: AdapterCapabilities;
  /** Called after each write that may have queued an email (R30): wake the outbox dispatcher here. */
  readonly onWrite?: () => void;
  /** Called with every unexpected failure (answered 500 without internals): log it here. */
  readonly onError?: (error: unknown, request: Request) => void;
};

/** A handler, with the engine it runs (for hosts that also call commands directly, and for tests). */
export type RosterHandler = ((request: Request) => Promise<Response>) & { readonly engine: RosterEngine };

/** What the handler's middleware sets on a request: the signed-in user, and their facts as the sign-in reads them. */
interface RosterEnv {
  readonly Variables: { actorId: string; actor: Promise<Actor> };
}

type Context = HonoContext<RosterEnv>;

/**
 * The RFC 9457 problem answer of a `RosterError`: its status from the error's code unless given.
 * @example
 * problemResponse(new RosterError("rate_limited", "Too many requests."), undefined, { "Retry-After": "1" })
 */
export function problemResponse(error: RosterError, status?: number, headers: Record<string, string> = {}): Response {
  const body = problemFromError(error, status === undefined ? {} : { status });
  return new Response(JSON.stringify(body), { status: body.status, headers: { "Content-Type": PROBLEM_MEDIA_TYPE, ...headers } });
}

function json(body: unknown, headers: Record<string, string> = {}, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function memberResponse(member: Member, body: unknown = member): Response {
  return json(body, { ETag: formatEntityTag(member.version) });
}

/** HTTP statuses of request errors that are not the code's own: a malformed request (400), a missing precondition (428). */
const statuses = new WeakMap<RosterError, number>();

/** A `validation` error about one field, answered with `status` (422 unless said: a well-formed but invalid request). */
function invalid(field: string, message: string, status?: number, rule?: string): RosterError {
  const error = fieldError(field, message, rule);
  if (status !== undefined) statuses.set(error, status);
  return error;
}

/** The same error, answered 400: the request itself is malformed. */
function malformed(error: RosterError): RosterError {
  statuses.set(error, 400);
  return error;
}

/** Bytes as UTF-8 text, refused when they are not. */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("body", "The request body is not valid UTF-8 text.", 400);
  }
}

/**
 * A request body as text, held to `maxBytes` (R29): refused from its `Content-Length` before reading, or
 * as soon as the bytes read pass the limit, so an oversized body is never read in full.
 */
async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared)) {
    if (Number(declared) > maxBytes) throw limitExceeded("requestBodyBytes", maxBytes, Number(declared));
    // A length within the limit: read at once (on Node's HTTP server, straight from the socket, whose
    // framing holds the body to that length; no stream of the Fetch API is made). The bytes still count.
    const whole = new Uint8Array(await request.arrayBuffer());
    if (whole.byteLength > maxBytes) throw limitExceeded("requestBodyBytes", maxBytes);
    return utf8(whole);
  }
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (bytes > maxBytes) {
      // Not awaited: a stream whose source ignores cancellation must not hold the answer back.
      reader.cancel().catch(() => undefined);
      throw limitExceeded("requestBodyBytes", maxBytes);
    }
    chunks.push(read.value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return utf8(whole);
}

/**
 * Builds the handler.
 * @example
 * const handler = createRosterHandler({
 *   storage: await createPostgresStorage({ client: fromPgPool(pool), config }),
 *   authenticate: async (request) => (await session(request))?.rosterUserId ?? null,
 *   invitations: { baseUrl: "https://app.example.com/join/", secret: process.env.INVITATION_SECRET! },
 *   basePath: "/api/rosterkit",
 * });
 * // Node: serve({ fetch: handler }); Next.js: export const GET = handler, POST = handler, PATCH = handler, DELETE = handler;
 */
export function createRosterHandler(options: RosterHandlerOptions): RosterHandler {
  if (typeof options.authenticate !== "function") throw new TypeError("createRosterHandler: `authenticate` is required: say how a request's user is known.");
  const engine =
    "engine" in options
      ? options.engine
      : createRosterEngine({
          storage: options.storage,
          config: resolveConfig(options.config),
          invitations: options.invitations,
          ...(options.clock ? { clock: options.clock } : {}),
          ...(options.idempotencyWindowMs === undefined ? {} : { idempotencyWindowMs: options.idempotencyWindowMs }),
          ...(options.forgetExpiredKeysEveryMs === undefined ? {} : { forgetExpiredKeysEveryMs: options.forgetExpiredKeysEveryMs }),
        });
  const config = engine.config;
  const capabilities = options.capabilities ?? REST_DEFAULT_CAPABILITIES;
  const limits = config.limits;

  /** A JSON object body, read under the limits (R29), parsed by the core's bounded parser and checked against its schema. */
  const body = async (c: Context, schema: string, ignore?: (field: string) => boolean): Promise<Record<string, unknown>> => {
    const text = await readBody(c.req.raw, limits.requestBodyBytes);
    // Prototype keys are left to each field's own check (R6 refuses them in metadata, per invitee).
    const parsed = parseJson(text, { maxDepth: limits.jsonDepth + 1, forbiddenKeys: [] });
    if (!parsed.ok) {
      // R29: nesting past the limit is refused as the limit it passes, not as bad JSON.
      if (parsed.code === "json_too_deep") throw limitExceeded("jsonDepth", limits.jsonDepth);
      throw invalid("body", `The request body is not valid JSON: line ${String(parsed.line)}, column ${String(parsed.column)}: ${parsed.message}.`, 400);
    }
    const value = parsed.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid("body", "The request body must be a JSON object.", 400);
    checkAgainstSchema(schema, value, ignore);
    return value as Record<string, unknown>;
  };

  const key = (c: Context): string => {
    const value = c.req.header(IDEMPOTENCY_KEY_HEADER);
    if (value === undefined || value.trim() === "") throw invalid(IDEMPOTENCY_KEY_HEADER, `Every write needs an ${IDEMPOTENCY_KEY_HEADER} header, so that a retry cannot act twice.`, 400);
    return value;
  };

  const version = (c: Context): number => {
    const parsed = parseEntityTag(c.req.header("If-Match") ?? null);
    if (parsed === null) throw invalid("If-Match", 'Send the member version you saw as If-Match: "<version>", so that a change made meanwhile is not overwritten (R22).', 428, "R22");
    return parsed;
  };

  const actorOf = (c: Context): string => c.get("actorId");
  /**
   * The signed-in actor's facts as the sign-in reads them: a read passes them on (while they are still
   * read, so the read's own statements run meanwhile), and the engine does not read them again.
   */
  const readerOf = (c: Context): Promise<Actor> => c.get("actor");
  // The sign-in's read of the actor goes with the write (which starts once it is read): the engine does not read it a second time.
  const origin = async (c: Context) => ({ actorId: actorOf(c), actor: await readerOf(c), idempotencyKey: key(c), requestId: c.req.header("X-Request-Id") ?? null });
  const workspaceScope = (c: Context): Scope => ({ kind: "workspace", workspaceId: c.req.param("workspaceId") ?? "" });
  const written = <T>(value: T): T => {
    options.onWrite?.();
    return value;
  };

  /**
   * The request's query string read by `read`, after refusing any parameter not `allowed`. A query string
   * that does not parse, or names an unknown parameter, is a malformed request (400); range checks are
   * the engine's and the storage's (422).
   */
  const queryOf = <T>(c: Context, allowed: readonly string[], read: (params: URLSearchParams) => T): T => {
    const params = new URL(c.req.url).searchParams;
    const unknown = [...new Set(params.keys())].filter((name) => !allowed.includes(name));
    if (unknown.length > 0) {
      const fieldErrors = Object.fromEntries(unknown.map((name) => [name, "Not a parameter of this request."]));
      throw malformed(new RosterError("validation", `Unknown query parameter ${unknown.map((name) => `"${name}"`).join(", ")}.`, { fieldErrors }));
    }
    try {
      return read(params);
    } catch (error) {
      throw isRosterError(error) ? malformed(error) : error;
    }
  };

  const listMembers = async (c: Context, scope: Scope, allowed: readonly string[]): Promise<Response> => {
    const query: MemberQuery = queryOf(c, allowed, (params) => memberQueryFromSearchParams(scope, params));
    return json(await engine.listMembers(readerOf(c), query));
  };

  /**
   * The CSV export of a list (R25), streamed as the engine reads its pages. Unknown columns are a
   * malformed request (400) naming them; the answer starts once the rights and the first page are checked.
   */
  const exportMembers = async (c: Context, scope: Scope, allowed: readonly string[]): Promise<Response> => {
    const { query, columns } = queryOf(c, allowed, (params) => {
      const parsed = memberExportFromSearchParams(scope, params);
      exportColumns(parsed.columns);
      return parsed;
    });
    const file = await engine.exportMembers(readerOf(c), query, columns);
    return new Response(file, {
      headers: {
        "Content-Type": `${MEMBER_EXPORT_MEDIA_TYPE}; charset=utf-8; header=present`,
        "Content-Disposition": `attachment; filename="${memberExportFilename(scope)}"`,
        // A roster is personal data: no cache keeps a copy.
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  };

  const listActivity = async (c: Context, scope: Scope, memberId: string | null, allowed: readonly string[]): Promise<Response> => {
    const query = queryOf(c, allowed, (params) => activityQueryFromSearchParams(scope, memberId, params));
    return json(await engine.listActivity(readerOf(c), query));
  };

  const changeStatus = async (c: Context, scope: Scope): Promise<Response> => {
    const write = await origin(c);
    const expected = version(c);
    const { action } = await body(c, "ChangeStatusRequest");
    const result = await engine.changeStatus(write, scope, c.req.param("memberId") ?? "", action as StatusAction, expected); // checked by the schema
    return written(memberResponse(result.member, result));
  };

  const app = new Hono<RosterEnv>().basePath(options.basePath ?? "");

  app.onError((error, c) => {
    if (isRosterError(error)) return problemResponse(error, statuses.get(error));
    options.onError?.(error, c.req.raw);
    return problemResponse(new RosterError("unknown", "The server could not answer. Try again in a moment.", { retryable: true }));
  });
  app.notFound((c) => problemResponse(new RosterError("not_found", "There is no such endpoint.", { detail: `${c.req.method} ${new URL(c.req.url).pathname}` })));

  const listParams = ["search", "status", "sort", "offset", "cursor", "limit"];
  const exportParams = ["search", "status", "sort", "columns"];
  const activityParams = ["action", "actor", "cursor", "limit"];
  const routes: { readonly [K in RosterOperationId]: (c: Context) => Promise<Response> } = {
    getCapabilities: async () => json(capabilities),
    listWorkspaces: async (c) => json(await engine.listWorkspaces(readerOf(c))),
    listRoles: async (c) => json(await engine.listRoles(readerOf(c))),
    listGroups: async (c) => json(await engine.listGroups(readerOf(c), c.req.param("workspaceId") ?? "")),
    listWorkspaceMembers: (c) => listMembers(c, workspaceScope(c), [...listParams, "role", "metadata"]),
    listInstanceMembers: (c) => listMembers(c, { kind: "instance" }, listParams),
    exportWorkspaceMembers: (c) => exportMembers(c, workspaceScope(c), [...exportParams, "role", "metadata"]),
    exportInstanceMembers: (c) => exportMembers(c, { kind: "instance" }, exportParams),
    listWorkspaceActivity: (c) => listActivity(c, workspaceScope(c), null, activityParams),
    listInstanceActivity: (c) => listActivity(c, { kind: "instance" }, null, activityParams),
    listMemberActivity: (c) => {
      // In a workspace with `workspaceId`, else across the instance (super admins, R2).
      const workspaceId = new URL(c.req.url).searchParams.get("workspaceId");
      const scope: Scope = workspaceId === null ? { kind: "instance" } : { kind: "workspace", workspaceId };
      return listActivity(c, scope, c.req.param("memberId") ?? "", [...activityParams, "workspaceId"]);
    },
    getWorkspaceMember: async (c) => memberResponse(await engine.getMember(readerOf(c), workspaceScope(c), c.req.param("memberId") ?? "")),
    getInstanceMember: async (c) => memberResponse(await engine.getMember(readerOf(c), { kind: "instance" }, c.req.param("memberId") ?? "")),
    inviteMembers: async (c) => {
      const write = await origin(c);
      // Each invitee's fields are validated on their own and refused at its index (R5), not as the whole
      // batch; a field that is not an invitee's is a malformed request, refused as any unknown field.
      const { invitees } = await body(c, "InviteMembersRequest", (field) => /^invitees\.\d+(\.(name|email|role|groups|metadata)(\.|$)|$)/.test(field));
      return written(json(await engine.inviteMembers(write, c.req.param("workspaceId") ?? "", invitees)));
    },
    changeWorkspaceMemberStatus: (c) => changeStatus(c, workspaceScope(c)),
    changeInstanceMemberStatus: (c) => changeStatus(c, { kind: "instance" }),
    updateMember: async (c) => {
      const write = await origin(c);
      const expected = version(c);
      const { role, groups } = await body(c, "UpdateMemberRequest");
      const update = { ...(role === undefined ? {} : { role: role as string }), ...(groups === undefined ? {} : { groups: groups as string[] }) }; // checked by the schema
      return written(memberResponse(await engine.updateMember(write, c.req.param("workspaceId") ?? "", c.req.param("memberId") ?? "", update, expected)));
    },
    resendInvitation: async (c) => written(json(await engine.resendInvitation(await origin(c), c.req.param("workspaceId") ?? "", c.req.param("memberId") ?? ""))),
    revokeInvitation: async (c) => written(memberResponse(await engine.revokeInvitation(await origin(c), c.req.param("workspaceId") ?? "", c.req.param("memberId") ?? ""))),
    // A transaction (a link may be issued): it starts once the actor is read, never holding a connection while waiting for it.
    getInvitationLink: async (c) => json(await engine.getInvitationLink(await readerOf(c), c.req.param("workspaceId") ?? "", c.req.param("memberId") ?? "")),
    // The invitee's own endpoint: the token is the credential (R27).
    acceptInvitation: async (c) => {
      const { token } = await body(c, "AcceptInvitationRequest");
      return json(await engine.acceptInvitation(token as string)); // checked by the schema
    },
  };

  /**
   * Every operation but the invitee's needs a signed-in user; their rights come from the records (R1, R2,
   * R12). The sign-in reads the actor once; a read (`reads`) runs meanwhile, its statements in the same
   * round trip as the actor's, a write only once the actor is read. Either way the sign-in answers first:
   * an unknown user (401) or an instance-archived one (R12) gets its refusal, never the operation's answer.
   */
  const signedIn = async (c: Context, reads: boolean, route: (c: Context) => Promise<Response>): Promise<Response> => {
    let actorId: string | null;
    try {
      actorId = await options.authenticate(c.req.raw);
    } catch (error) {
      // An authenticate may refuse with its own words (the development one names its header).
      if (isRosterError(error)) return problemResponse(error, 401);
      throw error;
    }
    if (actorId === null || actorId === "") return problemResponse(new RosterError("forbidden", "Sign in to manage members."), 401);
    const actor = engine.actor(actorId);
    c.set("actorId", actorId);
    c.set("actor", actor);
    const [signIn, answer] = await Promise.allSettled([actor, reads ? route(c) : actor.then(() => route(c))]);
    if (signIn.status === "rejected") {
      // A user the records do not know is not signed in as far as Rosterkit can tell.
      if (isRosterError(signIn.reason) && signIn.reason.rule === undefined) return problemResponse(signIn.reason, 401);
      throw signIn.reason;
    }
    if (answer.status === "rejected") throw answer.reason;
    return answer.value;
  };

  for (const operation of ROSTER_OPERATIONS) {
    const path = operation.path.replace(/\{(\w+)\}/g, ":$1");
    const route = routes[operation.operationId];
    const reads = operation.method === "get";
    app.on(operation.method.toUpperCase(), path, (c) => (operation.operationId === "acceptInvitation" ? route(c) : signedIn(c, reads, route)));
  }

  const handler = (request: Request): Promise<Response> => Promise.resolve(app.fetch(request));
  return Object.assign(handler, { engine });
}

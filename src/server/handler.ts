import { Hono } from "hono";
import type { Context as HonoContext } from "hono";
import {
  IDEMPOTENCY_KEY_HEADER,
  PROBLEM_MEDIA_TYPE,
  REST_DEFAULT_CAPABILITIES,
  formatEntityTag,
  memberQueryFromSearchParams,
  parseEntityTag,
  problemFromError,
} from "../adapters/rest/rest-protocol";
import type { AdapterCapabilities, StatusAction } from "../core/adapter.types";
import type { RosterConfigInput } from "../core/config";
import { resolveConfig } from "../core/config";
import type { Member, Scope } from "../core/domain.types";
import type { InvitationLinkOptions, RosterEngine } from "../core/engine/roster-engine";
import { createRosterEngine } from "../core/engine/roster-engine";
import type { RosterStorage } from "../core/engine/storage.types";
import { RosterError, isRosterError } from "../core/errors";
import { parseJson } from "../core/json-parse";
import { limitExceeded } from "../core/request-limits";
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

/** Options of {@link createRosterHandler}. */
export interface RosterHandlerOptions {
  /** Where the records live: `createMemoryStorage()` or `createPostgresStorage()`. */
  readonly storage: RosterStorage;
  /** The host's authentication. There is no default: a handler without it cannot be built. */
  readonly authenticate: Authenticate;
  /** The kit configuration (lifecycle, deployment, roles, guards, limits). */
  readonly config?: RosterConfigInput;
  /** How invitation links are made: their base URL, the secret their tokens derive from, their lifetime. */
  readonly invitations: InvitationLinkOptions;
  /**
   * The path the API is served under, e.g. `/api/rosterkit`.
   * @default ""
   */
  readonly basePath?: string;
  /** @default () => new Date() */
  readonly clock?: () => Date;
  /** How long idempotency keys are kept (R26). @default 24 hours */
  readonly idempotencyWindowMs?: number;
  /** What `GET /capabilities` declares. @default offset paging, search, filters, every sort field, pages of up to 200 */
  readonly capabilities?: AdapterCapabilities;
  /** Called after each write that may have queued an email (R30): wake the outbox dispatcher here. */
  readonly onWrite?: () => void;
  /** Called with every unexpected failure (answered 500 without internals): log it here. */
  readonly onError?: (error: unknown, request: Request) => void;
}

/** A handler, with the engine it runs (for hosts that also call commands directly, and for tests). */
export type RosterHandler = ((request: Request) => Promise<Response>) & { readonly engine: RosterEngine };

/** What the handler's middleware sets on a request: the signed-in user. */
interface RosterEnv {
  readonly Variables: { actorId: string };
}

type Context = HonoContext<RosterEnv>;

function problem(error: RosterError, status?: number, headers: Record<string, string> = {}): Response {
  const body = problemFromError(error, status === undefined ? {} : { status });
  return new Response(JSON.stringify(body), { status: body.status, headers: { "Content-Type": PROBLEM_MEDIA_TYPE, ...headers } });
}

function json(body: unknown, headers: Record<string, string> = {}, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function memberResponse(member: Member, body: unknown = member): Response {
  return json(body, { ETag: formatEntityTag(member.version) });
}

function invalid(field: string, message: string): RosterError {
  return new RosterError("validation", message, { fieldErrors: { [field]: message } });
}

/**
 * A request body as text, held to `maxBytes` (R29): refused from its `Content-Length` before reading, or
 * as soon as the bytes read pass the limit, so an oversized body is never read in full.
 */
async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > maxBytes) throw limitExceeded("requestBodyBytes", maxBytes, Number(declared));
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
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
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(whole);
  } catch {
    throw invalid("body", "The request body is not valid UTF-8 text.");
  }
}

/**
 * Builds the handler.
 * @example
 * const handler = createRosterHandler({
 *   storage: await createPostgresStorage({ pool }),
 *   authenticate: async (request) => (await session(request))?.rosterUserId ?? null,
 *   invitations: { baseUrl: "https://app.example.com/join/", secret: process.env.INVITATION_SECRET! },
 *   basePath: "/api/rosterkit",
 * });
 * // Node: serve({ fetch: handler }); Next.js: export const GET = handler, POST = handler, PATCH = handler, DELETE = handler;
 */
export function createRosterHandler(options: RosterHandlerOptions): RosterHandler {
  if (typeof options.authenticate !== "function") throw new TypeError("createRosterHandler: `authenticate` is required: say how a request's user is known.");
  const config = resolveConfig(options.config);
  const engine = createRosterEngine({
    storage: options.storage,
    config,
    invitations: options.invitations,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.idempotencyWindowMs === undefined ? {} : { idempotencyWindowMs: options.idempotencyWindowMs }),
  });
  const capabilities = options.capabilities ?? REST_DEFAULT_CAPABILITIES;
  const limits = config.limits;

  /** A JSON object body, read under the limits (R29), parsed by the core's bounded parser and checked against its schema. */
  const body = async (c: Context, schema: string, ignore?: (field: string) => boolean): Promise<Record<string, unknown>> => {
    const text = await readBody(c.req.raw, limits.requestBodyBytes);
    const parsed = parseJson(text, { maxDepth: limits.jsonDepth + 1 });
    if (!parsed.ok) throw invalid("body", `The request body is not valid JSON: line ${String(parsed.line)}, column ${String(parsed.column)}: ${parsed.message}.`);
    const value = parsed.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid("body", "The request body must be a JSON object.");
    checkAgainstSchema(schema, value, ignore);
    return value as Record<string, unknown>;
  };

  const key = (c: Context): string => {
    const value = c.req.header(IDEMPOTENCY_KEY_HEADER);
    if (value === undefined || value.trim() === "") throw invalid(IDEMPOTENCY_KEY_HEADER, `Every write needs an ${IDEMPOTENCY_KEY_HEADER} header, so that a retry cannot act twice.`);
    return value;
  };

  const version = (c: Context): number => {
    const parsed = parseEntityTag(c.req.header("If-Match") ?? null);
    if (parsed === null) {
      throw new RosterError("validation", 'Send the member version you saw as If-Match: "<version>", so that a change made meanwhile is not overwritten (R22).', {
        fieldErrors: { "If-Match": "Required." },
        rule: "R22",
      });
    }
    return parsed;
  };

  const actorOf = (c: Context): string => c.get("actorId");
  const origin = (c: Context) => ({ actorId: actorOf(c), idempotencyKey: key(c), requestId: c.req.header("X-Request-Id") ?? null });
  const workspaceScope = (c: Context): Scope => ({ kind: "workspace", workspaceId: c.req.param("workspaceId") ?? "" });
  const written = <T>(value: T): T => {
    options.onWrite?.();
    return value;
  };

  const listMembers = async (c: Context, scope: Scope, allowed: readonly string[]): Promise<Response> => {
    const params = new URL(c.req.url).searchParams;
    const unknown = [...new Set(params.keys())].filter((name) => !allowed.includes(name));
    if (unknown.length > 0) throw new RosterError("validation", `Unknown query parameter ${unknown.map((name) => `"${name}"`).join(", ")}.`, { fieldErrors: Object.fromEntries(unknown.map((name) => [name, "Not a parameter of this list."])) });
    return json(await engine.listMembers(actorOf(c), memberQueryFromSearchParams(scope, params)));
  };

  const changeStatus = async (c: Context, scope: Scope): Promise<Response> => {
    const write = origin(c);
    const expected = version(c);
    const { action } = await body(c, "ChangeStatusRequest");
    const result = await engine.changeStatus(write, scope, c.req.param("memberId") ?? "", action as StatusAction, expected); // checked by the schema
    return written(memberResponse(result.member, result));
  };

  const app = new Hono<RosterEnv>().basePath(options.basePath ?? "");

  app.onError((error, c) => {
    if (isRosterError(error)) return problem(error);
    options.onError?.(error, c.req.raw);
    return problem(new RosterError("unknown", "The server could not answer. Try again in a moment.", { retryable: true }));
  });
  app.notFound((c) => problem(new RosterError("not_found", "There is no such endpoint.", { detail: `${c.req.method} ${new URL(c.req.url).pathname}` })));

  // The invitee's own endpoint: the token is the credential (R27).
  app.post("/invitations/accept", async (c) => {
    const { token } = await body(c, "AcceptInvitationRequest");
    return json(await engine.acceptInvitation(token as string)); // checked by the schema
  });

  // Everything else needs a signed-in user; their rights come from the records (R1, R2, R12).
  app.use("*", async (c, next) => {
    const actorId = await options.authenticate(c.req.raw);
    if (actorId === null || actorId === "") return problem(new RosterError("forbidden", "Sign in to manage members."), 401);
    try {
      await engine.actor(actorId); // an instance-archived user is refused on every endpoint (R12)
    } catch (error) {
      // A user the records do not know is not signed in as far as Rosterkit can tell.
      if (isRosterError(error) && error.rule === undefined) return problem(error, 401);
      throw error;
    }
    c.set("actorId", actorId);
    return next();
  });

  const listParams = ["search", "status", "sort", "offset", "cursor", "limit"];
  app.get("/capabilities", (c) => c.json(capabilities));
  app.get("/workspaces", async (c) => json(await engine.listWorkspaces(actorOf(c))));
  app.get("/roles", async (c) => json(await engine.listRoles(actorOf(c))));
  app.get("/workspaces/:workspaceId/groups", async (c) => json(await engine.listGroups(actorOf(c), c.req.param("workspaceId"))));
  app.get("/workspaces/:workspaceId/members", (c) => listMembers(c, workspaceScope(c), [...listParams, "role"]));
  app.get("/members", (c) => listMembers(c, { kind: "instance" }, listParams));
  app.get("/workspaces/:workspaceId/members/:memberId", async (c) => memberResponse(await engine.getMember(actorOf(c), workspaceScope(c), c.req.param("memberId"))));
  app.get("/members/:memberId", async (c) => memberResponse(await engine.getMember(actorOf(c), { kind: "instance" }, c.req.param("memberId"))));
  app.post("/workspaces/:workspaceId/invitations", async (c) => {
    const write = origin(c);
    // Each invitee is validated on its own and refused at its index (R5), not as the whole batch.
    const { invitees } = await body(c, "InviteMembersRequest", (field) => /^invitees\.\d+(\.|$)/.test(field));
    return written(json(await engine.inviteMembers(write, c.req.param("workspaceId"), invitees)));
  });
  app.post("/workspaces/:workspaceId/members/:memberId/status", (c) => changeStatus(c, workspaceScope(c)));
  app.post("/members/:memberId/status", (c) => changeStatus(c, { kind: "instance" }));
  app.patch("/workspaces/:workspaceId/members/:memberId", async (c) => {
    const write = origin(c);
    const expected = version(c);
    const { role, groups } = await body(c, "UpdateMemberRequest");
    const update = { ...(role === undefined ? {} : { role: role as string }), ...(groups === undefined ? {} : { groups: groups as string[] }) }; // checked by the schema
    return written(memberResponse(await engine.updateMember(write, c.req.param("workspaceId"), c.req.param("memberId"), update, expected)));
  });
  app.post("/workspaces/:workspaceId/members/:memberId/invitation/resend", async (c) =>
    written(json(await engine.resendInvitation(origin(c), c.req.param("workspaceId"), c.req.param("memberId")))),
  );
  app.delete("/workspaces/:workspaceId/members/:memberId/invitation", async (c) =>
    written(memberResponse(await engine.revokeInvitation(origin(c), c.req.param("workspaceId"), c.req.param("memberId")))),
  );
  app.get("/workspaces/:workspaceId/members/:memberId/invitation", async (c) => json(await engine.getInvitationLink(actorOf(c), c.req.param("workspaceId"), c.req.param("memberId"))));

  const handler = (request: Request): Promise<Response> => Promise.resolve(app.fetch(request));
  return Object.assign(handler, { engine });
}

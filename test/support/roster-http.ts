/**
 * A bare HTTP client of the Rosterkit API for the server tests: it sends exactly what it is told (the
 * actor header of the development sign-in, the idempotency key, the `If-Match` version) and returns the
 * status, the parsed body and the headers, without retries or interpretation, so tests can send stale
 * versions, reuse keys and count refusals by code.
 * @module
 */
import { IDEMPOTENCY_KEY_HEADER } from "../../src/adapters/rest/rest-protocol";
import type { ChangeStatusResult, InviteMembersResult, ListMembersResult } from "../../src/core/adapter.types";
import type { Member, Scope } from "../../src/core/domain.types";
import { ROSTER_ACTOR_HEADER } from "../../src/server/dev-authenticate";

/** One answer. `body` is the parsed JSON (`undefined` when the body is empty). */
export interface HttpAnswer<T = unknown> {
  readonly status: number;
  readonly body: T;
  /** The body's text, as sent (for byte-for-byte comparisons of replays). */
  readonly text: string;
  readonly contentType: string;
  readonly etag: string | null;
}

/** A problem+json body (RFC 9457) as the server sends it. */
export interface ProblemBody {
  readonly type: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly rule?: string;
  readonly fieldErrors?: Readonly<Record<string, string>>;
  readonly current?: Member;
}

/** What one request carries. */
export interface RequestParts {
  /** A JSON value (serialised), or a string sent as is. */
  readonly body?: unknown;
  /** Bytes or a stream sent as they are (a stream goes without `Content-Length`), instead of `body`. */
  readonly raw?: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly key?: string;
  readonly ifMatch?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One invitee of an invite request. */
export interface InviteeInput {
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly groups: readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** The path of a member in a scope: `/members/u-4` or `/workspaces/ws-1/members/u-4`. */
export function memberPath(scope: Scope, memberId: string): string {
  const member = encodeURIComponent(memberId);
  return scope.kind === "instance" ? `/members/${member}` : `/workspaces/${encodeURIComponent(scope.workspaceId)}/members/${member}`;
}

/** The path of a member's status endpoint in a scope. */
export function statusPath(scope: Scope, memberId: string): string {
  return `${memberPath(scope, memberId)}/status`;
}

/** The fetch a client sends through (e.g. `checkingFetch`, which checks every answer against the OpenAPI document). */
export type HttpFetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * A client acting as one user (`null`: nobody signed in, as an invitee following a link).
 * @example
 * const admin = rosterHttp(server.baseUrl, "u-2");
 * const answer = await admin.changeStatus({ kind: "workspace", workspaceId: "ws-1" }, "u-4", "archive", 1, crypto.randomUUID());
 */
export function rosterHttp(baseUrl: string, actorId: string | null, through: HttpFetch = (input, init) => fetch(input, init)) {
  const send = async <T = unknown>(method: string, path: string, parts: RequestParts = {}): Promise<HttpAnswer<T>> => {
    const headers: Record<string, string> = { ...(actorId === null ? {} : { [ROSTER_ACTOR_HEADER]: actorId }) };
    if (parts.key !== undefined) headers[IDEMPOTENCY_KEY_HEADER] = parts.key;
    if (parts.ifMatch !== undefined) headers["If-Match"] = `"${String(parts.ifMatch)}"`;
    let body: BodyInit | undefined = parts.raw;
    if (body === undefined && parts.body !== undefined) body = typeof parts.body === "string" ? parts.body : JSON.stringify(parts.body);
    if (body !== undefined) headers["Content-Type"] = "application/json";
    // A stream body needs half duplex (Node's fetch); it is sent chunked, without Content-Length.
    const streamed = body instanceof ReadableStream ? { duplex: "half" } : {};
    const response = await through(`${baseUrl}${path}`, { method, headers: { ...headers, ...parts.headers }, ...(body === undefined ? {} : { body }), ...streamed });
    const text = await response.text();
    return {
      status: response.status,
      body: (text === "" ? undefined : JSON.parse(text)) as T,
      text,
      contentType: response.headers.get("Content-Type") ?? "",
      etag: response.headers.get("ETag"),
    };
  };
  return {
    send,
    invite: (workspaceId: string, invitees: readonly InviteeInput[], key: string) =>
      send<InviteMembersResult>("POST", `/workspaces/${encodeURIComponent(workspaceId)}/invitations`, { body: { invitees }, key }),
    changeStatus: (scope: Scope, memberId: string, action: string, version: number, key: string) =>
      send<ChangeStatusResult>("POST", statusPath(scope, memberId), { body: { action }, key, ifMatch: version }),
    updateMember: (workspaceId: string, memberId: string, update: { readonly role?: string; readonly groups?: readonly string[] }, version: number, key: string) =>
      send<Member>("PATCH", memberPath({ kind: "workspace", workspaceId }, memberId), { body: update, key, ifMatch: version }),
    listMembers: (scope: Scope, query = "") =>
      send<ListMembersResult>("GET", `${scope.kind === "instance" ? "/members" : `/workspaces/${encodeURIComponent(scope.workspaceId)}/members`}${query === "" ? "" : `?${query}`}`),
    accept: (token: string) => send<Member>("POST", "/invitations/accept", { body: { token } }),
  };
}

/** A client of {@link rosterHttp}. */
export type RosterHttp = ReturnType<typeof rosterHttp>;

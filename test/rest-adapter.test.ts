import { afterEach, describe, expect, it, vi } from "vitest";
import type { ListMembersParams } from "../src/core/adapter.types";
import { isAbortError, isRosterError, RosterError } from "../src/core/errors";
import { deniedError, denial } from "../src/core/policy";
import type { RosterErrorCode } from "../src/core/errors";
import { createRestAdapter, fetchRestCapabilities } from "../src/adapters/rest";
import { REST_DEFAULT_CAPABILITIES, memberQueryFromSearchParams, memberQueryToSearchParams, parseEntityTag, parseRetryAfter, problemFromError } from "../src/adapters/rest/rest-protocol";
import type { RestAdapterOptions, RestRetryOptions } from "../src/adapters/rest";
import { live } from "./support/async";
import { makeMember } from "./support/member-fixture";

const BASE = "https://api.example.test/v1";

const MEMBER = makeMember({
  id: "u-4",
  name: "Eve End",
  email: "eve@example.com",
  role: "end-user",
  groups: ["g-1"],
  metadata: { team: "design" },
  invitedAt: "2024-01-01T00:00:00.000Z",
  memberships: [{ workspaceId: "ws-1", status: "active", role: "end-user" }],
  version: 7,
});

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
  readonly signal: AbortSignal | null | undefined;
}

type Answer = Response | Error | ((call: Call) => Response | Promise<Response>);

const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ type: "about:blank", title: "Problem", status, ...body }), { status, headers: { "Content-Type": "application/problem+json", ...headers } });

/** A fake fetch that answers from a queue (the last answer repeats) and records every call. */
function fakeFetch(...answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const call: Call = {
      url,
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined,
      signal: init.signal,
    };
    calls.push(call);
    if (init.signal?.aborted) throw new DOMException("aborted", "AbortError");
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (answer === undefined) throw new Error("fake fetch: no answer queued");
    if (answer instanceof Error) throw answer;
    return typeof answer === "function" ? answer(call) : answer.clone();
  };
  return { fetch, calls };
}

/** Records sleeps instead of waiting. */
function fakeSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number, signal: AbortSignal): Promise<void> => {
    waits.push(ms);
    if (signal.aborted) throw new DOMException("aborted", "AbortError");
  };
  return { sleep, waits };
}

function adapterWith(fetch: RestAdapterOptions["fetch"], retry: Partial<RestRetryOptions> = {}, extra: Partial<RestAdapterOptions> = {}) {
  const { sleep, waits } = fakeSleep();
  const adapter = createRestAdapter({ baseUrl: `${BASE}/`, ...(fetch ? { fetch } : {}), retry: { sleep, random: () => 0.5, ...retry }, ...extra });
  return { adapter, waits };
}

const listParams = (overrides: Partial<ListMembersParams> = {}): ListMembersParams => ({
  scope: { kind: "workspace", workspaceId: "ws-1" },
  search: "ada",
  statuses: ["active", "invited"],
  roles: ["admin"],
  sort: { field: "lastActiveAt", direction: "desc" },
  page: { kind: "offset", offset: 50, limit: 25 },
  signal: live(),
  ...overrides,
});

const changeParams = (signal: AbortSignal = live()) =>
  ({ scope: { kind: "workspace", workspaceId: "ws-1" }, memberId: "u-4", action: "archive", expectedVersion: 7, idempotencyKey: "key-1", signal }) as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail("expected a rejection");
}

async function rosterError(promise: Promise<unknown>): Promise<RosterError> {
  const error = await rejection(promise);
  if (!isRosterError(error)) return expect.fail(`expected a RosterError, got ${String(error)}`);
  return error;
}

describe("createRestAdapter: requests", () => {
  it("R25: a list sends search, status, role, sort and page to the server as query parameters", async () => {
    const { fetch, calls } = fakeFetch(json({ members: [MEMBER], total: 1, nextCursor: null }));
    const { adapter } = adapterWith(fetch);
    const page = await adapter.listMembers(listParams());
    expect(page.members[0]?.id).toBe("u-4");
    const url = new URL(calls[0]?.url ?? "");
    expect(`${url.origin}${url.pathname}`).toBe(`${BASE}/workspaces/ws-1/members`);
    expect(url.searchParams.get("search")).toBe("ada");
    expect(url.searchParams.getAll("status")).toEqual(["active", "invited"]);
    expect(url.searchParams.getAll("role")).toEqual(["admin"]);
    expect(url.searchParams.get("sort")).toBe("lastActiveAt:desc");
    expect(url.searchParams.get("offset")).toBe("50");
    expect(url.searchParams.get("limit")).toBe("25");
    expect(calls[0]?.headers.get("Idempotency-Key")).toBeNull();
  });

  it("R2, R25: the instance list goes to /members without roles, and cursor paging sends cursor (empty for page one)", async () => {
    const { fetch, calls } = fakeFetch(json({ members: [], total: null, nextCursor: null }));
    const { adapter } = adapterWith(fetch);
    await adapter.listMembers(listParams({ scope: { kind: "instance" }, page: { kind: "cursor", cursor: null, limit: 10 } }));
    await adapter.listMembers(listParams({ scope: { kind: "instance" }, page: { kind: "cursor", cursor: "abc", limit: 10 } }));
    const first = new URL(calls[0]?.url ?? "");
    expect(first.pathname).toBe("/v1/members");
    expect(first.searchParams.has("role")).toBe(false);
    expect(first.searchParams.get("cursor")).toBe("");
    expect(first.searchParams.has("offset")).toBe(false);
    expect(new URL(calls[1]?.url ?? "").searchParams.get("cursor")).toBe("abc");
  });

  it("the query string round-trips through the server-side reader (repeated or comma-separated statuses)", () => {
    const params = listParams();
    const { signal: _signal, ...query } = params;
    void _signal;
    expect(memberQueryFromSearchParams(params.scope, memberQueryToSearchParams(params))).toEqual(query);
    const comma = memberQueryFromSearchParams(params.scope, new URLSearchParams("status=active,invited&role=admin,builder"));
    expect(comma.statuses).toEqual(["active", "invited"]);
    expect(comma.roles).toEqual(["admin", "builder"]);
    expect(comma.page).toEqual({ kind: "offset", offset: 0, limit: 50 });
    expect(() => memberQueryFromSearchParams(params.scope, new URLSearchParams("sort=password:asc"))).toThrow(RosterError);
    expect(() => memberQueryFromSearchParams(params.scope, new URLSearchParams("status=gone"))).toThrow(/Unknown status/);
  });

  it("R22: a status change is a POST with { action }, If-Match: \"<version>\" and the Idempotency-Key", async () => {
    const { fetch, calls } = fakeFetch(json({ member: { ...MEMBER, status: "archived", version: 8 } }));
    const { adapter } = adapterWith(fetch);
    const result = await adapter.changeStatus(changeParams());
    expect(result.member.version).toBe(8);
    const call = calls[0];
    expect(call?.method).toBe("POST");
    expect(call?.url).toBe(`${BASE}/workspaces/ws-1/members/u-4/status`);
    expect(call?.body).toEqual({ action: "archive" });
    expect(call?.headers.get("If-Match")).toBe('"7"');
    expect(call?.headers.get("Idempotency-Key")).toBe("key-1");
    expect(call?.headers.get("Content-Type")).toBe("application/json");
    expect(parseEntityTag(call?.headers.get("If-Match") ?? null)).toBe(7);
  });

  it("R12: an instance-scope status change goes to /members/{id}/status", async () => {
    const { fetch, calls } = fakeFetch(json({ member: { ...MEMBER, scope: { kind: "instance" }, role: null } }));
    const { adapter } = adapterWith(fetch);
    await adapter.changeStatus({ ...changeParams(), scope: { kind: "instance" } });
    expect(calls[0]?.url).toBe(`${BASE}/members/u-4/status`);
  });

  it("R22: a role change is a PATCH with only the fields given, If-Match and the Idempotency-Key", async () => {
    const { fetch, calls } = fakeFetch(json({ ...MEMBER, role: "builder", version: 8 }));
    const { adapter } = adapterWith(fetch);
    await adapter.updateMember({ workspaceId: "ws-1", memberId: "u-4", role: "builder", expectedVersion: 7, idempotencyKey: "key-2", signal: live() });
    expect(calls[0]?.method).toBe("PATCH");
    expect(calls[0]?.url).toBe(`${BASE}/workspaces/ws-1/members/u-4`);
    expect(calls[0]?.body).toEqual({ role: "builder" });
    expect(calls[0]?.headers.get("If-Match")).toBe('"7"');
    expect(calls[0]?.headers.get("Idempotency-Key")).toBe("key-2");
  });

  it("R5, R10: invites, resends and link reads go to their endpoints; every write carries its Idempotency-Key", async () => {
    const link = { url: "https://app.example.test/invitations/t", expiresAt: null };
    const { fetch, calls } = fakeFetch(json({ results: [{ ok: true, member: MEMBER, invitationUrl: link.url }] }), json(link), json(link));
    const { adapter } = adapterWith(fetch);
    const invitee = { name: "Nora", email: "nora@example.com", role: "end-user", groups: [], metadata: {} };
    await adapter.inviteMembers({ workspaceId: "ws-1", invitees: [invitee], idempotencyKey: "k-invite", signal: live() });
    await adapter.resendInvitation({ workspaceId: "ws-1", memberId: "u-5", idempotencyKey: "k-resend", signal: live() });
    await adapter.getInvitationLink({ workspaceId: "ws-1", memberId: "u-5", signal: live() });
    expect(calls.map((call) => `${call.method} ${call.url.slice(BASE.length)} ${call.headers.get("Idempotency-Key") ?? "-"}`)).toEqual([
      "POST /workspaces/ws-1/invitations k-invite",
      "POST /workspaces/ws-1/members/u-5/invitation/resend k-resend",
      "GET /workspaces/ws-1/members/u-5/invitation -",
    ]);
    expect(calls[0]?.body).toEqual({ invitees: [invitee] });
  });

  it("headers may be a function, called before every attempt (fresh auth tokens)", async () => {
    let token = 0;
    const { fetch, calls } = fakeFetch(new TypeError("fetch failed"), json([]));
    const { adapter } = adapterWith(fetch, {}, { headers: () => ({ Authorization: `Bearer t${String((token += 1))}` }) });
    await adapter.listRoles({ signal: live() });
    expect(calls.map((call) => call.headers.get("Authorization"))).toEqual(["Bearer t1", "Bearer t2"]);
    expect(calls[0]?.headers.get("Accept")).toContain("application/problem+json");
  });

  it("uses globalThis.fetch at call time when no fetch is given (so MSW's patch applies)", async () => {
    const original = globalThis.fetch;
    const { fetch, calls } = fakeFetch(json([{ id: "admin", label: "Admin" }]));
    const adapter = createRestAdapter({ baseUrl: BASE });
    globalThis.fetch = ((input: string, init: RequestInit) => fetch(input, init)) as typeof globalThis.fetch;
    try {
      expect(await adapter.listRoles({ signal: live() })).toEqual([{ id: "admin", label: "Admin" }]);
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toHaveLength(1);
  });

  it("declares the capabilities given, or defaults matching the mock server; fetchRestCapabilities reads GET /capabilities", async () => {
    expect(createRestAdapter({ baseUrl: BASE }).capabilities).toEqual(REST_DEFAULT_CAPABILITIES);
    const cursor = { ...REST_DEFAULT_CAPABILITIES, pagination: "cursor" as const };
    expect(createRestAdapter({ baseUrl: BASE, capabilities: cursor }).capabilities).toBe(cursor);
    const { fetch, calls } = fakeFetch(json(cursor), json({ pagination: "pages" }));
    expect(await fetchRestCapabilities({ baseUrl: BASE, fetch, signal: live() })).toEqual(cursor);
    expect(calls[0]?.url).toBe(`${BASE}/capabilities`);
    expect((await rosterError(fetchRestCapabilities({ baseUrl: BASE, fetch, signal: live() }))).code).toBe("unknown");
    expect(() => createRestAdapter({ baseUrl: "" })).toThrow(TypeError);
  });
});

describe("createRestAdapter: problems become RosterErrors", () => {
  const cases: readonly (readonly [string, Response, RosterErrorCode, boolean])[] = [
    ["a problem's own code wins over the status (R15 last_admin on 409)", problem(409, { code: "last_admin", detail: "Lin is the last admin.", rule: "R15", workspaces: ["ws-1", "ws-2"] }), "last_admin", false],
    ["400 without a code is validation", problem(400, { detail: "Bad query." }), "validation", false],
    ["422 without a code is validation", problem(422, {}), "validation", false],
    ["401 is forbidden", problem(401, {}), "forbidden", false],
    ["403 is forbidden (R3)", problem(403, { code: "forbidden", detail: "Only admins can invite." }), "forbidden", false],
    ["404 is not_found", problem(404, {}), "not_found", false],
    ["409 without a code is conflict (R22)", problem(409, {}), "conflict", false],
    ["412 is conflict", new Response("", { status: 412 }), "conflict", false],
    ["429 is rate_limited and retryable", problem(429, {}, { "Retry-After": "120" }), "rate_limited", true],
    ["500 is unknown and retryable", problem(500, {}), "unknown", true],
    ["502 with an HTML body is unknown and retryable", new Response("<html>Bad gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } }), "unknown", true],
    ["an unknown code falls back to the status", problem(403, { code: "nope" }), "forbidden", false],
  ];
  for (const [title, response, code, retryable] of cases) {
    it(`${title}`, async () => {
      const { fetch } = fakeFetch(response);
      const { adapter } = adapterWith(fetch, { attempts: 1 });
      const error = await rosterError(adapter.getMember({ scope: { kind: "workspace", workspaceId: "ws-1" }, memberId: "u-4", signal: live() }));
      expect(error.code).toBe(code);
      expect(error.retryable).toBe(retryable);
      expect(error.message.length).toBeGreaterThan(0);
      // For people: no method, path or ids; for developers: the request, its answer's status and body.
      expect(error.message).not.toMatch(/GET|\/workspaces|u-4/);
      expect(error.request).toEqual({ method: "GET", path: "/workspaces/ws-1/members/u-4", status: response.status });
      expect(error.detail).toMatch(new RegExp(`^GET /workspaces/ws-1/members/u-4 answered ${String(response.status)}`));
    });
  }

  it("R22, R15, R7, R6: extension members carry current, workspaces, existing, fieldErrors and rule", async () => {
    const { fetch } = fakeFetch(
      problem(409, { code: "conflict", detail: "Eve changed.", rule: "R22", current: { ...MEMBER, version: 9 } }),
      problem(409, { code: "last_admin", detail: "Last admin.", rule: "R15", workspaces: ["ws-1", 3] }),
      problem(409, { code: "duplicate", detail: "Already archived.", existing: { userId: "u-6", status: "archived", offer: "unarchive" } }),
      problem(422, { code: "validation", detail: "Fix the metadata.", fieldErrors: { metadata: "Not an object.", bad: 1 } }),
    );
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    const conflict = await rosterError(adapter.changeStatus(changeParams()));
    expect(conflict).toMatchObject({ code: "conflict", rule: "R22", message: "Eve changed." });
    expect(conflict.current?.version).toBe(9);
    const lastAdmin = await rosterError(adapter.changeStatus(changeParams()));
    expect(lastAdmin.workspaces).toEqual(["ws-1"]);
    const duplicate = await rosterError(adapter.changeStatus(changeParams()));
    expect(duplicate.existing).toEqual({ userId: "u-6", status: "archived", offer: "unarchive" });
    const validation = await rosterError(adapter.changeStatus(changeParams()));
    expect(validation.fieldErrors).toEqual({ metadata: "Not an object." });
  });

  it("R5, R6: a validation problem's issues come through as { field, code, params }; malformed ones are dropped, unknown codes kept", async () => {
    const issues = [
      { field: "invitees.0.metadata", code: "metadata_too_large", params: { bytes: 90, limit: 64 } },
      { field: "invitees.1.email", code: "email_domain_blocked", params: { domain: "example.com" } },
    ];
    const malformed = [{ field: "invitees.2.name", code: 7, params: {} }, { field: "invitees.2.role", code: "role_unknown", params: { roles: [1] } }, "name_required"];
    const { fetch } = fakeFetch(problem(422, { code: "validation", detail: "Fix them.", issues: [...issues, ...malformed] }));
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    const error = await rosterError(adapter.changeStatus(changeParams()));
    expect(error.issues).toEqual(issues);
  });

  it("the server side writes the same problem the client reads (problemFromError round trip)", async () => {
    const original = new RosterError("last_admin", "Lin is the last active admin of Design.", { rule: "R15", workspaces: ["ws-1"] });
    const body = problemFromError(original);
    expect(body).toMatchObject({ type: "urn:rosterkit:problem:last_admin", status: 409, code: "last_admin", detail: original.message });
    const { fetch } = fakeFetch(problem(body.status, { ...body }));
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    const error = await rosterError(adapter.listWorkspaces({ signal: live() }));
    expect({ code: error.code, message: error.message, rule: error.rule, workspaces: error.workspaces }).toEqual({
      code: original.code,
      message: original.message,
      rule: original.rule,
      workspaces: original.workspaces,
    });
  });

  it("R3: a refusal's key and values come through REST as they left the policy; a key or values that do not fit are dropped", async () => {
    const refusal = deniedError(denial("R15.lastAdmin", { name: "Lin", verb: "deactivate", workspaces: ["ws-1"], workspaceNames: ["Design"], count: 1 }, { workspaces: ["ws-1"] }));
    const body = problemFromError(refusal);
    const answers = [body, { ...body, reasonKey: "R15.somethingElse" }, { ...body, params: { ...body.params, count: "one" } }];
    const { fetch } = fakeFetch(...answers.map((answer) => problem(answer.status, { ...answer })));
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    const kept = await rosterError(adapter.listWorkspaces({ signal: live() }));
    expect(kept).toMatchObject({ code: "last_admin", rule: "R15", reasonKey: "R15.lastAdmin", params: refusal.params, docs: "docs/rules.md#r15" });
    for (let i = 1; i < answers.length; i += 1) {
      const dropped = await rosterError(adapter.listWorkspaces({ signal: live() }));
      expect(dropped).toMatchObject({ code: "last_admin", rule: "R15", reasonKey: undefined, params: {} });
    }
  });

  it("a failed fetch (TypeError) is a retryable network error", async () => {
    const { fetch } = fakeFetch(new TypeError("fetch failed"));
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    const error = await rosterError(adapter.listRoles({ signal: live() }));
    expect(error).toMatchObject({ code: "network", retryable: true, request: { method: "GET", path: "/roles" } });
    expect(error.message).toBe("The server could not be reached. Check the connection and try again.");
    expect(error.detail).toBe("GET /roles failed before an answer came back: fetch failed");
    expect(error.timeoutMs).toBeUndefined();
  });

  it("a non-JSON or wrong-shaped success is an unknown error saying what was expected", async () => {
    const { fetch } = fakeFetch(
      new Response("<html>login</html>", { status: 200, headers: { "Content-Type": "text/html" } }),
      new Response("{not json", { status: 200, headers: { "Content-Type": "application/json" } }),
      json({ members: "none", total: 1, nextCursor: null }),
    );
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    const html = await rosterError(adapter.listMembers(listParams()));
    expect(html.code).toBe("unknown");
    expect(html.message).toBe("The server answered in a form that could not be read. Try again later.");
    expect(html.detail).toMatch(/^GET \/workspaces\/ws-1\/members should answer JSON.*text\/html/);
    expect(html.request).toEqual({ method: "GET", path: "/workspaces/ws-1/members", status: 200 });
    expect((await rosterError(adapter.listMembers(listParams()))).detail).toMatch(/does not parse/);
    const shape = await rosterError(adapter.listMembers(listParams()));
    expect(shape.code).toBe("unknown");
    expect(shape.message).not.toMatch(/GET|\/workspaces/);
    expect(shape.detail).toMatch(/wrong shape.*members: Member\[\]/);
  });
});

describe("createRestAdapter: retries", () => {
  it("retries a GET on 5xx and network errors with exponential backoff and jitter, up to 3 attempts", async () => {
    const { fetch, calls } = fakeFetch(problem(503, {}), new TypeError("fetch failed"), json([]));
    const { adapter, waits } = adapterWith(fetch, { baseDelayMs: 100, random: () => 0.5 });
    expect(await adapter.listRoles({ signal: live() })).toEqual([]);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([50, 100]); // 0.5 × 100, 0.5 × 200
  });

  it("gives up after the attempts allowed and throws the last error", async () => {
    const { fetch, calls } = fakeFetch(problem(500, { code: "unknown", detail: "Down." }));
    const { adapter } = adapterWith(fetch, { attempts: 3 });
    expect((await rosterError(adapter.listRoles({ signal: live() }))).message).toBe("Down.");
    expect(calls).toHaveLength(3);
  });

  it("caps the backoff at maxDelayMs", async () => {
    const { fetch } = fakeFetch(problem(500, {}), problem(500, {}), problem(500, {}), json([]));
    const { adapter, waits } = adapterWith(fetch, { attempts: 4, baseDelayMs: 1000, maxDelayMs: 1500, random: () => 0.999 });
    await adapter.listRoles({ signal: live() });
    expect(waits).toEqual([999, 1498, 1498]);
  });

  it("retries a write only with its Idempotency-Key, and sends the same key again", async () => {
    const { fetch, calls } = fakeFetch(new TypeError("fetch failed"), json({ member: MEMBER }));
    const { adapter } = adapterWith(fetch);
    await adapter.changeStatus(changeParams());
    expect(calls.map((call) => call.headers.get("Idempotency-Key"))).toEqual(["key-1", "key-1"]);
    expect(calls.map((call) => call.headers.get("If-Match"))).toEqual(['"7"', '"7"']);
  });

  it("R3, R15, R22: never retries a refusal (4xx other than 429)", async () => {
    for (const [status, code] of [[403, "forbidden"], [409, "conflict"], [409, "last_admin"], [422, "validation"], [404, "not_found"]] as const) {
      const { fetch, calls } = fakeFetch(problem(status, { code }));
      const { adapter } = adapterWith(fetch);
      expect((await rosterError(adapter.changeStatus(changeParams()))).code).toBe(code);
      expect(calls, `${code} is sent once`).toHaveLength(1);
    }
  });

  it("honours Retry-After in seconds on 429", async () => {
    const { fetch, calls } = fakeFetch(problem(429, { code: "rate_limited" }, { "Retry-After": "2" }), json([]));
    const { adapter, waits } = adapterWith(fetch);
    await adapter.listRoles({ signal: live() });
    expect(waits).toEqual([2000]);
    expect(calls).toHaveLength(2);
  });

  it("honours Retry-After as an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:03 GMT", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 00:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("does not wait for a Retry-After longer than maxRetryAfterMs: fails at once with retryAfterMs", async () => {
    const { fetch, calls } = fakeFetch(problem(429, { code: "rate_limited" }, { "Retry-After": "3600" }));
    const { adapter, waits } = adapterWith(fetch, { maxRetryAfterMs: 60_000 });
    const error = await rosterError(adapter.listRoles({ signal: live() }));
    expect(error).toMatchObject({ code: "rate_limited", retryAfterMs: 3_600_000, retryable: true });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("retry: false sends once", async () => {
    const { fetch, calls } = fakeFetch(problem(503, {}));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch, retry: false });
    expect((await rosterError(adapter.listRoles({ signal: live() }))).retryable).toBe(true);
    expect(calls).toHaveLength(1);
  });
});

describe("createRestAdapter: aborts", () => {
  it("an already aborted signal rejects with an AbortError and sends nothing", async () => {
    const { fetch, calls } = fakeFetch(json([]));
    const { adapter } = adapterWith(fetch);
    const error = await rejection(adapter.listRoles({ signal: AbortSignal.abort() }));
    expect(isAbortError(error)).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it("passes the signal to fetch; an abort in flight rejects with an AbortError, not a network error, and is not retried", async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch(
      (call) =>
        new Promise<Response>((_resolve, reject) => {
          call.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          controller.abort();
        }),
    );
    const { adapter } = adapterWith(fetch);
    const error = await rejection(adapter.changeStatus(changeParams(controller.signal)));
    expect(isAbortError(error)).toBe(true);
    expect(calls).toHaveLength(1);
    // fetch gets the attempt's own signal (it also carries the timeout), aborted with the caller's.
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it("an abort during the backoff sleep stops the retries", async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch(problem(503, {}));
    const adapter = createRestAdapter({
      baseUrl: BASE,
      fetch,
      retry: {
        sleep: async (_ms, signal) => {
          controller.abort();
          if (signal.aborted) throw new DOMException("aborted", "AbortError");
        },
      },
    });
    const error = await rejection(adapter.listRoles({ signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it("the default sleep waits with a timer and rejects at once when the signal fires", async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch(new TypeError("fetch failed"), json([]));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch, retry: { baseDelayMs: 60_000, random: () => 1 } });
    const pending = rejection(adapter.listRoles({ signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    expect(calls).toHaveLength(1);
  });
});

describe("createRestAdapter: timeouts", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** An answer that never comes, from a fetch that ignores its signal: the worst a network can do. */
  const never = (): Promise<Response> => new Promise<Response>(() => undefined);

  it("an attempt without an answer within timeoutMs is abandoned (fetch aborted) and fails as a retryable network error that says it timed out", async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeFetch(never);
    const { adapter } = adapterWith(fetch, { attempts: 1 }, { timeoutMs: 15_000 });
    const pending = rosterError(adapter.listRoles({ signal: live() }));
    await vi.advanceTimersByTimeAsync(15_000);
    const error = await pending;
    expect(error).toMatchObject({ code: "network", retryable: true, timeoutMs: 15_000, request: { method: "GET", path: "/roles" } });
    expect(error.message).toBe("The server did not answer within 15 seconds. Check the connection and try again.");
    expect(error.detail).toBe("GET /roles did not answer within 15000 ms (timeoutMs).");
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it("R26: a timed-out write is sent again with the same Idempotency-Key, and the answer of the retry is the result", async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeFetch(never, json({ member: { ...MEMBER, status: "archived", version: 8 } }));
    const { adapter } = adapterWith(fetch, {}, { timeoutMs: 50 });
    const pending = adapter.changeStatus(changeParams());
    await vi.advanceTimersByTimeAsync(50);
    expect((await pending).member.status).toBe("archived");
    expect(calls.map((call) => call.headers.get("Idempotency-Key"))).toEqual(["key-1", "key-1"]);
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it("the default timeout is 15 s per attempt; an answer in time stops the clock, so nothing is aborted later", async () => {
    vi.useFakeTimers();
    const { fetch, calls } = fakeFetch(json([]), never);
    const { adapter } = adapterWith(fetch, { attempts: 1 });
    expect(await adapter.listRoles({ signal: live() })).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls[0]?.signal?.aborted).toBe(false);

    const pending = rosterError(adapter.listRoles({ signal: live() }));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(calls[1]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).timeoutMs).toBe(15_000);
  });

  it("the caller's abort during a hung attempt rejects with an AbortError, not a timeout", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const { fetch } = fakeFetch(never);
    const { adapter } = adapterWith(fetch, {}, { timeoutMs: 1_000 });
    const pending = rejection(adapter.changeStatus(changeParams(controller.signal)));
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
  });

  it("timeoutMs must be a positive number of milliseconds or false: anything else is refused by name", () => {
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, "15000" as unknown as number]) {
      expect(() => createRestAdapter({ baseUrl: BASE, timeoutMs })).toThrow(/`timeoutMs` must be a positive number of milliseconds or false/);
    }
    expect(() => createRestAdapter({ baseUrl: BASE, timeoutMs: false })).not.toThrow();
  });
});

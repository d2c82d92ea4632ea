import { describe, expect, it } from "vitest";
import { createRestAdapter } from "../src/adapters/rest";
import { activityQueryFromSearchParams, activityQueryToSearchParams, memberExportFromSearchParams, memberExportToSearchParams } from "../src/adapters/rest/rest-protocol";
import type { ActivityQuery } from "../src/core/activity.types";
import type { ExportMembersParams, MemberExportQuery, RosterAdapter } from "../src/core/adapter.types";
import { isAbortError, isRosterError } from "../src/core/errors";

/**
 * The REST adapter's optional methods (R25, R28): the requests `listActivity` and `exportMembers` send,
 * how a download carries the adapter's auth and streams once accepted, and how a refusal, a wrong
 * answer and a cancel surface.
 */

const BASE = "https://api.example.test/v1";
const QUERY: MemberExportQuery = { scope: { kind: "workspace", workspaceId: "ws-1" }, search: "ada", statuses: ["active"], roles: ["admin"], sort: { field: "email", direction: "desc" } };

/** A fetch that records its calls and answers with `answer`. */
function recording(answer: (request: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    calls.push(request);
    return answer(request);
  };
  return { calls, fetch };
}

function adapterOver(fetch: (url: string, init: RequestInit) => Promise<Response>): RosterAdapter {
  return createRestAdapter({ baseUrl: BASE, fetch, headers: async () => ({ Authorization: "Bearer token-1" }), retry: false });
}

function exportOf(adapter: RosterAdapter, params: Omit<ExportMembersParams, "signal">, signal = new AbortController().signal): Promise<ReadableStream<Uint8Array>> {
  return (adapter.exportMembers ?? expect.fail("the REST adapter exports"))({ ...params, signal });
}

const csv = (body: BodyInit) => new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8; header=present" } });

describe("R25: the REST adapter's export", () => {
  it("R25: sends the list's query and the columns with the adapter's auth, and resolves to the file as it streams", async () => {
    const { calls, fetch } = recording(() => csv("\uFEFFemail\r\nada@example.com\r\n"));
    const stream = await exportOf(adapterOver(fetch), { ...QUERY, columns: ["email", "name"] });
    expect(await new Response(stream).text()).toBe("email\r\nada@example.com\r\n");
    const [call] = calls;
    const url = new URL(call?.url ?? "");
    expect(url.pathname).toBe("/v1/workspaces/ws-1/members.csv");
    expect(Object.fromEntries(url.searchParams)).toEqual({ search: "ada", status: "active", role: "admin", sort: "email:desc", columns: "email,name" });
    expect(call?.headers.get("Authorization")).toBe("Bearer token-1");
    expect(call?.headers.get("Accept")).toBe("text/csv, application/problem+json");
  });

  it("R25: the query string reads back as the query and columns it was made from", () => {
    const params = memberExportToSearchParams(QUERY, ["name", "groups"]);
    expect(memberExportFromSearchParams(QUERY.scope, params)).toEqual({ query: QUERY, columns: ["name", "groups"] });
    expect(memberExportToSearchParams({ ...QUERY, scope: { kind: "instance" } }).has("role")).toBe(false);
  });

  it("R25: a refusal rejects with the server's RosterError before any byte; an answer that is not CSV is unreadable", async () => {
    const refused = recording(() =>
      new Response(JSON.stringify({ type: "urn:rosterkit:problem:validation", title: "Invalid request", status: 400, detail: 'Unknown export column "password".', code: "validation", fieldErrors: { columns: 'Unknown export column "password".' } }), {
        status: 400,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );
    const error: unknown = await exportOf(adapterOver(refused.fetch), QUERY).catch((caught: unknown) => caught);
    expect(isRosterError(error) && error.code === "validation" && error.fieldErrors["columns"]).toContain('"password"');

    const json = recording(() => new Response("{}", { headers: { "Content-Type": "application/json" } }));
    const unreadable: unknown = await exportOf(adapterOver(json.fetch), QUERY).catch((caught: unknown) => caught);
    expect(isRosterError(unreadable) && unreadable.code).toBe("unknown");
    expect(isRosterError(unreadable) && unreadable.detail).toContain("should answer text/csv");
  });

  it("R25: cancelling the request's signal stops the download: the stream errors with an AbortError and the body is cancelled", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("name\r\n"));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { fetch } = recording(() => csv(body));
    const controller = new AbortController();
    const reader = (await exportOf(adapterOver(fetch), QUERY, controller.signal)).getReader();
    expect((await reader.read()).done).toBe(false);
    controller.abort();
    const error: unknown = await reader.read().catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(cancelled).toBe(true);
  });
});

describe("R28: the REST adapter's activity", () => {
  const page = { events: [], nextCursor: null };

  it.each<[string, ActivityQuery, string, Record<string, string>]>([
    ["a workspace's", { scope: { kind: "workspace", workspaceId: "ws-1" }, actions: ["archive", "invite"], actorId: "u-2", cursor: "Y3Vyc29y", limit: 20 }, "/v1/workspaces/ws-1/activity", { action: "invite", actor: "u-2", cursor: "Y3Vyc29y", limit: "20" }],
    ["a member's in a workspace", { scope: { kind: "workspace", workspaceId: "ws 1" }, memberId: "u/4", cursor: null, limit: 50 }, "/v1/members/u%2F4/activity", { workspaceId: "ws 1", limit: "50" }],
    ["a member's across the instance", { scope: { kind: "instance" }, memberId: "u-4", cursor: null, limit: 50 }, "/v1/members/u-4/activity", { limit: "50" }],
    ["the instance's", { scope: { kind: "instance" }, cursor: null, limit: 5 }, "/v1/activity", { limit: "5" }],
  ])("R28: reads %s history at its path", async (_label, query, path, params) => {
    const { calls, fetch } = recording(() => new Response(JSON.stringify(page), { headers: { "Content-Type": "application/json" } }));
    const adapter = adapterOver(fetch);
    expect(await (adapter.listActivity ?? expect.fail("the REST adapter reads activity"))({ ...query, signal: new AbortController().signal })).toEqual(page);
    const url = new URL(calls[0]?.url ?? "");
    expect(url.pathname).toBe(path);
    expect(Object.fromEntries(url.searchParams)).toEqual(params);
    const memberId = typeof query.memberId === "string" ? query.memberId : null;
    expect(activityQueryFromSearchParams(query.scope, memberId, activityQueryToSearchParams(query))).toEqual({ actions: [], actorId: null, ...query, memberId });
  });

  it("R28: an answer of the wrong shape is refused as unreadable", async () => {
    const { fetch } = recording(() => new Response(JSON.stringify({ events: [{ id: 1 }], nextCursor: null }), { headers: { "Content-Type": "application/json" } }));
    const error: unknown = await (adapterOver(fetch).listActivity ?? expect.fail("no listActivity"))({ scope: { kind: "instance" }, cursor: null, limit: 5, signal: new AbortController().signal }).catch((caught: unknown) => caught);
    expect(isRosterError(error) && error.code).toBe("unknown");
  });
});

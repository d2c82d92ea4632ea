import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { setupServer } from "msw/node";
import { createMemoryBackend } from "../src/adapters/memory/memory-backend";
import { acceptRestInvitation, createRestAdapter, fetchRestCapabilities } from "../src/adapters/rest";
import { DEFAULT_MOCK_BASE_URL, ROSTER_ACTOR_HEADER, createRosterHandlers } from "../src/mocks";
import { CONTRACT_USERS, describeAdapterContract } from "../src/testing";
import { checkingFetch } from "./openapi-validator";

/**
 * The REST adapter, over HTTP to the MSW mock backend over the in-memory backend, must pass the same
 * conformance suite as the in-memory adapter, for both kinds of server paging. Every answer the mock gives
 * is checked against the OpenAPI document on the way (so the document, the mock and the client agree).
 */
const server = setupServer();
const drift: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  const found = drift.splice(0);
  expect(found, "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
});
afterAll(() => server.close());

const baseUrl = DEFAULT_MOCK_BASE_URL;
const fetch = checkingFetch(baseUrl, drift);

// Offset paging in every lifecycle and deployment; cursor paging (which changes only how lists page) in one.
const runs = [
  { pagination: "offset", options: {} },
  { pagination: "cursor", options: { lifecycles: ["archive"], deployments: ["self-hosted"] } },
] as const;

for (const { pagination, options } of runs) {
  describeAdapterContract(`rest over msw (${pagination} paging)`, async (fixture, config) => {
    let offsetMs = 0;
    const backend = createMemoryBackend({ dataset: fixture, config, pagination, clock: () => new Date(Date.now() + offsetMs) });
    server.resetHandlers(...createRosterHandlers({ backend, baseUrl }));
    const headersOf = (userId: string) => ({ [ROSTER_ACTOR_HEADER]: userId });
    const capabilities = await fetchRestCapabilities({ baseUrl, fetch, headers: headersOf(CONTRACT_USERS.superAdmin), signal: new AbortController().signal });
    return {
      as: (userId) => createRestAdapter({ baseUrl, fetch, headers: headersOf(userId), capabilities, retry: false }),
      sentInvitations: () => backend.outbox(),
      isInvitationLinkValid: async (url) => (await backend.invitationFor(url)) !== null,
      advanceClock: (ms) => {
        offsetMs += ms;
      },
      // The invitee's side goes over HTTP too: POST /invitations/accept through the mock.
      acceptInvitation: (url) => acceptRestInvitation({ baseUrl, fetch, token: backend.engine.tokenOf(url) ?? "", signal: new AbortController().signal }),
      activity: () => backend.activity(),
    };
  }, options);
}

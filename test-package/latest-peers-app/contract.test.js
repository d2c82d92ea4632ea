// A project on msw 3 and vitest 5 proving its adapter with Rosterkit's conformance suite: the REST adapter
// over HTTP to rosterkit/mocks's handlers on msw 3, under vitest 5 (both on Node 22). Copied into a fresh
// app by test-package/consumer.test.ts; one lifecycle and deployment keep it short.
/* global AbortController */
import { setupServer } from "msw/node";
import { afterAll, beforeAll } from "vitest";
import { createMemoryBackend, createRestAdapter, fetchRestCapabilities } from "rosterkit/adapters";
import { DEFAULT_MOCK_BASE_URL, ROSTER_ACTOR_HEADER, createRosterHandlers } from "rosterkit/mocks";
import { CONTRACT_USERS, describeAdapterContract } from "rosterkit/testing";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const baseUrl = DEFAULT_MOCK_BASE_URL;
const headersOf = (userId) => ({ [ROSTER_ACTOR_HEADER]: userId });

describeAdapterContract(
  "rest over rosterkit/mocks on msw 3",
  async (fixture, config) => {
    const backend = createMemoryBackend({ dataset: fixture, config });
    server.resetHandlers(...createRosterHandlers({ backend, baseUrl }));
    const capabilities = await fetchRestCapabilities({ baseUrl, headers: headersOf(CONTRACT_USERS.superAdmin), signal: new AbortController().signal });
    return {
      as: (userId) => createRestAdapter({ baseUrl, headers: headersOf(userId), capabilities, retry: false }),
      sentInvitations: () => backend.outbox(),
    };
  },
  { lifecycles: ["archive"], deployments: ["self-hosted"] },
);

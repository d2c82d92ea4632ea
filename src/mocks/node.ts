import { setupServer } from "msw/node";
import type { SetupServer } from "msw/node";
import type { RosterMockInput, RosterScenario, RosterScenarioOptions } from "./scenarios";
import { resolveMockInput } from "./scenarios";

/**
 * `rosterkit/mocks/node`: the mock backend in Node (tests, SSR, scripts), with MSW's `setupServer`.
 * Kept apart from `browser.ts` so that Node code never loads `msw/browser`.
 * @module
 */

/** An MSW server over a Rosterkit scenario; `scenario` is `null` when it was built from bare handlers. */
export type RosterServer = SetupServer & { readonly scenario: RosterScenario | null };

/**
 * Creates (but does not start) an MSW server for a scenario (by name or built) or a list of handlers. Call `listen()`
 * before the requests and `close()` after; `resetHandlers(...)` swaps the handlers between tests.
 * @example
 * const server = createRosterServer("last-admin");
 * server.listen({ onUnhandledRequest: "error" });
 * const adapter = createRestAdapter({ baseUrl: server.scenario!.baseUrl, headers: { [ROSTER_ACTOR_HEADER]: server.scenario!.actorId } });
 */
export function createRosterServer(input: RosterMockInput = "default", options: RosterScenarioOptions = {}): RosterServer {
  const { scenario, handlers } = resolveMockInput(input, options);
  return Object.assign(setupServer(...handlers), { scenario });
}

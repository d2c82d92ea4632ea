import type { SetupWorker, StartOptions } from "msw/browser";
import { setupWorker } from "msw/browser";
import type { RosterMockInput, RosterScenario, RosterScenarioOptions } from "./scenarios";
import { resolveMockInput } from "./scenarios";

/**
 * `rosterkit/mocks/browser`: the mock backend in a browser (demos, Storybook, manual testing), with MSW's
 * service worker. Needs `mockServiceWorker.js` served from the site root (`npx msw init public`).
 * @module
 */

/** A started MSW worker over a Rosterkit scenario; `scenario` is `null` when it was built from bare handlers. */
export type RosterWorker = SetupWorker & { readonly scenario: RosterScenario | null };

/**
 * Starts an MSW service worker for a scenario or a list of handlers. Requests the handlers do not serve
 * pass through (`onUnhandledRequest: "bypass"`) unless `startOptions` say otherwise.
 * @example
 * const worker = await startRosterWorker("slow", { baseUrl: "/api/rosterkit" });
 * const adapter = createRestAdapter({ baseUrl: "/api/rosterkit", headers: { [ROSTER_ACTOR_HEADER]: worker.scenario!.actorId } });
 */
export async function startRosterWorker(
  input: RosterMockInput = "default",
  options: RosterScenarioOptions = {},
  startOptions: StartOptions = {},
): Promise<RosterWorker> {
  const { scenario, handlers } = resolveMockInput(input, options);
  const worker = Object.assign(setupWorker(...handlers), { scenario });
  await worker.start({ onUnhandledRequest: "bypass", quiet: true, ...startOptions });
  return worker;
}

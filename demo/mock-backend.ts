import { createRestAdapter } from "../src/adapters";
import { SCENARIO_NAMES, createScenario, scenarios } from "../src/mocks";
import { startRosterWorker } from "../src/mocks/browser";
import { ROSTER_API_PATH } from "./demo-api";
import type { DemoConnection } from "./demo-connection";
import type { DemoSettings } from "./demo-settings";
import { readDataset, readHistory, resetDemo, writeDataset, writeHistory } from "./demo-settings";

/**
 * The console on the MSW mock: the scenario's in-memory backend runs in the page behind the service
 * worker, its roster and activity history saved in localStorage after each change. What `npm run build:demo` ships (no
 * server needed) and what `ROSTERKIT_DEMO_BACKEND=msw npm start` serves.
 * @module
 */

/** Starts the worker on the chosen scenario, restoring the roster saved for it. */
export async function connectMock(settings: DemoSettings): Promise<DemoConnection> {
  const config = { lifecycle: settings.lifecycle, deployment: settings.deployment };
  const dataset = readDataset(localStorage, settings);
  const scenario = createScenario(settings.scenario, { baseUrl: ROSTER_API_PATH, config, ...(dataset ? { dataset, history: readHistory(localStorage, settings) } : {}) });
  await startRosterWorker(scenario, {}, { serviceWorker: { url: "/mockServiceWorker.js" } });

  let view: DemoConnection["console"];
  try {
    const actor = scenario.backend.actorFor(settings.actorId);
    const adapter = createRestAdapter({
      baseUrl: ROSTER_API_PATH,
      capabilities: scenario.capabilities,
      headers: { "X-Rosterkit-Actor": settings.actorId },
    });
    view = { adapter, actor, config: scenario.backend.config };
  } catch (error) {
    view = { signInError: `${settings.actorId} cannot use this roster: ${error instanceof Error ? error.message : String(error)}` };
  }
  return {
    scenario: settings.scenario,
    scenarios: SCENARIO_NAMES.map((name) => ({ name, description: scenarios[name].description })),
    description: scenario.description,
    scenarioActorId: scenario.actorId,
    notes: [],
    console: view,
    onEvent: () => {
      writeDataset(localStorage, settings, scenario.backend.snapshot());
      writeHistory(
        localStorage,
        settings,
        scenario.backend.activity().map(({ action, actor, target, targetEmail, scope, before, after, at }) => ({ action, actor, target, targetEmail, scope, before, after, at })),
      );
    },
    async reset() {
      resetDemo(localStorage);
    },
  };
}

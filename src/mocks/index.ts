/**
 * `rosterkit/mocks`: MSW handlers that serve the Rosterkit REST API (`openapi/rosterkit.openapi.json`)
 * from the in-memory reference backend, and named scenarios (empty, last admin, 100k members, slow, flaky,
 * conflict, forbidden, rate limited). Start them with `rosterkit/mocks/node` (`createRosterServer`) or
 * `rosterkit/mocks/browser` (`startRosterWorker`). Never imported by runtime code. Every export is listed in
 * docs/api.md.
 * @module
 */
export { DEFAULT_MOCK_BASE_URL, createRosterHandlers } from "./handlers";
export type { MockFailureKind, RosterHandlersOptions, RosterOperationEvent } from "./handlers";
export { ROSTER_ACTOR_HEADER } from "../server/dev-authenticate";
export type { RosterOperationId } from "../server/operations";
export { SCENARIO_NAMES, createScenario, scenarios } from "./scenarios";
export type { RosterMockInput, RosterScenario, RosterScenarioName, RosterScenarioOptions } from "./scenarios";

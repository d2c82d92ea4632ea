/**
 * `rosterkit/mocks`: MSW handlers that serve the Rosterkit REST API (`openapi/rosterkit.openapi.json`)
 * from the in-memory reference backend, and named scenarios (empty, last admin, 100k members, slow, flaky,
 * conflict, forbidden, rate limited). Start them with `rosterkit/mocks/node` (`createRosterServer`) or
 * `rosterkit/mocks/browser` (`startRosterWorker`). Never imported by runtime code.
 * @module
 */
export {
  DEFAULT_MOCK_BASE_URL,
  ROSTER_ACTOR_HEADER,
  ROSTER_OPERATIONS,
  createRosterHandlers,
  problemResponse,
} from "./handlers";
export type {
  MockFailureKind,
  RosterHandlersOptions,
  RosterOperation,
  RosterOperationEvent,
  RosterOperationId,
} from "./handlers";
export { SCENARIO_NAMES, createScenario, resolveMockInput, scenarios } from "./scenarios";
export type {
  RosterMockInput,
  RosterScenario,
  RosterScenarioDefinition,
  RosterScenarioName,
  RosterScenarioOptions,
  RosterScenarioParts,
} from "./scenarios";

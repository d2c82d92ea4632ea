import type { Actor } from "../src/core";

/**
 * What the demo console and the demo server (`demo/server/`, mounted by `npm start`) say to each other
 * besides the Rosterkit protocol: which demo roster a request is for, and the demo-only endpoints.
 * Browser-safe: no Node imports.
 * @module
 */

/** Where the demo mounts `createRosterHandler`; the browser's REST adapter talks to it. */
export const ROSTER_API_PATH = "/api/rosterkit";

/** The demo server's own endpoints (development only, never part of the Rosterkit protocol). */
export const DEMO_API = {
  /** `GET`: prepares the roster of the request (migrated and seeded on first use) and describes it. */
  session: "/api/demo/session",
  /** `POST`: drops the roster of the request and seeds it again. */
  reset: "/api/demo/reset",
} as const;

/**
 * Names the demo roster a request is for, `<scenario>/<lifecycle>/<deployment>` (e.g.
 * `default/archive/self-hosted`): the toolbar's choices. A request without it gets the default roster.
 * A real deployment has one roster and one configuration; the demo serves one per toolbar choice.
 */
export const DEMO_ROSTER_HEADER = "X-Rosterkit-Demo-Roster";

/** The toolbar choices that pick a demo roster. */
export interface DemoRosterKey {
  readonly scenario: string;
  readonly lifecycle: "archive" | "deactivate";
  readonly deployment: "self-hosted" | "cloud";
}

/** The value of {@link DEMO_ROSTER_HEADER} for a roster. */
export function formatRosterKey(key: DemoRosterKey): string {
  return `${key.scenario}/${key.lifecycle}/${key.deployment}`;
}

/** A scenario the picker offers, with what it shows. */
export interface DemoScenarioOption {
  readonly name: string;
  readonly description: string;
}

/** The answer of `GET /api/demo/session`. */
export interface DemoSession {
  /** The roster served: the one asked for, or the default one when the scenario asked for is a fault of the MSW mock. */
  readonly roster: DemoRosterKey;
  /** The lifecycle the roster runs with (a scenario may fix its own, e.g. `instance-archived-invitee`). */
  readonly lifecycle: "archive" | "deactivate";
  /** Why the scenario asked for is not the one served, if it is not. */
  readonly note: string | null;
  /** What the scenario shows. */
  readonly description: string;
  /** The user the scenario is written for. */
  readonly scenarioActorId: string;
  /** The signed-in user as the server's records say (roles per workspace, super admin), or `null` with `signInError`. */
  readonly actor: Actor | null;
  /** Why the signed-in user cannot use this roster (unknown to it, or archived at instance level). */
  readonly signInError: string | null;
  /** Where the data lives, in words (PGlite in a folder, or a Postgres). */
  readonly database: string;
  /** The scenarios the server can seed. */
  readonly scenarios: readonly DemoScenarioOption[];
  /** The scenarios that are faults of the MSW mock (slow, flaky, …), which the server does not play. */
  readonly mockOnlyScenarios: readonly string[];
}

/** The query parameters of a demo invitation link: the roster, and the token (the link's last part). */
export const INVITATION_LINK_PARAMS = { roster: "roster", token: "invitation" } as const;

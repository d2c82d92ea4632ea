import type { Actor, RosterAdapter, RosterConfig } from "../src/core";
import type { DemoScenarioOption } from "./demo-api";

/**
 * What the console needs of a backend, whichever it is: the MSW mock in the page (`mock-backend.ts`)
 * or the Rosterkit server of `npm start` (`server-backend.ts`).
 * @module
 */

/** A signed-in user's console: the adapter to the backend, who they are, and the configuration. */
export interface DemoConsole {
  readonly adapter: RosterAdapter;
  readonly actor: Actor;
  readonly config: RosterConfig;
}

/** A backend the console is connected to. */
export interface DemoConnection {
  /** The scenario shown (the picker's value). */
  readonly scenario: string;
  /** The scenarios the picker offers. */
  readonly scenarios: readonly DemoScenarioOption[];
  /** What the scenario shows. */
  readonly description: string;
  /** Who the scenario is written for. */
  readonly scenarioActorId: string;
  /** Lines shown under the description: where the data lives, what this backend does not play. */
  readonly notes: readonly string[];
  /** The console of the signed-in user, or why they cannot have one on this roster. */
  readonly console: DemoConsole | { readonly signInError: string };
  /** Called after each change the console makes (the mock saves its roster here). */
  readonly onEvent?: () => void;
  /** Puts the demo data back as seeded; the page reloads after it. */
  reset(): Promise<void>;
}

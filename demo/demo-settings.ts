import type { SeededActivity } from "../src/adapters";
import type { RosterDataset } from "../src/core";
import type { RosterScenarioName } from "../src/mocks";
import { SCENARIO_NAMES } from "../src/mocks";
import type { DemoLanguageValue } from "./demo-languages";
import { DEMO_LANGUAGES } from "./demo-languages";

/** Who the demo signs in as; ids of the generated roster's fixed users (`SEED_USERS`). */
export const DEMO_ACTORS = [
  { id: "u-1", label: "Super admin" },
  { id: "u-2", label: "Workspace admin" },
  { id: "u-3", label: "Builder" },
] as const;

/** What the demo's toolbar controls, kept across reloads. */
export interface DemoSettings {
  readonly scenario: RosterScenarioName;
  readonly actorId: string;
  readonly lifecycle: "archive" | "deactivate";
  readonly deployment: "self-hosted" | "cloud";
  /** Colour scheme of the kit (`RosterProvider`'s `theme`). */
  readonly theme: "light" | "dark" | "auto";
  /** The console's language and direction: a shipped locale, or English laid out right to left (`DEMO_LANGUAGES`). */
  readonly locale: DemoLanguageValue;
}

/** The settings of a first visit. */
export const DEFAULT_SETTINGS: DemoSettings = { scenario: "default", actorId: "u-1", lifecycle: "archive", deployment: "self-hosted", theme: "light", locale: "en" };

const SETTINGS_KEY = "rosterkit-demo:settings";
const DATASET_KEY = "rosterkit-demo:dataset";
const HISTORY_KEY = "rosterkit-demo:history";

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** Reads the saved settings; anything missing or unknown falls back to its default. */
export function readSettings(storage: Storage): DemoSettings {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SETTINGS_KEY) ?? "{}");
    if (typeof parsed === "object" && parsed !== null) saved = parsed as Record<string, unknown>;
  } catch {
    saved = {};
  }
  return {
    scenario: pick(saved["scenario"], SCENARIO_NAMES, DEFAULT_SETTINGS.scenario),
    actorId: pick(saved["actorId"], DEMO_ACTORS.map((actor) => actor.id), DEFAULT_SETTINGS.actorId),
    lifecycle: pick(saved["lifecycle"], ["archive", "deactivate"] as const, DEFAULT_SETTINGS.lifecycle),
    deployment: pick(saved["deployment"], ["self-hosted", "cloud"] as const, DEFAULT_SETTINGS.deployment),
    theme: pick(saved["theme"], ["light", "dark", "auto"] as const, DEFAULT_SETTINGS.theme),
    locale: pick(saved["locale"], DEMO_LANGUAGES.map((language) => language.value), DEFAULT_SETTINGS.locale),
  };
}

/** Saves the settings. */
export function writeSettings(storage: Storage, settings: DemoSettings): void {
  storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

/** The key under which one scenario and lifecycle's roster is kept: switching keeps each one's state. */
function datasetKey(settings: DemoSettings): string {
  return `${DATASET_KEY}:${settings.scenario}:${settings.lifecycle}`;
}

/** The roster saved for these settings, if any (large scenarios are not saved: they regenerate quickly). */
export function readDataset(storage: Storage, settings: DemoSettings): RosterDataset | undefined {
  const text = storage.getItem(datasetKey(settings));
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as RosterDataset;
  } catch {
    storage.removeItem(datasetKey(settings));
    return undefined;
  }
}

/** Saves the roster after a change, so that a reload shows the same state. */
export function writeDataset(storage: Storage, settings: DemoSettings, dataset: RosterDataset): void {
  if (settings.scenario.startsWith("large")) return;
  storage.setItem(datasetKey(settings), JSON.stringify(dataset));
}

/** The key of the activity history saved with a roster (R28). */
function historyKey(settings: DemoSettings): string {
  return `${HISTORY_KEY}:${settings.scenario}:${settings.lifecycle}`;
}

/** The activity history saved with the roster of these settings (R28), oldest first; none when not saved. */
export function readHistory(storage: Storage, settings: DemoSettings): readonly SeededActivity[] {
  const text = storage.getItem(historyKey(settings));
  if (text === null) return [];
  try {
    const history: unknown = JSON.parse(text);
    return Array.isArray(history) ? (history as SeededActivity[]) : [];
  } catch {
    storage.removeItem(historyKey(settings));
    return [];
  }
}

/** Saves the activity history with the roster after a change (R28), so that a reload keeps it too. */
export function writeHistory(storage: Storage, settings: DemoSettings, history: readonly SeededActivity[]): void {
  if (settings.scenario.startsWith("large")) return;
  storage.setItem(historyKey(settings), JSON.stringify(history));
}

/** Forgets every saved setting and roster. */
export function resetDemo(storage: Storage): void {
  for (const key of Object.keys(storage)) {
    if (key.startsWith("rosterkit-demo:")) storage.removeItem(key);
  }
}

import { StrictMode, useState } from "react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { createRestAdapter } from "../src/adapters";
import type { Scope } from "../src/core";
import { SCENARIO_NAMES, createScenario, scenarios } from "../src/mocks";
import { startRosterWorker } from "../src/mocks/browser";
import { UserManagement } from "../src/react";
import "../src/styles/rosterkit.css";
import type { DemoSettings } from "./demo-settings";
import { DEMO_ACTORS, readDataset, readSettings, resetDemo, writeDataset, writeSettings } from "./demo-settings";
import "./demo.css";

/** The API root the worker serves; same-origin, so the browser shows the requests in its network panel. */
const BASE_URL = "/api/rosterkit";

async function boot(): Promise<void> {
  const settings = readSettings(localStorage);
  const config = { lifecycle: settings.lifecycle, deployment: settings.deployment };
  const dataset = readDataset(localStorage, settings);
  const scenario = createScenario(settings.scenario, { baseUrl: BASE_URL, config, ...(dataset ? { dataset } : {}) });
  await startRosterWorker(scenario, {}, { serviceWorker: { url: "/mockServiceWorker.js" } });

  const actor = scenario.backend.actorFor(settings.actorId);
  const adapter = createRestAdapter({
    baseUrl: BASE_URL,
    capabilities: scenario.capabilities,
    headers: { "X-Rosterkit-Actor": settings.actorId },
  });
  const workspaceId = Object.keys(actor.roles)[0] ?? "ws-1";
  const scope: Scope = { kind: "workspace", workspaceId };
  const save = (): void => writeDataset(localStorage, settings, scenario.backend.snapshot());

  const container = document.getElementById("root");
  if (!container) throw new Error("The demo page has no #root element.");
  createRoot(container).render(
    <StrictMode>
      <DemoShell settings={settings} description={scenario.description} scenarioActorId={scenario.actorId}>
        <UserManagement
          adapter={adapter}
          actor={actor}
          config={scenario.backend.config}
          scope={scope}
          theme={settings.theme}
          locale={settings.locale}
          dir={settings.locale === "ar" ? "rtl" : "ltr"}
          onEvent={save}
        />
      </DemoShell>
    </StrictMode>,
  );
}

function actorLabel(id: string): string {
  const known = DEMO_ACTORS.find((actor) => actor.id === id);
  return known ? `${known.label.toLowerCase()} ${id}` : id;
}

interface DemoShellProps {
  readonly settings: DemoSettings;
  readonly description: string;
  /** Who the scenario is written for; the demo signs in as whoever the toolbar says. */
  readonly scenarioActorId: string;
  readonly children: ReactNode;
}

/** The demo's own toolbar: who you are, how the deployment works, which backend scenario runs. */
function DemoShell({ settings, description, scenarioActorId, children }: DemoShellProps) {
  const [draft, setDraft] = useState(settings);
  const apply = (next: DemoSettings): void => {
    setDraft(next);
    writeSettings(localStorage, next);
    location.reload();
  };
  return (
    <div className="demo" data-theme={settings.theme}>
      <header className="demo-bar">
        <strong className="demo-title">Rosterkit demo console</strong>
        <label>
          Signed in as{" "}
          <select value={draft.actorId} onChange={(event) => apply({ ...draft, actorId: event.target.value })}>
            {DEMO_ACTORS.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Lifecycle{" "}
          <select value={draft.lifecycle} onChange={(event) => apply({ ...draft, lifecycle: event.target.value === "deactivate" ? "deactivate" : "archive" })}>
            <option value="archive">Archive</option>
            <option value="deactivate">Deactivate</option>
          </select>
        </label>
        <label>
          Deployment{" "}
          <select value={draft.deployment} onChange={(event) => apply({ ...draft, deployment: event.target.value === "cloud" ? "cloud" : "self-hosted" })}>
            <option value="self-hosted">Self-hosted</option>
            <option value="cloud">Cloud</option>
          </select>
        </label>
        <label>
          Scenario{" "}
          <select value={draft.scenario} onChange={(event) => apply({ ...draft, scenario: SCENARIO_NAMES.find((name) => name === event.target.value) ?? "default" })}>
            {SCENARIO_NAMES.map((name) => (
              <option key={name} value={name} title={scenarios[name].description}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme{" "}
          <select value={draft.theme} onChange={(event) => apply({ ...draft, theme: event.target.value === "dark" ? "dark" : event.target.value === "auto" ? "auto" : "light" })}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="auto">Auto</option>
          </select>
        </label>
        <label>
          Language{" "}
          <select value={draft.locale} onChange={(event) => apply({ ...draft, locale: event.target.value === "ar" ? "ar" : "en" })}>
            <option value="en">English</option>
            <option value="ar">العربية (RTL)</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            resetDemo(localStorage);
            location.reload();
          }}
        >
          Reset demo data
        </button>
      </header>
      <p className="demo-scenario">
        {description} Signed in as {actorLabel(settings.actorId)}.
        {scenarioActorId !== settings.actorId && ` This scenario is written for ${actorLabel(scenarioActorId)}: choose that actor to see it as described.`}
      </p>
      <main className="demo-main">{children}</main>
    </div>
  );
}

void boot();

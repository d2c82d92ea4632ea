import { StrictMode, useState } from "react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { Scope } from "../src/core";
import { UserManagement } from "../src/react";
import type { MetadataColumn } from "../src/react";
import "../src/styles/rosterkit.css";
import type { DemoConnection } from "./demo-connection";
import type { DemoSettings } from "./demo-settings";
import { SCENARIO_NAMES } from "../src/mocks/scenarios";
import type { DemoColumnLabels } from "./demo-languages";
import { demoLanguage } from "./demo-languages";
import { DEMO_ACTORS, readSettings, writeSettings } from "./demo-settings";
import { LanguageSelect } from "./language-select";
import "./demo.css";

/**
 * The demo console: the toolbar (who you are, lifecycle, deployment, scenario, theme, language) around
 * `<UserManagement>`, on the backend the build says: the Rosterkit server of `npm start`, or the MSW
 * mock (`npm run build:demo`, `ROSTERKIT_DEMO_BACKEND=msw npm start`). Each backend is imported only
 * where it is used, so the static build carries no server code.
 */

/**
 * Membership metadata shown as table columns, labelled in the console's language: the seed gives some
 * members a department and a seniority level. Both sort on the server (R25) and are offered by the CSV
 * export; the department also filters.
 */
function metadataColumns(labels: DemoColumnLabels): readonly MetadataColumn[] {
  return [
    { key: "department", label: labels.department, filterValues: ["Customer success", "Growth", "Legal", "People", "Platform", "Product"] },
    { key: "seniority", label: labels.seniority, format: "number" },
  ];
}

/** Connects to the backend of this build. */
async function connect(settings: DemoSettings): Promise<DemoConnection> {
  if (__ROSTERKIT_DEMO_BACKEND__ === "server") return (await import("./server-backend")).connectServer(settings);
  return (await import("./mock-backend")).connectMock(settings);
}

async function boot(root: Root): Promise<void> {
  const settings = readSettings(localStorage);
  if (__ROSTERKIT_DEMO_BACKEND__ === "server") {
    const { invitationOfPage } = await import("./server-backend");
    const invitation = invitationOfPage(location.search);
    if (invitation) {
      const { JoinInvitation } = await import("./join-invitation");
      root.render(
        <StrictMode>
          <div className="demo" data-theme={settings.theme}>
            <JoinInvitation invitation={invitation} />
          </div>
        </StrictMode>,
      );
      return;
    }
    root.render(<p className="demo-loading">Preparing the demo roster on the server (a roster's first use seeds it: up to a minute for large-100k)…</p>);
  }
  // The chosen language's locale entry is imported while the backend connects: only that one is downloaded.
  const language = demoLanguage(settings.locale);
  const [connection, entry] = await Promise.all([connect(settings), language.load()]);
  const view = connection.console;
  root.render(
    <StrictMode>
      <DemoShell settings={settings} connection={connection}>
        {"signInError" in view ? (
          <p role="alert" className="demo-problem">
            {view.signInError} Choose another user in “Signed in as”.
          </p>
        ) : (
          <UserManagement
            adapter={view.adapter}
            actor={view.actor}
            config={view.config}
            scope={firstWorkspace(view.actor.roles)}
            theme={settings.theme}
            locale={entry.locale}
            messages={entry.messages}
            dir={language.dir}
            table={{ metadataColumns: metadataColumns(language.columns) }}
            {...(connection.onEvent ? { onEvent: connection.onEvent } : {})}
          />
        )}
      </DemoShell>
    </StrictMode>,
  );
}

/** The console opens on the signed-in user's first workspace. */
function firstWorkspace(roles: Readonly<Record<string, string>>): Scope {
  return { kind: "workspace", workspaceId: Object.keys(roles)[0] ?? "ws-1" };
}

function actorLabel(id: string): string {
  const known = DEMO_ACTORS.find((actor) => actor.id === id);
  return known ? `${known.label.toLowerCase()} ${id}` : id;
}

interface DemoShellProps {
  readonly settings: DemoSettings;
  readonly connection: DemoConnection;
  readonly children: ReactNode;
}

/** The demo's own toolbar: who you are, how the deployment works, which backend scenario runs. */
function DemoShell({ settings, connection, children }: DemoShellProps) {
  const [draft, setDraft] = useState(settings);
  const [resetting, setResetting] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  const { description, scenarioActorId } = connection;
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
          <select value={connection.scenario} onChange={(event) => apply({ ...draft, scenario: SCENARIO_NAMES.find((name) => name === event.target.value) ?? "default" })}>
            {connection.scenarios.map((scenario) => (
              <option key={scenario.name} value={scenario.name} title={scenario.description}>
                {scenario.name}
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
        <LanguageSelect value={draft.locale} onChange={(locale) => apply({ ...draft, locale })} />
        <button
          type="button"
          disabled={resetting}
          onClick={() => {
            setResetting(true);
            setResetError(null);
            connection.reset().then(
              () => location.reload(),
              (error: unknown) => {
                setResetting(false);
                setResetError(error instanceof Error ? error.message : String(error));
              },
            );
          }}
        >
          {resetting ? "Resetting demo data…" : "Reset demo data"}
        </button>
      </header>
      <p className="demo-scenario">
        {description} Signed in as {actorLabel(settings.actorId)}.
        {scenarioActorId !== settings.actorId && ` This scenario is written for ${actorLabel(scenarioActorId)}: choose that actor to see it as described.`}
      </p>
      {connection.notes.map((note) => (
        <p key={note} className="demo-note">
          {note}
        </p>
      ))}
      {resetError !== null && (
        <p role="alert" className="demo-problem">
          {resetError}
        </p>
      )}
      <main className="demo-main">{children}</main>
    </div>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("The demo page has no #root element.");
const root = createRoot(container);
boot(root).catch((error: unknown) => {
  root.render(
    <p role="alert" className="demo-problem">
      The demo could not start: {error instanceof Error ? error.message : String(error)}
    </p>,
  );
});

import { acceptRestInvitation, createRestAdapter, fetchRestCapabilities } from "../src/adapters/rest";
import type { Member } from "../src/core";
import { resolveConfig } from "../src/core";
import type { DemoSession } from "./demo-api";
import { DEMO_API, DEMO_ROSTER_HEADER, INVITATION_LINK_PARAMS, ROSTER_API_PATH, formatRosterKey } from "./demo-api";
import type { DemoConnection } from "./demo-connection";
import type { DemoSettings } from "./demo-settings";

/**
 * The console on the Rosterkit server of `npm start`: the REST adapter talks to `createRosterHandler`
 * at `/api/rosterkit`, signed in with the development header; the toolbar's scenario, lifecycle and
 * deployment pick the server's demo roster (`X-Rosterkit-Demo-Roster`). Nothing is kept in the
 * browser: the data lives in the server's database.
 * @module
 */

const ACTOR_HEADER = "X-Rosterkit-Actor";

/** The `detail` (or title) of a problem answer, or the status line. */
async function problemText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: unknown; title?: unknown };
    if (typeof body.detail === "string") return body.detail;
    if (typeof body.title === "string") return body.title;
  } catch {
    // Not JSON: the status says enough.
  }
  return `${String(response.status)} ${response.statusText}`;
}

async function demoRequest(path: string, method: "GET" | "POST", headers: Record<string, string>): Promise<DemoSession> {
  const response = await fetch(path, { method, headers });
  if (!response.ok) throw new Error(`The demo server answered ${path}: ${await problemText(response)}`);
  return (await response.json()) as DemoSession;
}

/**
 * Service workers of an earlier MSW session on this origin: unregistered, so that nothing stands
 * between the console and the server.
 */
async function unregisterWorkers(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
}

/** Asks the server for the roster of the settings (seeding it on first use) and connects the REST adapter to it. */
export async function connectServer(settings: DemoSettings): Promise<DemoConnection> {
  await unregisterWorkers();
  const asked = { [ACTOR_HEADER]: settings.actorId, [DEMO_ROSTER_HEADER]: formatRosterKey(settings) };
  const session = await demoRequest(DEMO_API.session, "GET", asked);
  const headers = { ...asked, [DEMO_ROSTER_HEADER]: formatRosterKey(session.roster) };
  const notes = [
    `Served by the Rosterkit server at ${ROSTER_API_PATH} on ${session.database}: changes persist across reloads and restarts; invitation emails print in the terminal.`,
    `The MSW mock's faults (${session.mockOnlyScenarios.join(", ")}) are not played here: ROSTERKIT_DEMO_BACKEND=msw npm start shows them.`,
    ...(session.note ? [session.note] : []),
  ];
  let view: DemoConnection["console"];
  if (session.actor) {
    const capabilities = await fetchRestCapabilities({ baseUrl: ROSTER_API_PATH, headers, signal: new AbortController().signal });
    view = {
      adapter: createRestAdapter({ baseUrl: ROSTER_API_PATH, capabilities, headers }),
      actor: session.actor,
      config: resolveConfig({ lifecycle: session.lifecycle, deployment: session.roster.deployment }),
    };
  } else {
    view = { signInError: session.signInError ?? `${settings.actorId} cannot use this roster.` };
  }
  return {
    scenario: session.roster.scenario,
    scenarios: session.scenarios,
    description: session.description,
    scenarioActorId: session.scenarioActorId,
    notes,
    console: view,
    async reset() {
      await demoRequest(DEMO_API.reset, "POST", headers);
    },
  };
}

/** An invitation link of the demo server followed in this page: the roster it belongs to and its token. */
export interface DemoInvitation {
  readonly roster: string;
  readonly token: string;
}

/** The invitation link this page was opened with (`?roster=…&invitation=…`), if it was. */
export function invitationOfPage(search: string): DemoInvitation | null {
  const params = new URLSearchParams(search);
  const roster = params.get(INVITATION_LINK_PARAMS.roster);
  const token = params.get(INVITATION_LINK_PARAMS.token);
  return roster && token ? { roster, token } : null;
}

/** Accepts the invitation as the invitee (R27), through the protocol's `POST /invitations/accept`, on the link's roster. */
export function acceptDemoInvitation(invitation: DemoInvitation, signal: AbortSignal): Promise<Member> {
  return acceptRestInvitation({
    baseUrl: ROSTER_API_PATH,
    token: invitation.token,
    signal,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set(DEMO_ROSTER_HEADER, invitation.roster);
      return fetch(input, { ...init, headers });
    },
  });
}

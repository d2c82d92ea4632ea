import { startTransition } from "react";
import type { ReactElement } from "react";
import type { Root } from "react-dom/client";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { UserManagement } from "../src/react/user-management";

/**
 * Hydration, as a server-rendering framework (Next.js App Router, Remix, a Vite SSR app) does it: the
 * console rendered to HTML with react-dom/server where there is no `window`, then hydrated with
 * `hydrateRoot` over that HTML. It hydrates in a transition, as Next.js does, so React yields every few
 * milliseconds and the adapter's answers can arrive in the middle of hydration. Any mismatch fails the
 * test: React's recoverable error (#418 in production), any `console.error`, any error event.
 */

type ActEnvironment = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };

const scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } as const;

/** One side's adapter: the server and the browser each make their own, from the same seed. */
function side() {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.admin });
  return { adapter, actor: adapter.backend.actorFor(SEED_USERS.admin), scope };
}

function storeOf(options: ReturnType<typeof side>): RosterStore {
  const store = createRosterStore(options);
  cleanups.push(() => store.destroy());
  return store;
}

async function loaded(store: RosterStore): Promise<void> {
  await vi.waitFor(() => {
    const snapshot = store.getSnapshot();
    expect([snapshot.list.status, snapshot.workspaces.status]).toEqual(["ready", "ready"]);
  });
}

/** HTML as a server renders it: no `window` (RosterProvider stops a store it creates there). */
function serverHtml(element: ReactElement): string {
  vi.stubGlobal("window", undefined);
  try {
    return renderToString(element);
  } finally {
    vi.unstubAllGlobals();
  }
}

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/**
 * Hydrates `html` with `element` on React's own scheduler (not `act()`, which would render it in one go),
 * collecting every error React or the page reports.
 */
function hydrate(html: string, element: ReactElement): { container: HTMLElement; problems: readonly string[] } {
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  const problems: string[] = [];
  const consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(" ")}`);
  });
  const onError = (event: ErrorEvent): void => {
    problems.push(`error event: ${event.message}`);
  };
  window.addEventListener("error", onError);
  const environment = globalThis as ActEnvironment;
  const actEnvironment = environment.IS_REACT_ACT_ENVIRONMENT;
  environment.IS_REACT_ACT_ENVIRONMENT = false;
  let root: Root | undefined;
  startTransition(() => {
    root = hydrateRoot(container, element, { onRecoverableError: (error) => problems.push(`recoverable: ${String(error)}`) });
  });
  cleanups.push(() => {
    root?.unmount();
    container.remove();
    window.removeEventListener("error", onError);
    consoleError.mockRestore();
    environment.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  });
  return { container, problems };
}

const rowsOf = (container: HTMLElement) => container.querySelectorAll('[data-scope="users-table"][data-part="row"]');
const titleOf = (container: HTMLElement) => container.querySelector('[data-scope="user-management"][data-part="title"]')?.textContent;

describe("hydrating the server's HTML", () => {
  it("R16: the console from adapter props hydrates without a mismatch, then shows its rows, title and seat count", async () => {
    const html = serverHtml(<UserManagement {...side()} />);
    expect(html).toContain("Loading…");
    const { container, problems } = hydrate(html, <UserManagement {...side()} />);
    await vi.waitFor(() => {
      expect(rowsOf(container).length).toBeGreaterThan(0);
      expect(container.querySelector('[data-scope="seat-count"][data-part="root"]')).not.toBeNull();
    });
    expect(titleOf(container)).not.toBe("Loading…");
    expect(problems).toEqual([]);
  });

  it("R16: a store that has loaded in the browser before hydrating hydrates its first snapshot, then shows the loaded seat count", async () => {
    const html = serverHtml(<UserManagement store={storeOf(side())} />);
    const store = storeOf(side());
    await loaded(store);
    const { container, problems } = hydrate(html, <UserManagement store={store} />);
    const seats = store.getSnapshot().workspaces.data.find((workspace) => workspace.id === SEED_FIRST_WORKSPACE)?.billableSeats;
    expect(seats).toBeGreaterThan(0);
    await vi.waitFor(() => {
      expect(container.querySelector('[data-scope="seat-count"][data-part="root"]')?.getAttribute("data-count")).toBe(String(seats));
    });
    expect(rowsOf(container).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("a store loaded on the server and in the browser, with its current snapshot as server snapshot, puts the rows into the HTML and hydrates them", async () => {
    const onServer = storeOf(side());
    await loaded(onServer);
    const html = serverHtml(<UserManagement store={{ ...onServer, getServerSnapshot: onServer.getSnapshot }} />);
    expect(html.match(/data-scope="users-table" data-part="row"/g)?.length).toBeGreaterThan(0);
    const inBrowser = storeOf(side());
    await loaded(inBrowser);
    const { container, problems } = hydrate(html, <UserManagement store={{ ...inBrowser, getServerSnapshot: inBrowser.getSnapshot }} />);
    await vi.waitFor(() => expect(container.querySelector('[data-scope="member-actions"][data-part="trigger"]')).not.toBeNull());
    expect(rowsOf(container).length).toBe(html.match(/data-scope="users-table" data-part="row"/g)?.length);
    expect(problems).toEqual([]);
  });
});

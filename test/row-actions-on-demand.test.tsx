import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { rosterPages } from "./support/pages";

/**
 * Issue 11, pay for what you use: the row menu's body (Radix DropdownMenu) and the confirm modal's dialog
 * (Radix Dialog) load on demand. Each test starts from a fresh module registry (nothing downloaded yet),
 * and the two modules' downloads are held at a gate until the test lets them through, so that a press
 * before, during and after the download can each be seen. No test measures time.
 */

interface Gate {
  /** Whether the download started (the module was asked for). */
  started: boolean;
  readonly release: () => void;
  readonly opened: Promise<void>;
}

function gate(): Gate {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { started: false, release, opened };
}

const gates: { menu: Gate | null; dialog: Gate | null } = { menu: null, dialog: null };

async function through(which: "menu" | "dialog"): Promise<void> {
  const held = gates[which];
  if (held === null) return;
  held.started = true;
  await held.opened;
}

/** Waiting for a download to be asked for: the module loader resolves the import first, slowly on a busy machine (no time is asserted). */
const DOWNLOAD_ASKED = { timeout: 5000 } as const;

/** The idle callbacks the page asked for; the tests run them (or not) themselves. */
let idle: (() => void)[] = [];

/** A fresh module registry in which the two modules download through their gates. */
function freshRegistry(): void {
  vi.resetModules();
  gates.menu = gate();
  gates.dialog = gate();
  vi.doMock("../src/react/member-actions-content", async (importOriginal) => {
    await through("menu");
    return importOriginal();
  });
  vi.doMock("../src/react/confirm-status-dialog", async (importOriginal) => {
    await through("dialog");
    return importOriginal();
  });
}

beforeEach(() => {
  freshRegistry();
  idle = [];
  Object.defineProperty(window, "requestIdleCallback", {
    configurable: true,
    value: vi.fn((callback: () => void) => {
      idle.push(callback);
      return idle.length;
    }),
  });
});

/** The on-demand modules of the test's registry, once rendered. */
let onDemand: readonly { readonly load: () => Promise<unknown> }[] = [];

afterEach(async () => {
  gates.menu?.release();
  gates.dialog?.release();
  // No download of this registry may still be on its way when the next test's registry starts: the
  // module loader would hand the next test this one's import of the same file.
  await Promise.allSettled(onDemand.map((module) => module.load()));
  onDemand = [];
  Reflect.deleteProperty(window, "requestIdleCallback");
  vi.restoreAllMocks();
});

/** The kit from this test's fresh registry: the table (with its row menus), the confirm modal and a live region. */
async function renderTable() {
  const [{ createMemoryAdapter, generateSeed }, { createRosterStore }, { statusChangeMachine }, { RosterProvider }, { UsersTable }, { ConfirmStatusModal, confirmStatusDialog }, { LiveRegion }, { memberActionsContent }] =
    await Promise.all([
      import("../src/adapters"),
      import("../src/core/store"),
      import("../src/core/status-change.machine"),
      import("../src/react/provider"),
      import("../src/react/users-table"),
      import("../src/react/confirm-status-modal"),
      import("../src/react/live-region"),
      import("../src/react/member-actions-menu"),
    ]);
  onDemand = [memberActionsContent, confirmStatusDialog];
  const dataset = generateSeed({ members: 20 });
  const adapter = createMemoryAdapter({ dataset, actorId: SEED_USERS.superAdmin });
  const store = createRosterStore({ adapter, actor: adapter.backend.actorFor(SEED_USERS.superAdmin), scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }, machines: [statusChangeMachine] });
  render(
    <RosterProvider store={store}>
      <LiveRegion />
      <UsersTable onOpenDetails={() => undefined} />
      <ConfirmStatusModal />
    </RosterProvider>,
  );
  await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  const name = dataset.users.find((user) => user.id === SEED_USERS.endUser)?.name ?? "";
  return { store, memberActionsContent, name };
}

const liveRegion = (): HTMLElement => {
  const region = document.querySelector<HTMLElement>('[data-scope="live-region"]');
  if (region === null) throw new Error("No live region.");
  return region;
};

describe("the row menu and the confirm modal load on demand (issue 11)", () => {
  it("R24: the rows' triggers are plain buttons; the menu and the confirm dialog are prefetched together once the page is idle, once per page", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { name } = await renderTable();
    const trigger = await table.rowMenuTrigger(name);
    expect(trigger).toHaveAttribute("aria-haspopup", "menu");
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect(trigger).toHaveAttribute("data-state", "closed");
    expect(trigger).toHaveClass("rk-member-actions__trigger", { exact: true });
    expect(screen.getAllByRole("button", { name: /^Actions for / }).length).toBeGreaterThan(5);
    // Every row and the modal asked, and the page scheduled one idle prefetch; nothing downloads before it runs.
    expect(window.requestIdleCallback).toHaveBeenCalledTimes(1);
    expect([gates.menu?.started, gates.dialog?.started]).toEqual([false, false]);
    act(() => idle.forEach((run) => run()));
    await waitFor(() => expect([gates.menu?.started, gates.dialog?.started]).toEqual([true, true]), DOWNLOAD_ASKED);
  });

  it.each(["focus", "pointer"] as const)("R24: %s on a trigger prefetches the menu's body (not yet the dialog)", async (via) => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { name } = await renderTable();
    const trigger = await table.rowMenuTrigger(name);
    if (via === "focus") act(() => trigger.focus());
    else await user.hover(trigger);
    await waitFor(() => expect(gates.menu?.started).toBe(true), DOWNLOAD_ASKED);
    expect(gates.dialog?.started).toBe(false);
  });

  it("R24: Enter before the menu is there is remembered: the trigger is busy and keeps focus, the wait is announced, and the menu opens once loaded with focus on its first item", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { name } = await renderTable();
    const trigger = await table.rowMenuTrigger(name);
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    const busy = await table.rowMenuTrigger(name);
    expect(busy).toHaveFocus();
    expect(busy).toHaveAttribute("aria-busy", "true");
    expect(busy).toHaveAttribute("data-state", "loading");
    expect(busy).toHaveAttribute("aria-expanded", "false");
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Opening the actions menu…"));
    expect(screen.queryByRole("menu")).toBeNull();
    gates.menu?.release();
    await rowMenu.waitForFirstItemFocused();
    expect(await rowMenu.item("View details")).toHaveFocus();
    expect(await table.rowMenuTrigger(name)).toHaveAttribute("aria-expanded", "true");
  });

  it("R24: a pointer press before the menu is there opens it once loaded; Escape on the trigger while it waits takes the opening back, and the Radix trigger that replaces the stand-in keeps the focus", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { name } = await renderTable();
    await user.click(await table.rowMenuTrigger(name));
    expect(await table.rowMenuTrigger(name)).toHaveAttribute("aria-busy", "true");
    gates.menu?.release();
    await rowMenu.element();
    await rowMenu.close();
    gates.dialog?.release();
    await Promise.allSettled(onDemand.map((module) => module.load()));

    // A second table row, in a fresh page: press by keyboard, then Escape while it waits.
    cleanup();
    freshRegistry();
    const again = await renderTable();
    const trigger = await table.rowMenuTrigger(again.name);
    act(() => trigger.focus());
    await user.keyboard("{ArrowDown}");
    await user.keyboard("{Escape}");
    const standIn = await table.rowMenuTrigger(again.name);
    expect(standIn).toHaveAttribute("data-state", "closed");
    expect(standIn).not.toHaveAttribute("aria-busy");
    expect(standIn).toHaveFocus();
    gates.menu?.release();
    // Radix's trigger (it gives its trigger an id) stands where the stand-in was, with the focus, closed.
    await waitFor(async () => expect((await table.rowMenuTrigger(again.name)).id).not.toBe(""));
    const radixTrigger = await table.rowMenuTrigger(again.name);
    expect(radixTrigger).toHaveFocus();
    expect(screen.queryByRole("menu")).toBeNull();
    await user.keyboard("{ArrowDown}");
    await rowMenu.waitForFirstItemFocused();
  });

  it("R24: a failed download shows the part's error with Try again in place of the trigger; Try again downloads it again and opens the menu", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { name, memberActionsContent } = await renderTable();
    vi.spyOn(memberActionsContent, "load").mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"));
    const trigger = await table.rowMenuTrigger(name);
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The actions menu could not be shown because of an error. The rest of the page still works.");
    const retry = screen.getByRole("button", { name: "Try again" });
    // The trigger that had focus went with the failed part: focus is on Try again.
    expect(retry).toHaveFocus();
    gates.menu?.release();
    await user.keyboard("{Enter}");
    await rowMenu.waitForFirstItemFocused();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("R20, R21: a confirmation asked for before the dialog is there shows the overlay and a loading note (announced); the dialog opens in its place once loaded, Cancel focused, and Cancel gives focus back to the row's trigger", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { name } = await renderTable();
    gates.menu?.release();
    await table.chooseRowAction(name, "Archive user", { via: "keyboard" });
    expect(gates.dialog?.started).toBe(true);
    const pending = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('[data-scope="confirm-status"][data-part="pending"]');
      if (element === null) throw new Error("No pending note.");
      return element;
    });
    expect(pending).toHaveTextContent("Loading the confirmation dialog…");
    expect(document.querySelector('[data-scope="confirm-status"][data-part="overlay"]')).not.toBeNull();
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Loading the confirmation dialog…"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    gates.dialog?.release();
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveAccessibleName(`Archive ${name}?`);
    await waitFor(() => expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus());
    expect(document.querySelector('[data-part="pending"]')).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(async () => expect(await table.rowMenuTrigger(name)).toHaveFocus());
  });
});

import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { RosterErrorBoundary } from "../src/react/error-boundary";
import { lazyModule, useLazyModule } from "../src/react/lazy-module";
import { RosterProvider } from "../src/react/provider";
import type { UsersTableProps } from "../src/react/users-table";
import { UsersTable } from "../src/react/users-table";

/**
 * Issue 11, the users table's first paint: no selection checkbox until selection is on ("Select", a
 * toggle button), and the bulk actions and the export dialog downloaded the first time they are asked
 * for. This file imports neither `users-table-bulk` nor `export-members`, and the first asks below use
 * events without pointer or focus (no prefetch), so each pending state proves its module was not loaded
 * by the first render. Module state lasts for the file: the first test is the first ask of each part.
 */

function setup(props: UsersTableProps = {}, actorId: string = SEED_USERS.superAdmin) {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId });
  render(
    <RosterProvider adapter={adapter} actor={adapter.backend.actorFor(actorId)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
      <UsersTable {...props} />
    </RosterProvider>,
  );
}

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-scope="live-region"]');
  if (!region) throw new Error("no live region");
  return region;
}

async function firstRowMenu(): Promise<HTMLElement> {
  const [menu] = await screen.findAllByRole("button", { name: /^Actions for / }, { timeout: 3000 });
  if (!menu) throw new Error("no row menu");
  return menu;
}

describe("the users table's bulk actions and export load on demand", () => {
  it("R25: with selection always on, the first checkbox pressed shows the bulk actions' pending state, then the selection bar", async () => {
    setup({ selection: "always" });
    await firstRowMenu();
    expect(screen.queryByRole("button", { name: "Select" })).toBeNull();
    const [checkbox] = screen.getAllByRole("checkbox", { name: /^Select (?!every)/ });
    if (!checkbox) throw new Error("no row checkbox");
    fireEvent.click(checkbox);
    expect(screen.getByText("Loading the bulk actions…")).toHaveAttribute("role", "status");
    expect(await screen.findByText("1 selected")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Archive selected" })).toBeInTheDocument();
    expect(screen.queryByText("Loading the bulk actions…")).toBeNull();
  });

  it("R25: 'Export CSV' is busy and says the export is opening while the dialog downloads, then the dialog opens with focus in it and gives it back", async () => {
    setup();
    await firstRowMenu();
    const trigger = screen.getByRole("button", { name: "Export CSV" });
    expect(trigger).toHaveAttribute("aria-haspopup", "dialog");
    expect(trigger).not.toHaveAttribute("aria-controls");
    fireEvent.click(trigger);
    expect(trigger).toHaveAttribute("aria-busy", "true");
    expect(trigger).toHaveAccessibleDescription("Opening the CSV export…");
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Opening the CSV export…"));
    const dialog = await screen.findByRole("dialog", { name: "Export members as CSV" });
    await waitFor(() => expect(within(dialog).getByRole("checkbox", { name: "Name" })).toHaveFocus());
    fireEvent.keyDown(document.activeElement ?? dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const own = screen.getByRole("button", { name: "Export CSV" });
    expect(own).toHaveFocus();
    expect(own).not.toHaveAttribute("aria-busy");
  });
});

describe("selection mode", () => {
  it("R25: no checkbox until 'Select' (a toggle button) is pressed; on, each row and the header get one, announced; off clears the selection and is announced", async () => {
    const user = userEvent.setup();
    setup();
    await firstRowMenu();
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(document.querySelector('[data-column="select"]')).toBeNull();
    const toggle = screen.getByRole("button", { name: "Select", pressed: false });

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(toggle).toHaveFocus();
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Selection on: each row now has a checkbox."));
    expect(screen.getByRole("checkbox", { name: "Select every member on this page" })).toBeInTheDocument();
    const rows = screen.getAllByRole("row").filter((row) => row.hasAttribute("data-member-id"));
    for (const row of rows) expect(within(row).getByRole("checkbox")).toHaveAccessibleName(/^Select /);
    await user.click(within(rows[0] as HTMLElement).getByRole("checkbox"));
    expect(await screen.findByText("1 selected")).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Selection off."));
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(screen.queryByText("1 selected")).toBeNull();
    expect(rows[0]).not.toHaveAttribute("data-selected");
    // On again: nothing is still selected from before.
    await user.click(toggle);
    expect(screen.getAllByRole("checkbox").length).toBe(rows.length + 1);
    expect(screen.queryAllByRole("checkbox", { checked: true })).toEqual([]);
  });

  it("R3, R25: once a bulk change's report is closed, the selection is cleared and focus goes to Select (the bulk button is gone)", async () => {
    const user = userEvent.setup();
    setup();
    await firstRowMenu();
    await user.click(screen.getByRole("button", { name: "Select" }));
    const [checkbox] = await screen.findAllByRole("checkbox", { name: /^Select (?!every)/ });
    if (!checkbox) throw new Error("no row checkbox");
    await user.click(checkbox);
    await user.click(await screen.findByRole("button", { name: "Archive selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Archive 1 member?" });
    await user.click(within(dialog).getByRole("button", { name: "Archive 1 member" }));
    await user.click(await within(dialog).findByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.queryByText("1 selected")).toBeNull();
    await waitFor(() => expect(screen.getByRole("button", { name: "Select", pressed: true })).toHaveFocus());
  });

  it("R25: the toggle works from the keyboard (Space and Enter)", async () => {
    const user = userEvent.setup();
    setup();
    await firstRowMenu();
    const toggle = screen.getByRole("button", { name: "Select" });
    act(() => toggle.focus());
    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  it("R1, R25: selection='off' offers neither the toggle nor checkboxes", async () => {
    setup({ selection: "off" });
    await firstRowMenu();
    expect(screen.queryByRole("button", { name: "Select" })).toBeNull();
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
  });
});

describe("a table part whose download fails", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("R25: the export and bulk parts say which part failed, with Try again", async () => {
    const part = lazyModule<() => null>(() => Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
    function Part(): null {
      useLazyModule(part, true);
      return null;
    }
    // React reports the caught error on the console.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 2 }), actorId: SEED_USERS.superAdmin });
    render(
      <RosterProvider adapter={adapter} actor={adapter.backend.actorFor(SEED_USERS.superAdmin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
        <RosterErrorBoundary part="export">
          <Part />
        </RosterErrorBoundary>
        <RosterErrorBoundary part="bulk">
          <Part />
        </RosterErrorBoundary>
      </RosterProvider>,
    );
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      expect.stringContaining("The CSV export could not be shown because of an error."),
      expect.stringContaining("The bulk actions could not be shown because of an error."),
    ]);
    for (const alert of alerts) expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});

import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { ExportMembersParams, RosterAdapter } from "../src/core/adapter.types";
import { RosterError } from "../src/core/errors";
import { countCsvRows, exportFileName, exportMachine } from "../src/core/export.machine";
import type { RosterSnapshotWith, RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";
import { parseCsv } from "../src/testing/csv-records";
import { spyOnAdapter } from "./support/adapter-spy";
import type { CaughtDownload } from "./support/downloads";
import { catchDownloads } from "./support/downloads";

/**
 * The users table's "Export CSV" (R25): the columns chosen in its dialog (and remembered), the list's
 * current view (search, filters, sort, scope) over every page, progress, errors kept for a retry, and the
 * file named after the workspace and the day. The test catches the default download: it replaces
 * `URL.createObjectURL` and the link's click, and reads the blob the kit hands the browser.
 */

/** The machines the stores of these tests run from the start, so that tests read their states. */
const MACHINES = [exportMachine] as const;

interface Setup {
  readonly store: RosterStore<RosterSnapshotWith<typeof MACHINES>>;
  readonly calls: ExportMembersParams[];
  readonly files: readonly CaughtDownload[];
}

const STORAGE_KEY = "rosterkit:export-columns";

function setup(options: { readonly exportMembers?: (params: ExportMembersParams, real: NonNullable<RosterAdapter["exportMembers"]>) => Promise<ReadableStream<Uint8Array>>; readonly pageSize?: number } = {}): Setup {
  const dataset = generateSeed({ members: 40 });
  const memory = createMemoryAdapter({ dataset, actorId: SEED_USERS.superAdmin });
  const { adapter, calls } = spyOnAdapter(memory, "exportMembers", options.exportMembers ? { answer: options.exportMembers } : {});
  const store = createRosterStore({
    adapter,
    actor: memory.backend.actorFor(SEED_USERS.superAdmin),
    scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
    pageSize: options.pageSize ?? 10,
    now: () => new Date("2026-12-06T09:30:00Z"),
    machines: MACHINES,
  });
  const files = catchDownloads();
  render(
    <RosterProvider store={store}>
      <main>
        <UsersTable searchDebounceMs={0} />
      </main>
    </RosterProvider>,
  );
  return { store, calls, files };
}

async function ready(store: RosterStore): Promise<void> {
  await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  await waitFor(() => expect(store.getSnapshot().workspaces.status).toBe("ready"));
}

function checkbox(dialog: HTMLElement, name: string): HTMLInputElement {
  return within(dialog).getByRole("checkbox", { name }) as HTMLInputElement;
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe("ExportMembers", () => {
  it("R25: exports the current view (search, status filter, sort) across every page, in the columns chosen", async () => {
    const user = userEvent.setup();
    const { store, calls, files } = setup({ pageSize: 5 });
    await ready(store);
    store.send({ type: "LIST.FILTER_STATUS", statuses: ["active"] });
    store.send({ type: "LIST.SORT", sort: { field: "email", direction: "desc" } });
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    const shownPerPage = store.getSnapshot().rows.length;
    const matching = store.getSnapshot().rowCount ?? 0;
    expect(matching).toBeGreaterThan(shownPerPage); // more than one page: the export must read them all

    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const dialog = await screen.findByRole("dialog", { name: "Export members as CSV" });
    expect(within(dialog).getByText(/matches the current search and filters/)).toBeTruthy();
    for (const name of ["Groups", "Invited", "Last active", "All metadata (JSON)", "Role"]) await user.click(checkbox(dialog, name));
    await user.click(within(dialog).getByRole("button", { name: "Export" }));

    await waitFor(() => expect(files).toHaveLength(1));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
      search: "",
      statuses: ["active"],
      sort: { field: "email", direction: "desc" },
      columns: ["name", "email", "status"],
    });
    await waitFor(() => expect(files[0]?.text).not.toBe(""));
    const file = files[0] as CaughtDownload;
    const workspace = store.getSnapshot().workspaces.data.find((candidate) => candidate.id === SEED_FIRST_WORKSPACE);
    expect(file.name).toBe(exportFileName({ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }, workspace?.name, new Date("2026-12-06T09:30:00Z")));
    expect(file.name).toMatch(/-members-2026-12-06\.csv$/);
    const [header, ...rows] = parseCsv(file.text.replace(/^\uFEFF/, ""));
    expect(header).toEqual(["name", "email", "status"]);
    expect(rows).toHaveLength(matching);
    expect(rows.every((row) => row[2] === "active")).toBe(true);
    const emails = rows.map((row) => row[1] ?? "");
    expect(emails).toEqual([...emails].sort().reverse());
    expect(await within(dialog).findByRole("status")).toHaveTextContent(`${matching} members exported to ${file.name}.`);
  });

  it("R25: remembers the columns chosen, and refuses an export without any column", async () => {
    const user = userEvent.setup();
    const { store, calls } = setup();
    await ready(store);
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    let dialog = await screen.findByRole("dialog");
    for (const box of within(dialog).getAllByRole("checkbox")) if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Choose at least one column.");
    expect(calls).toHaveLength(0);

    await user.click(checkbox(dialog, "Email"));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null")).toEqual(["email"]);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    dialog = await screen.findByRole("dialog");
    expect(checkbox(dialog, "Email").checked).toBe(true);
    expect(checkbox(dialog, "Name").checked).toBe(false);
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it("R25: a choice made in \"All users\" keeps the workspace's own columns (role, groups) as they were chosen", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await ready(store);
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    let dialog = await screen.findByRole("dialog");
    await user.click(checkbox(dialog, "Groups"));
    await user.keyboard("{Escape}");
    store.send({ type: "SCOPE.SET", scope: { kind: "instance" } });
    await waitFor(() => expect(store.getSnapshot().list.scope.kind).toBe("instance"));
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    dialog = await screen.findByRole("dialog");
    expect(within(dialog).queryByRole("checkbox", { name: "Groups" })).toBeNull();
    await user.click(checkbox(dialog, "Email"));
    await user.keyboard("{Escape}");
    store.send({ type: "SCOPE.SET", scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } });
    await waitFor(() => expect(store.getSnapshot().list.scope.kind).toBe("workspace"));
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    dialog = await screen.findByRole("dialog");
    expect([checkbox(dialog, "Role").checked, checkbox(dialog, "Groups").checked, checkbox(dialog, "Email").checked]).toEqual([true, false, false]);
  });

  it("R25: a failed export says why and keeps the choice; trying again exports the same view", async () => {
    const user = userEvent.setup();
    let failures = 1;
    const { store, calls, files } = setup({
      exportMembers: (params, real) => {
        if (failures > 0) {
          failures -= 1;
          return Promise.reject(new RosterError("network", "offline"));
        }
        return real(params);
      },
    });
    await ready(store);
    store.send({ type: "LIST.SEARCH", search: "a" });
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(checkbox(dialog, "Groups"));
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/^The export failed: The server could not be reached\..*try again\.$/);
    expect(checkbox(dialog, "Groups").checked).toBe(false);
    expect(files).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ ...calls[0], signal: calls[1]?.signal });
    expect(calls[1]?.search).toBe("a");
    expect(calls[1]?.columns).not.toContain("groups");
  });

  it("R25: shows the rows read so far while exporting, and stops on request", async () => {
    const user = userEvent.setup();
    const encoder = new TextEncoder();
    let push: ((text: string) => void) | null = null;
    let cancelled = false;
    const { store } = setup({
      exportMembers: () =>
        Promise.resolve(
          new ReadableStream<Uint8Array>({
            start(controller) {
              push = (text) => controller.enqueue(encoder.encode(text));
            },
            cancel() {
              cancelled = true;
            },
          }),
        ),
    });
    await ready(store);
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(push).not.toBeNull());
    (push as unknown as (text: string) => void)('\uFEFFname,email\r\n"Ada\r\nLovelace",ada@example.com\r\nBob,bob@example.com\r\n');
    expect(await within(dialog).findByText("Exporting… 2 members so far")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Export" })).toHaveProperty("disabled", true);
    await user.click(within(dialog).getByRole("button", { name: "Stop export" }));
    await waitFor(() => expect(cancelled).toBe(true));
    expect(store.getSnapshot().export.status).toBe("idle");
    expect(within(dialog).getByRole("button", { name: "Export" })).toHaveProperty("disabled", false);
  });

  it("R25: the dialog is modal without writing to the page; Escape or a press outside closes it, focus back on the button before it goes; an export under way stays open", async () => {
    const user = userEvent.setup();
    let push: ((text: string) => void) | null = null;
    const { store } = setup({
      exportMembers: () =>
        Promise.resolve(
          new ReadableStream<Uint8Array>({
            start(controller) {
              push = (text) => controller.enqueue(new TextEncoder().encode(text));
            },
          }),
        ),
    });
    await ready(store);
    const trigger = screen.getByRole("button", { name: "Export CSV" });
    const search = screen.getByRole("searchbox", { name: "Search members" });
    let searchClicks = 0;
    search.addEventListener("click", () => (searchClicks += 1));
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Export members as CSV" });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));

    // Modal for assistive technology (the page around it hidden), and nothing written to <body>, whose
    // style and attributes the whole page inherits.
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(document.body.attributes).toHaveLength(0);
    // Focus sent outside comes back; Tab goes round inside; the wheel outside does not scroll the page.
    act(() => search.focus());
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let press = 0; press < 12; press += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    const wheel = new WheelEvent("wheel", { bubbles: true, cancelable: true, deltaY: 120 });
    search.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);

    // A press outside reaches nothing under the dialog and closes it; focus is on the button while the dialog is still there.
    let dialogThereOnReturn: boolean | null = null;
    trigger.addEventListener("focus", () => (dialogThereOnReturn ??= dialog.isConnected), { once: true });
    await user.click(search);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(searchClicks).toBe(0);
    expect(trigger).toHaveFocus();
    expect(dialogThereOnReturn).toBe(true);

    // Escape closes it too, focus back on the button.
    await user.click(trigger);
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();

    // While an export is under way neither Escape nor a press outside closes it; Stop does, then Cancel closes.
    await user.click(trigger);
    const exporting = await screen.findByRole("dialog");
    await user.click(within(exporting).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(push).not.toBeNull());
    await user.keyboard("{Escape}");
    await user.click(search);
    expect(exporting).toBeInTheDocument();
    expect(searchClicks).toBe(0);
    await user.click(within(exporting).getByRole("button", { name: "Stop export" }));
    await user.click(within(exporting).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();
    await user.click(search);
    expect(searchClicks).toBe(1);
  });
});

describe("export helpers", () => {
  it("R25: counts rows by line feeds outside quotes, across chunks", () => {
    const first = countCsvRows(new TextEncoder().encode('a,"b\n'), false);
    expect(first).toEqual({ rows: 0, inQuotes: true });
    expect(countCsvRows(new TextEncoder().encode('c ""d""",e\r\nf\r\n'), first.inQuotes)).toEqual({ rows: 2, inQuotes: false });
  });

  it("R25: names the file after the workspace (or all users) and the day", () => {
    const at = new Date("2026-01-02T23:59:00Z");
    expect(exportFileName({ kind: "workspace", workspaceId: "ws-1" }, "Équipe Nord / Ops", at)).toBe("equipe-nord-ops-members-2026-01-02.csv");
    expect(exportFileName({ kind: "workspace", workspaceId: "ws-1" }, undefined, at)).toBe("ws-1-members-2026-01-02.csv");
    expect(exportFileName({ kind: "instance" }, undefined, at)).toBe("all-users-2026-01-02.csv");
  });
});

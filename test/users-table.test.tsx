import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { AdapterCapabilities, ListMembersParams, ListMembersResult } from "../src/core/adapter.types";
import type { RosterConfigInput } from "../src/core/config";
import type { RosterDataset, Scope } from "../src/core/domain.types";
import { RosterError } from "../src/core/errors";
import type { RosterSnapshotWith, RosterStore } from "../src/core/store";
import { bulkStatusMachine } from "../src/core/bulk-status.machine";
import { statusChangeMachine } from "../src/core/status-change.machine";
import { createRosterStore } from "../src/core/store";
import { formatDate } from "../src/react/format";
import { defaultMessages } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";
import type { UsersTableProps } from "../src/react/users-table";
import { UsersTable } from "../src/react/users-table";
import type { UsersTablePage } from "../src/testing/page-objects/users-table-page";
import { spyOnAdapter } from "./support/adapter-spy";
import { rosterPages } from "./support/pages";

interface SetupOptions {
  readonly actorId?: string;
  readonly config?: RosterConfigInput;
  readonly scope?: Scope;
  readonly pageSize?: number;
  readonly members?: number;
  readonly capabilities?: Partial<AdapterCapabilities>;
  /** Replaces `listMembers`; receives the real one. */
  readonly listMembers?: (params: ListMembersParams, real: (params: ListMembersParams) => Promise<ListMembersResult>) => Promise<ListMembersResult>;
  readonly props?: UsersTableProps;
  readonly waitReady?: boolean;
}

/** The machines the stores of these tests run from the start, so that tests read their states. */
const MACHINES = [statusChangeMachine, bulkStatusMachine] as const;

interface Setup {
  readonly store: RosterStore<RosterSnapshotWith<typeof MACHINES>>;
  /** The users table's page object, to find rows and read them. */
  readonly table: UsersTablePage<HTMLElement>;
  readonly dataset: RosterDataset;
  readonly calls: ListMembersParams[];
  readonly nameOf: (userId: string) => string;
}

async function setup(options: SetupOptions = {}): Promise<Setup> {
  const config = options.config ?? {};
  const dataset = generateSeed({ members: options.members ?? 30, lifecycle: config.lifecycle ?? "archive" });
  const actorId = options.actorId ?? SEED_USERS.superAdmin;
  const memory = createMemoryAdapter({ dataset, actorId, config });
  const capabilities = { ...memory.capabilities, ...options.capabilities };
  const { adapter, calls } = spyOnAdapter(memory, "listMembers", { capabilities, ...(options.listMembers ? { answer: options.listMembers } : {}) });
  const store = createRosterStore({
    adapter,
    actor: memory.backend.actorFor(actorId),
    config,
    scope: options.scope ?? { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    machines: MACHINES,
  });
  const users = new Map(dataset.users.map((user) => [user.id, user]));
  render(
    <RosterProvider store={store}>
      <main>
        <UsersTable {...options.props} />
      </main>
    </RosterProvider>,
  );
  if (options.waitReady ?? true) await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  return { store, table: rosterPages(userEvent.setup()).table, dataset, calls, nameOf: (userId) => users.get(userId)?.name ?? userId };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("UsersTable", () => {
  it("R23: shows members with name, email, role, status badge text and dates; the actor's row says You, super admins are marked", async () => {
    const { nameOf, store, table } = await setup({ pageSize: 50 });
    const self = await table.row(nameOf(SEED_USERS.superAdmin));
    expect(within(self).getByText("You")).toHaveAttribute("data-part", "you-marker");
    expect(within(self).getByText("Super admin")).toHaveAttribute("data-part", "super-admin-marker");
    const endUser = await table.row(nameOf(SEED_USERS.endUser));
    expect(within(endUser).queryByText("You")).toBeNull();
    expect(within(endUser).getByText("End user")).toBeInTheDocument();
    expect(within(endUser).getByText("Active")).toHaveAttribute("data-part", "label");
    expect(within(await table.row(nameOf(SEED_USERS.invited))).getByText("Invited")).toBeInTheDocument();
    expect(within(await table.row(nameOf(SEED_USERS.stopped))).getByText("Archived")).toBeInTheDocument();
    const member = store.getSnapshot().members.get(SEED_USERS.endUser);
    // issue 11: one <time> per row, last active's (with its exact time as a tooltip); the invitation's day is text.
    expect(endUser.querySelectorAll("time")).toHaveLength(member?.lastActiveAt ? 1 : 0);
    if (member?.lastActiveAt) expect(endUser.querySelector("time")).toHaveAttribute("dateTime", member.lastActiveAt);
    expect(endUser.querySelector('[data-column="invitedAt"]')?.textContent).toBe(formatDate(member?.invitedAt ?? ""));
    // issue 11: no checkbox column until selection is turned on.
    expect(within(await table.element()).getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      "Name",
      "Role",
      "Groups",
      "Status",
      "Invited",
      "Last active",
      "Actions",
    ]);
    expect(await table.element()).toHaveAttribute("aria-rowcount", String((await table.rows()).length + 1));
    expect((await table.rows())[0]).toHaveAttribute("aria-rowindex", "2");
  });

  it("shows group chips and '+N more' with the hidden groups' names available to screen readers", async () => {
    const { dataset, nameOf, table } = await setup({ pageSize: 50, props: { visibleGroups: 1 } });
    const membership = dataset.memberships.find((candidate) => candidate.workspaceId === SEED_FIRST_WORKSPACE && candidate.groups.length >= 2);
    expect(membership).toBeDefined();
    if (!membership) return;
    const names = membership.groups.map((id) => dataset.groups.find((group) => group.id === id)?.name ?? id);
    const groups = within(await table.row(nameOf(membership.userId))).getByRole("list", { name: `Groups of ${nameOf(membership.userId)}` });
    expect(within(groups).getByText(names[0] ?? "")).toHaveAttribute("data-part", "group-chip");
    const more = groups.querySelector('[data-part="group-more"]');
    expect(more).toHaveTextContent(`+${names.length - 1} more`);
    expect(more).toHaveTextContent(names.slice(1).join(""));
    expect(more?.querySelector("[data-visually-hidden]")).toHaveTextContent(`+${names.length - 1} more: ${names[1] ?? ""}`);
  });

  it("R25: search is debounced, keeps what is typed and goes to the server", async () => {
    const user = userEvent.setup();
    const { calls, store, nameOf, table } = await setup();
    const before = calls.length;
    const input = screen.getByRole("searchbox", { name: "Search members" });
    const target = nameOf(SEED_USERS.endUser);
    await user.type(input, target);
    expect(input).toHaveValue(target);
    // Typing did not send a request per key.
    expect(calls.filter((call) => call.search !== "").length).toBeLessThanOrEqual(1);
    await waitFor(() => expect(calls.some((call) => call.search === target)).toBe(true));
    expect(calls.slice(before).filter((call) => call.search !== "" && call.search !== target)).toHaveLength(0);
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    expect((await table.rows()).length).toBeGreaterThan(0);
    expect(within(await table.element()).getAllByText(target).length).toBeGreaterThan(0);
    expect(input).toHaveValue(target);
  });

  it("R25: filters by status and role on the server", async () => {
    const user = userEvent.setup();
    const { calls, store, table } = await setup({ pageSize: 50 });
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "archived");
    await waitFor(() => expect(calls.at(-1)?.statuses).toEqual(["archived"]));
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    expect((await table.rows()).length).toBeGreaterThan(0);
    for (const row of await table.rows()) expect(row).toHaveAttribute("data-status", "archived");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Role" }), "admin");
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ roles: ["admin"], statuses: [] }));
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    for (const row of await table.rows()) expect(row).toHaveTextContent("Admin");
  });

  it("R25: sorts through header buttons with aria-sort on the header cell, by mouse and keyboard", async () => {
    const user = userEvent.setup();
    const { calls, store, table } = await setup();
    const element = await table.element();
    const header = (name: string) => within(element).getByRole("columnheader", { name: new RegExp(`^${name}`) });
    expect(header("Name")).toHaveAttribute("aria-sort", "ascending");
    expect(header("Status")).toHaveAttribute("aria-sort", "none");
    expect(header("Groups")).not.toHaveAttribute("aria-sort");
    await user.click(within(header("Status")).getByRole("button", { name: "Status" }));
    await waitFor(() => expect(header("Status")).toHaveAttribute("aria-sort", "ascending"));
    expect(header("Name")).toHaveAttribute("aria-sort", "none");
    expect(calls.at(-1)?.sort).toEqual({ field: "status", direction: "asc" });
    within(header("Status")).getByRole("button", { name: "Status" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(header("Status")).toHaveAttribute("aria-sort", "descending"));
    expect(calls.at(-1)?.sort).toEqual({ field: "status", direction: "desc" });
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  });

  it("R25: search, filters and sorts the server cannot do are disabled with the reason, never applied to one page", async () => {
    const user = userEvent.setup();
    const { calls, table } = await setup({ capabilities: { search: false, filterByStatus: false, sortFields: ["name"] } });
    const input = screen.getByRole("searchbox", { name: "Search members" });
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription(/The server cannot search/);
    expect(screen.getByRole("combobox", { name: "Status" })).toBeDisabled();
    expect(screen.getByRole("combobox", { name: "Status" })).toHaveAccessibleDescription(/cannot filter by status/);
    expect(screen.getByRole("combobox", { name: "Role" })).toBeEnabled();
    const statusSort = within(within(await table.element()).getByRole("columnheader", { name: /^Status/ })).getByRole("button", { name: "Status" });
    expect(statusSort).toHaveAttribute("aria-disabled", "true");
    expect(statusSort).toHaveAccessibleDescription(/cannot sort by this column/);
    const count = calls.length;
    await user.click(statusSort);
    expect(calls.length).toBe(count);
  });

  it("R25: pages on the server with previous and next", async () => {
    const user = userEvent.setup();
    const { calls, store, table } = await setup({ pageSize: 10 });
    const total = store.getSnapshot().rowCount ?? 0;
    expect(total).toBeGreaterThan(10);
    const nav = screen.getByRole("navigation", { name: "Pagination" });
    expect(nav).toHaveTextContent(`1–10 of ${total}`);
    expect(within(nav).getByRole("button", { name: "Previous page" })).toBeDisabled();
    const first = (await table.rows())[0]?.getAttribute("data-member-id");
    await user.click(within(nav).getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(nav).toHaveTextContent(`11–${Math.min(20, total)} of ${total}`));
    expect(calls.at(-1)?.page).toEqual({ kind: "offset", offset: 10, limit: 10 });
    expect((await table.rows())[0]?.getAttribute("data-member-id")).not.toBe(first);
    within(nav).getByRole("button", { name: "Previous page" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(nav).toHaveTextContent(`1–10 of ${total}`));
  });

  it("R25: pages by cursor when the server does", async () => {
    const user = userEvent.setup();
    const { calls } = await setup({ pageSize: 10, capabilities: { pagination: "cursor" } });
    const nav = screen.getByRole("navigation", { name: "Pagination" });
    await user.click(within(nav).getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(calls.at(-1)?.page).toMatchObject({ kind: "cursor", limit: 10 }));
    expect(calls.at(-1)?.page.kind === "cursor" && calls.at(-1)?.page).toHaveProperty("cursor", expect.any(String));
  });

  it("shows a loading state with aria-busy, and keeps the previous rows visible while reloading", async () => {
    let gate: ReturnType<typeof deferred<void>> | null = deferred<void>();
    const { store, table } = await setup({
      waitReady: false,
      listMembers: async (params, real) => {
        if (gate) await gate.promise;
        return real(params);
      },
    });
    expect(await table.element()).toHaveAttribute("aria-busy", "true");
    expect(screen.getByText("Loading members…")).toBeInTheDocument();
    gate.resolve();
    gate = null;
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    expect(await table.element()).toHaveAttribute("aria-busy", "false");
    const shown = (await table.rows()).length;
    gate = deferred<void>();
    act(() => store.send({ type: "LIST.FILTER_STATUS", statuses: ["active"] }));
    await waitFor(async () => expect(await table.element()).toHaveAttribute("aria-busy", "true"));
    expect(await table.rows()).toHaveLength(shown);
    expect(screen.getByRole("table").closest('[data-part="root"]')).toHaveAttribute("data-state", "loading");
    gate.resolve();
    await waitFor(async () => expect(await table.element()).toHaveAttribute("aria-busy", "false"));
  });

  it("tells 'no members yet' from 'no member matches'", async () => {
    const user = userEvent.setup();
    await setup();
    await user.type(screen.getByRole("searchbox", { name: "Search members" }), "zzzz-nobody");
    expect(await screen.findByText("No members match")).toBeInTheDocument();
    expect(screen.getByText("Try another search or clear the filters.")).toBeInTheDocument();
  });

  it("shows 'no members yet' for an empty workspace", async () => {
    await setup({ listMembers: () => Promise.resolve({ members: [], total: 0, nextCursor: null }) });
    expect(screen.getByText("No members yet")).toBeInTheDocument();
    expect(screen.queryByText("No members match")).toBeNull();
  });

  it("shows an error with a Retry button that loads again", async () => {
    const user = userEvent.setup();
    let fail = true;
    const { store, table } = await setup({
      waitReady: false,
      listMembers: (params, real) => (fail ? Promise.reject(new RosterError("network", "The server could not be reached.")) : real(params)),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Members could not be loaded");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect((await table.rows()).length).toBeGreaterThan(0);
  });

  it("R20: a confirmed status change shows the pending status on the row at once", async () => {
    const { store, nameOf, table } = await setup();
    // Found first: finding waits, and the change must be seen at once.
    const row = await table.row(nameOf(SEED_USERS.endUser));
    act(() => {
      store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.endUser, action: "archive" });
      store.send({ type: "STATUS.CONFIRM" });
    });
    expect(row).toHaveAttribute("data-state", "pending");
    expect(within(row).getByText("Archived")).toBeInTheDocument();
    await waitFor(() => expect(row).toHaveAttribute("data-state", "idle"));
    expect(within(row).getByText("Archived")).toBeInTheDocument();
  });

  it("R3, R20: selects rows and bulk-archives them with one confirmation and per-row results", async () => {
    const user = userEvent.setup();
    const { nameOf, store, table } = await setup({ pageSize: 50 });
    for (const id of [SEED_USERS.endUser, SEED_USERS.invited, SEED_USERS.superAdmin]) await table.selectRow(nameOf(id));
    expect(await table.row(nameOf(SEED_USERS.endUser))).toHaveAttribute("data-selected");
    expect(await screen.findByText("3 selected")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Archive selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Archive 3 members?" });
    await user.click(within(dialog).getByRole("button", { name: "Archive 3 members" }));
    await waitFor(() => expect(store.getSnapshot().bulkStatus.status).toBe("done"));
    const results = within(dialog).getAllByRole("listitem");
    const outcome = (id: string) => results.find((item) => item.getAttribute("data-member-id") === id);
    expect(outcome(SEED_USERS.endUser)).toHaveAttribute("data-outcome", "succeeded");
    expect(outcome(SEED_USERS.endUser)).toHaveTextContent(`${nameOf(SEED_USERS.endUser)}: now archived.`);
    expect(outcome(SEED_USERS.invited)).toHaveAttribute("data-outcome", "succeeded");
    expect(outcome(SEED_USERS.superAdmin)).toHaveAttribute("data-outcome", "refused");
    expect(outcome(SEED_USERS.superAdmin)).toHaveTextContent(/not changed\. You cannot change your own status/);
    expect(within(dialog).getByText("2 changed, 1 refused.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole("status").some((region) => region.textContent === "2 changed, 1 refused.")).toBe(true));
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.queryByText("3 selected")).toBeNull();
    expect(store.getSnapshot().members.get(SEED_USERS.endUser)?.status).toBe("archived");
  });

  it("selects every row of the page with one checkbox, and the deactivate lifecycle offers bulk deactivate", async () => {
    const user = userEvent.setup();
    const { table } = await setup({ pageSize: 10, config: { lifecycle: "deactivate" } });
    await table.turnOnSelection();
    const selectPage = screen.getByRole<HTMLInputElement>("checkbox", { name: "Select every member on this page" });
    await user.click(selectPage);
    expect(await screen.findByText("10 selected")).toBeInTheDocument();
    expect((await table.rows()).every((row) => row.hasAttribute("data-selected"))).toBe(true);
    expect(selectPage).toBeChecked();
    expect(selectPage.indeterminate).toBe(false);
    // One row unselected: the page checkbox is mixed; selecting it again selects the whole page.
    const [first] = await table.rows();
    await user.click(within(first as HTMLElement).getByRole("checkbox"));
    expect(screen.getByText("9 selected")).toBeInTheDocument();
    expect(selectPage).not.toBeChecked();
    expect(selectPage.indeterminate).toBe(true);
    await user.click(selectPage);
    expect(screen.getByText("10 selected")).toBeInTheDocument();
    expect(selectPage.indeterminate).toBe(false);
    await user.click(screen.getByRole("button", { name: "Deactivate selected" }));
    expect(await screen.findByRole("dialog", { name: "Deactivate 10 members?" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("offers no selection to a non-admin (R1)", async () => {
    await setup({ actorId: SEED_USERS.builder });
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.queryByRole("button", { name: "Select" })).toBeNull();
  });

  it("R2: the instance scope shows each user's workspaces instead of role and groups, and instance-level archive", async () => {
    const user = userEvent.setup();
    const { nameOf, store, table } = await setup({ scope: { kind: "instance" }, pageSize: 50 });
    const headers = within(await table.element()).getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers).toContain("Workspaces");
    expect(headers).not.toContain("Role");
    expect(headers).not.toContain("Groups");
    const member = store.getSnapshot().members.get(SEED_USERS.superAdmin);
    const count = member?.memberships.length ?? 0;
    expect(await table.row(nameOf(SEED_USERS.superAdmin))).toHaveTextContent(`${count} workspace`);
    expect(screen.queryByRole("combobox", { name: "Role" })).toBeNull();
    await user.click(screen.getByRole("button", { name: `Actions for ${nameOf(SEED_USERS.endUser)}` }));
    expect(screen.getByRole("menuitem", { name: "Archive from instance" })).toBeInTheDocument();
  });

  it("virtualises long pages: only rows in view are mounted, with aria-rowcount and aria-rowindex; issue 11: react-virtual loads on demand, the viewport saying so meanwhile", async () => {
    const clientHeight = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(function (this: HTMLElement) {
      return this.hasAttribute("data-virtual") ? 400 : 0;
    });
    const offsetHeight = vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
      return this.tagName === "TR" ? 50 : 0;
    });
    const { table } = await setup({ members: 400, pageSize: 150 });
    const total = 150;
    // The first long page of this test file: the virtualised body's module is still downloading.
    const pending = await waitFor(() => {
      const viewport = document.querySelector<HTMLElement>('[data-part="viewport"][data-state="pending"]');
      expect(viewport).not.toBeNull();
      return viewport as HTMLElement;
    });
    expect(pending).toHaveAttribute("data-virtual");
    expect(within(pending).getByRole("table")).toHaveAttribute("aria-busy", "true");
    expect(within(pending).getByText(defaultMessages.table.loading)).toBeVisible();
    expect(within(pending).queryAllByRole("row").filter((row) => row.hasAttribute("data-member-id"))).toEqual([]);
    await waitFor(async () => expect((await table.rows()).length).toBeGreaterThan(0));
    expect(await table.element()).toHaveAttribute("data-virtual");
    expect(await table.element()).toHaveAttribute("aria-rowcount", String(total + 1));
    expect((await table.rows()).length).toBeLessThan(40);
    expect((await table.rows())[0]).toHaveAttribute("aria-rowindex", "2");
    expect((await table.element()).querySelector('[data-part="spacer"]')).toHaveAttribute("aria-hidden", "true");
    expect(document.querySelector('[data-state="pending"]')).toBeNull();
    expect(await table.element()).toHaveAttribute("aria-busy", "false");
    clientHeight.mockRestore();
    offsetHeight.mockRestore();
  });

  it("R23, R25: has no axe violations when loaded, filtered to nothing, and with a selection", async () => {
    const user = userEvent.setup();
    const { nameOf, table } = await setup();
    expect(await axe(document.body)).toHaveNoViolations();
    await table.selectRow(nameOf(SEED_USERS.endUser));
    await screen.findByText("1 selected");
    expect(await axe(document.body)).toHaveNoViolations();
    await user.type(screen.getByRole("searchbox", { name: "Search members" }), "zzzz-nobody");
    await screen.findByText("No members match");
    expect(await axe(document.body)).toHaveNoViolations();
  });
});

import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { AdapterCapabilities, ExportMembersParams } from "../src/core/adapter.types";
import type { Scope } from "../src/core/domain.types";
import type { RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";
import type { MetadataColumn } from "../src/react/users-table-columns";
import { parseCsv } from "../src/testing/csv-records";
import { spyOnAdapter } from "./support/adapter-spy";
import { catchDownloads } from "./support/downloads";

/**
 * Metadata columns of the users table (R25): the host's keys render with their labels and formats, sort on
 * the server when the adapter declares it, say why not when it does not (never sorted over one page), are
 * left out of the list of every user, and are offered by the CSV export.
 */

const COLUMNS: readonly MetadataColumn[] = [
  { key: "department", label: "Department", filterValues: ["Legal", "Product", "Nowhere"] },
  { key: "seniority", label: "Seniority", format: (value) => `Level ${String(value)}` },
];

interface Setup {
  readonly store: RosterStore;
  readonly exports: ExportMembersParams[];
}

function setup(options: { readonly capabilities?: Partial<AdapterCapabilities>; readonly scope?: Scope; readonly withoutMetadata?: boolean } = {}): Setup {
  const dataset = generateSeed({ members: 60 });
  const memory = createMemoryAdapter({ dataset, actorId: SEED_USERS.superAdmin });
  const capabilities: AdapterCapabilities = { ...memory.capabilities, ...options.capabilities };
  if (options.withoutMetadata) delete (capabilities as { metadata?: unknown }).metadata;
  const { adapter, calls: exports } = spyOnAdapter(memory, "exportMembers", { capabilities });
  const store = createRosterStore({
    adapter,
    actor: memory.backend.actorFor(SEED_USERS.superAdmin),
    scope: options.scope ?? { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
    pageSize: 100,
  });
  render(
    <RosterProvider store={store}>
      <main>
        <UsersTable metadataColumns={COLUMNS} />
      </main>
    </RosterProvider>,
  );
  return { store, exports };
}

async function ready(store: RosterStore): Promise<void> {
  await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
}

function columnCells(column: string): string[] {
  return [...document.querySelectorAll<HTMLElement>(`td[data-column="${column}"]`)].map((cell) => cell.textContent ?? "");
}

describe("metadata columns", () => {
  it("R25: shows each metadata key under its label, in its format, and 'Not set' where a member has none", async () => {
    const { store } = setup();
    await ready(store);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: /Department/ })).toBeTruthy();
    expect(within(table).getByRole("columnheader", { name: /Seniority/ })).toBeTruthy();
    const departments = columnCells("metadata.department");
    expect(departments.length).toBe(store.getSnapshot().rows.length);
    const members = store.getSnapshot().rows.map((id) => store.getSnapshot().members.get(id));
    expect(departments).toEqual(members.map((member) => (typeof member?.metadata["department"] === "string" ? member.metadata["department"] : "Not set")));
    expect(departments.some((text) => text !== "Not set")).toBe(true);
    expect(columnCells("metadata.seniority").filter((text) => text !== "Not set").every((text) => /^Level [1-5]$/.test(text))).toBe(true);
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it("R25: a metadata header sorts on the server when the adapter declares it, in both directions", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await ready(store);
    const header = screen.getByRole("columnheader", { name: /Department/ });
    await user.click(within(header).getByRole("button", { name: /Department/ }));
    await waitFor(() => expect(store.getSnapshot().list.sort).toEqual({ field: "metadata.department", direction: "asc" }));
    await ready(store);
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    const shown = columnCells("metadata.department").filter((text) => text !== "Not set");
    expect(shown).toEqual([...shown].sort());
    await user.click(within(header).getByRole("button", { name: /Department/ }));
    await waitFor(() => expect(store.getSnapshot().list.sort.direction).toBe("desc"));
    await ready(store);
    expect(columnCells("metadata.department")[0]).toBe("Not set"); // members without it come first, descending
  });

  it("R25: without the server's metadata sort, the header is not sortable and says why; nothing is sorted over one page", async () => {
    const user = userEvent.setup();
    const { store } = setup({ withoutMetadata: true });
    await ready(store);
    const button = within(screen.getByRole("columnheader", { name: /Department/ })).getByRole("button", { name: /Department/ });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(button).toHaveAccessibleDescription("The server cannot sort by this column; filtering only the page shown would hide members.");
    await user.click(button);
    expect(store.getSnapshot().list.sort.field).toBe("name");
  });

  it("R25: a metadata filter keeps the members with that value, on the server, and 'Any' lets them all back", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await ready(store);
    const all = store.getSnapshot().rowCount ?? 0;
    const filter = screen.getByRole("combobox", { name: "Department" });
    await user.selectOptions(filter, "Legal");
    await waitFor(() => expect(store.getSnapshot().list.metadata).toEqual([{ key: "department", value: "Legal" }]));
    await ready(store);
    const legal = columnCells("metadata.department");
    expect(legal.length).toBeGreaterThan(0);
    expect(legal.every((text) => text === "Legal")).toBe(true);
    expect(store.getSnapshot().rowCount).toBe(legal.length);
    await user.selectOptions(filter, "Nowhere");
    expect(await screen.findByText("No members match")).toBeTruthy();
    await user.selectOptions(filter, "Any");
    await waitFor(() => expect(store.getSnapshot().rowCount).toBe(all));
  });

  it("R25: without the server's metadata filter, the filter is disabled and says why", async () => {
    const { store } = setup({ withoutMetadata: true });
    await ready(store);
    const filter = screen.getByRole("combobox", { name: "Department" });
    expect(filter).toHaveProperty("disabled", true);
    expect(filter).toHaveAccessibleDescription("The server cannot filter by this field; filtering only the page shown would hide members.");
  });

  it("R2: the list of every user has no metadata columns (metadata is a membership's)", async () => {
    const { store } = setup({ scope: { kind: "instance" } });
    await ready(store);
    expect(screen.queryByRole("columnheader", { name: /Department/ })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Department" })).toBeNull();
  });

  it("R25: the export offers the metadata columns, and the file holds their values for the view filtered by metadata", async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    const { store, exports } = setup();
    await ready(store);
    await user.selectOptions(screen.getByRole("combobox", { name: "Department" }), "Legal");
    await waitFor(() => expect(store.getSnapshot().list.metadata).toHaveLength(1));
    await ready(store);
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("checkbox", { name: "Seniority" })).toBeTruthy();
    for (const name of ["Email", "Status", "Role", "Groups", "Invited", "Last active", "All metadata (JSON)", "Seniority"]) {
      await user.click(within(dialog).getByRole("checkbox", { name }));
    }
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    await waitFor(() => expect(files[0]?.text).toBeTruthy());
    expect(exports[0]?.columns).toEqual(["name", "metadata.department"]);
    expect(exports[0]?.metadata).toEqual([{ key: "department", value: "Legal" }]);
    const [header, ...rows] = parseCsv((files[0]?.text ?? "").replace(/^\uFEFF/, ""));
    expect(header).toEqual(["name", "metadata.department"]);
    expect(rows).toHaveLength(store.getSnapshot().rowCount ?? -1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[0]).sort()).toEqual(shownMembers(store).map((member) => member.name).sort());
    expect(rows.every((row) => row[1] === "Legal")).toBe(true);
  });
});

/** Every member of the page shown, as the store holds them. */
function shownMembers(store: RosterStore) {
  const snapshot = store.getSnapshot();
  return snapshot.rows.flatMap((id) => snapshot.members.get(id) ?? []);
}

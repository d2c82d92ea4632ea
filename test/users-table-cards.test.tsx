import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";
import type { MetadataColumn } from "../src/react/users-table-columns";

/**
 * What the users table's card layout (a narrow container, issue 12) stands on, in the markup: each cell
 * names its column (`data-label`, the header's text, a host's metadata column's label too), and the
 * table's roles are explicit, so that the theme may lay rows out as cards without losing the table for
 * screen readers. The layout itself is proven in the browser (e2e/phone.e2e.test.ts).
 */

const METADATA: readonly MetadataColumn[] = [{ key: "department", label: "Department" }];

async function renderTable(): Promise<HTMLTableElement> {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 8 }), actorId: SEED_USERS.superAdmin });
  render(
    <RosterProvider adapter={memory} actor={memory.backend.actorFor(SEED_USERS.superAdmin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
      <UsersTable metadataColumns={METADATA} selection="always" />
    </RosterProvider>,
  );
  const table = await screen.findByRole("table");
  await waitFor(() => expect(within(table).getAllByRole("row").length).toBeGreaterThan(2));
  return table as HTMLTableElement;
}

describe("users table cards (issue 12)", () => {
  it("R23: every cell carries its column's header text as data-label, a metadata column's label too", async () => {
    const table = await renderTable();
    const headers = new Map(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => [header.getAttribute("data-column"), header.textContent]),
    );
    const rows = within(table).getAllByRole("row").slice(1);
    for (const row of rows) {
      for (const cell of within(row).getAllByRole("cell")) {
        const column = cell.getAttribute("data-column");
        if (column === "select" || column === "actions") continue;
        expect(cell.getAttribute("data-label"), `${column}`).toBe(headers.get(column));
      }
    }
    expect(within(rows[0] as HTMLElement).getAllByRole("cell").map((cell) => cell.getAttribute("data-label"))).toEqual([
      "Select every member on this page",
      "Name",
      "Role",
      "Groups",
      "Status",
      "Invited",
      "Last active",
      "Department",
      "Actions",
    ]);
  });

  it("R23: the table, its row groups, rows, headers and cells have explicit roles", async () => {
    const table = await renderTable();
    expect(table).toHaveAttribute("role", "table");
    for (const group of table.querySelectorAll("thead, tbody")) expect(group).toHaveAttribute("role", "rowgroup");
    for (const row of table.querySelectorAll("tr:not([aria-hidden])")) expect(row).toHaveAttribute("role", "row");
    for (const header of table.querySelectorAll("th")) expect(header).toHaveAttribute("role", "columnheader");
    for (const cell of table.querySelectorAll("td")) expect(cell).toHaveAttribute("role", "cell");
  });
});

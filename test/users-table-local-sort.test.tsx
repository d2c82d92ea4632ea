import { render, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterAdapter } from "../src/core/adapter.types";
import type { Member, Scope } from "../src/core/domain.types";
import { localListQuery } from "../src/core/list.machine";
import { createRosterStore } from "../src/core/store";
import type { RosterStore } from "../src/core/store";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";

const SCOPE: Scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE };

/** A whole-list adapter (`pagination: "none"`): the core searches, filters and sorts in the browser. */
async function localStore(members: number): Promise<RosterStore> {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members, workspaces: 1 }), actorId: SEED_USERS.superAdmin, config: { lifecycle: "archive" } });
  const all: Member[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await memory.listMembers({ scope: SCOPE, search: "", statuses: [], roles: [], sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset, limit: 200 }, signal: new AbortController().signal });
    all.push(...page.members);
    if (page.members.length < 200) break;
  }
  const adapter: RosterAdapter = {
    ...memory,
    capabilities: { ...memory.capabilities, pagination: "none", maxPageSize: all.length },
    listMembers: async () => ({ members: all, total: all.length, nextCursor: null }),
  };
  return createRosterStore({ adapter, actor: memory.backend.actorFor(SEED_USERS.superAdmin), config: { lifecycle: "archive" }, scope: SCOPE, pageSize: all.length, localQuery: localListQuery });
}

/** The member ids of the rows shown, top to bottom, and their aria-rowindex. */
function shownRows(table: HTMLElement): { ids: (string | null)[]; rowIndexes: (string | null)[] } {
  const rows = [...table.querySelectorAll("tr[data-member-id]")];
  return { ids: rows.map((row) => row.getAttribute("data-member-id")), rowIndexes: rows.map((row) => row.getAttribute("aria-rowindex")) };
}

describe("UsersTable over a local list (pagination: none)", () => {
  it("R25: each sort shows the rows in the core's new order, numbered from the top, and a selected member stays selected", async () => {
    const user = userEvent.setup();
    const store = await localStore(60);
    render(
      <RosterProvider store={store}>
        <UsersTable selection="always" virtualize={false} />
      </RosterProvider>,
    );
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    const table = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('table[data-part="table"]');
      expect(element?.querySelectorAll("tr[data-member-id]").length).toBe(store.getSnapshot().rows.length);
      return element as HTMLElement;
    });
    const header = (name: string) => within(table).getByRole("columnheader", { name: new RegExp(`^${name}`) });
    const expectCoreOrder = () => {
      const { ids, rowIndexes } = shownRows(table);
      expect(ids).toEqual(store.getSnapshot().rows);
      expect(rowIndexes).toEqual(ids.map((_, index) => String(index + 2)));
    };
    expectCoreOrder();
    const firstAscending = shownRows(table).ids[0];
    const chosen = within(table).getAllByRole("checkbox").find((box) => box.closest("tr[data-member-id]") !== null);
    if (!chosen) throw new Error("no row checkbox");
    const chosenId = chosen.closest("tr")?.getAttribute("data-member-id");
    await user.click(chosen);

    await user.click(within(header("Name")).getByRole("button", { name: "Name" }));
    await waitFor(() => expect(header("Name")).toHaveAttribute("aria-sort", "descending"));
    expectCoreOrder();
    expect(shownRows(table).ids[0]).not.toBe(firstAscending);

    await user.click(within(header("Status")).getByRole("button", { name: "Status" }));
    await waitFor(() => expect(header("Status")).toHaveAttribute("aria-sort", "ascending"));
    expectCoreOrder();

    await user.click(within(header("Name")).getByRole("button", { name: "Name" }));
    await waitFor(() => expect(header("Name")).toHaveAttribute("aria-sort", "ascending"));
    expectCoreOrder();
    expect(shownRows(table).ids[0]).toBe(firstAscending);
    expect(table.querySelector(`tr[data-member-id="${chosenId}"]`)).toHaveAttribute("data-selected");
    expect(table.querySelectorAll("tr[data-selected]")).toHaveLength(1);
  });
});

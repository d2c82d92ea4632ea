import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType, ProfilerOnRenderCallback } from "react";
import { memo, Profiler } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { statusChangeMachine } from "../src/core/status-change.machine";
import { createRosterStore } from "../src/core/store";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";
import type * as RowModule from "../src/react/users-table-row";
import type { UsersTableRowProps } from "../src/react/users-table-row";

/** Commits per row id: every render of a row, whether from its props or its own store subscription. */
const commits = vi.hoisted(() => new Map<string, number>());

// Each row is wrapped in a React Profiler keyed by its member id. The wrapper is memoised on the same
// props as the real row, so it lets through exactly the renders the table would cause; the Profiler
// also sees every render the row causes itself (its member or pending status changed).
vi.mock("../src/react/users-table-row", async (importOriginal) => {
  const actual = await importOriginal<typeof RowModule>();
  const Real = actual.UsersTableRow as ComponentType<UsersTableRowProps>;
  const onRender: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1);
  const Counted = memo(function CountedRow(props: UsersTableRowProps) {
    return (
      <Profiler id={props.id} onRender={onRender}>
        <Real {...props} />
      </Profiler>
    );
  });
  return { ...actual, UsersTableRow: Counted };
});

async function setup() {
  const dataset = generateSeed({ members: 30 });
  const adapter = createMemoryAdapter({ dataset, actorId: SEED_USERS.superAdmin });
  const store = createRosterStore({
    adapter,
    actor: adapter.backend.actorFor(SEED_USERS.superAdmin),
    scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
    pageSize: 50,
    machines: [statusChangeMachine],
  });
  render(
    <RosterProvider store={store}>
      <UsersTable />
    </RosterProvider>,
  );
  await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  await waitFor(() => expect(store.getSnapshot().workspaces.status).toBe("ready"));
  await waitFor(() => expect(store.getSnapshot().groups.status).toBe("ready"));
  return { store, adapter, users: new Map(dataset.users.map((user) => [user.id, user.name])) };
}

/** Rows that rendered since the last reset, with how many times. */
function rendered(): Record<string, number> {
  return Object.fromEntries([...commits].filter(([, count]) => count > 0));
}

beforeEach(() => {
  commits.clear();
});

describe("UsersTable render isolation", () => {
  it("R20: one member's status change (pending, applied, seat counts refreshed) re-renders that one row only", async () => {
    const { store } = await setup();
    const rowCount = store.getSnapshot().rows.length;
    expect(rowCount).toBeGreaterThan(10);
    expect(commits.size).toBe(rowCount);
    commits.clear();

    act(() => {
      store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.endUser, action: "archive" });
      store.send({ type: "STATUS.CONFIRM" });
    });
    expect(store.getSnapshot().pending[SEED_USERS.endUser]?.status).toBe("archived");
    expect(Object.keys(rendered())).toEqual([SEED_USERS.endUser]);

    // The answer: pending cleared, member replaced, workspaces (seat counts, admin counts) reloaded.
    await waitFor(() => expect(store.getSnapshot().statusChange.status).toBe("done"));
    await waitFor(() => expect(store.getSnapshot().workspaces.status).toBe("ready"));
    expect(store.getSnapshot().members.get(SEED_USERS.endUser)?.status).toBe("archived");
    expect(Object.keys(rendered())).toEqual([SEED_USERS.endUser]);
    expect(screen.getAllByText("Archived").length).toBeGreaterThan(0);
  });

  it("R20, R22: a change the backend refuses (version conflict) rolls back and re-renders that one row only", async () => {
    const { store, adapter } = await setup();
    commits.clear();
    act(() => store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.builder, action: "archive" }));
    // Another admin edits the member while the modal is open: the backend will answer `conflict` (R22).
    const opened = store.getSnapshot().members.get(SEED_USERS.builder);
    await adapter.backend.as(SEED_USERS.admin).updateMember({
      workspaceId: SEED_FIRST_WORKSPACE,
      memberId: SEED_USERS.builder,
      role: "end-user",
      expectedVersion: opened?.version ?? 0,
      idempotencyKey: "other-admin",
      signal: new AbortController().signal,
    });
    act(() => store.send({ type: "STATUS.CONFIRM" }));
    await waitFor(() => expect(store.getSnapshot().statusChange.status).toBe("conflict"));
    expect(store.getSnapshot().pending[SEED_USERS.builder]).toBeUndefined();
    expect(store.getSnapshot().members.get(SEED_USERS.builder)?.status).toBe("active");
    expect(Object.keys(rendered())).toEqual([SEED_USERS.builder]);
  });

  it("R20: selecting a row re-renders that row only, not the others", async () => {
    const user = userEvent.setup();
    const { users } = await setup();
    // issue 11: the checkbox column comes with selection mode (every row renders once more for it).
    await user.click(screen.getByRole("button", { name: "Select", pressed: false }));
    await screen.findByRole("checkbox", { name: "Select every member on this page" });
    commits.clear();
    await user.click(screen.getByRole("checkbox", { name: `Select ${users.get(SEED_USERS.endUser) ?? ""}` }));
    expect(Object.keys(rendered())).toEqual([SEED_USERS.endUser]);
  });
});

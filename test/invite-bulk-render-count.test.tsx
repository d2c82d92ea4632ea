import { fireEvent, render } from "@testing-library/react";
import type { ProfilerOnRenderCallback } from "react";
import { memo, Profiler } from "react";
import { describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { readBulkInviteList } from "../src/core/bulk-invite";
import { bulkInviteMachine } from "../src/core/bulk-invite.machine";
import { createRosterStore } from "../src/core/store";
import { InviteBulk } from "../src/react/invite-bulk";
import type * as RowModule from "../src/react/invite-bulk-row";
import type { BulkInviteRowViewProps } from "../src/react/invite-bulk-row";
import { RosterProvider } from "../src/react/provider";

/** Commits per row id: every render of a preview row that its props let through. */
const commits = vi.hoisted(() => new Map<string, number>());

// Each row is wrapped in a Profiler keyed by its row id, behind a memo on the same props as the real
// (memoised) row, so it counts exactly the renders the preview causes.
vi.mock("../src/react/invite-bulk-row", async (importOriginal) => {
  const actual = await importOriginal<typeof RowModule>();
  const Real = actual.BulkInviteRowView;
  const onRender: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1);
  const Counted = memo(function CountedRow(props: BulkInviteRowViewProps) {
    return (
      <Profiler id={props.row.id} onRender={onRender}>
        <Real {...props} />
      </Profiler>
    );
  });
  return { ...actual, BulkInviteRowView: Counted };
});

const PEOPLE = 300;

describe("bulk invite preview re-renders", () => {
  it("R5, R7: typing in one row of 300 re-renders that row only, also when it repeats an earlier email (the earlier row is unchanged)", async () => {
    const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 10 }), actorId: SEED_USERS.superAdmin });
    const store = createRosterStore({ adapter, actor: adapter.backend.actorFor(SEED_USERS.superAdmin), scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }, machines: [bulkInviteMachine] });
    await vi.waitFor(() => expect(store.getSnapshot().roles.status).toBe("ready"));
    const { config, roles } = store.getSnapshot();
    const list = Array.from({ length: PEOPLE }, (_, index) => `person.${String(index + 1)}@example.com`).join("\n");
    store.send({ type: "BULK_INVITE.LOAD", read: readBulkInviteList(list, { roles: roles.data, groups: [], defaultRole: "end-user", maxRows: config.bulkInviteMaxRows }) });
    // Every row mounted (no virtualisation), so a stray re-render of any of them would be counted.
    const view = render(
      <RosterProvider store={store}>
        <InviteBulk virtualizeThreshold={PEOPLE} />
      </RosterProvider>,
    );
    const input = (row: number, field: string): HTMLInputElement => {
      const element = view.container.querySelector<HTMLInputElement>(`[data-row-id="row-${String(row)}"] [data-field="${field}"]`);
      if (!element) throw new Error(`no ${field} in row ${String(row)}`);
      return element;
    };
    await vi.waitFor(() => expect(commits.size).toBe(PEOPLE));
    // Once the store is settled (members, groups), count from zero.
    await vi.waitFor(() => expect(store.getSnapshot().groups.status).toBe("ready"));
    commits.clear();

    fireEvent.change(input(150, "name"), { target: { value: "Person One Fifty" } });
    expect(Object.fromEntries(commits)).toEqual({ "row-150": 1 });
    expect(input(150, "name").value).toBe("Person One Fifty");

    commits.clear();
    fireEvent.change(input(200, "email"), { target: { value: "PERSON.1@example.com" } });
    expect(Object.fromEntries(commits)).toEqual({ "row-200": 1 });
    expect(view.container.querySelector('[data-row-id="row-200"]')?.textContent).toContain("The same email as row 1.");
  });
});

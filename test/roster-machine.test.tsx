import { act, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { Component } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterSnapshot, RosterStore } from "../src/core";
import { createRosterStore, inviteMachine } from "../src/core";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { InviteBulk } from "../src/react/invite-bulk";
import { InviteUserForm } from "../src/react/invite-user-form";
import { MemberEditForm } from "../src/react/member-edit-form";
import { RosterProvider } from "../src/react/provider";
import type { RosterStoreLike } from "../src/react/use-roster";
import { useRosterMachine, useRosterSelector } from "../src/react/use-roster";

/**
 * Each component adds the machine it uses to the provider's store (`useRosterMachine`), during render and
 * without notifying anyone, so a host lists no machines and a page runs only those its components use.
 */

const scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } as const;

function storeOptions() {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 10 }), actorId: SEED_USERS.superAdmin });
  return { adapter, actor: adapter.backend.actorFor(SEED_USERS.superAdmin), scope };
}

const stores: RosterStore[] = [];
function newStore(): RosterStore {
  const store = createRosterStore(storeOptions());
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
  vi.restoreAllMocks();
});

class Caught extends Component<{ readonly children: ReactNode }, { readonly error: Error | null }> {
  override state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render(): ReactNode {
    const { error } = this.state as { readonly error: Error | null };
    return error ? <p role="alert">{error.message}</p> : this.props.children;
  }
}

describe("useRosterMachine", () => {
  it("the components add their machines to a store created without them, with no React warning", () => {
    const errors = vi.spyOn(console, "error");
    const store = newStore();
    expect(store.getSnapshot()).not.toHaveProperty("invite");
    render(
      <RosterProvider store={store}>
        <InviteUserForm />
        <InviteBulk />
        <MemberEditForm />
        <ConfirmStatusModal />
      </RosterProvider>,
    );
    const snapshot = store.getSnapshot();
    expect(snapshot.invite?.status).toBe("editing");
    expect(snapshot.bulkInvite).toBeDefined();
    expect(snapshot.memberEdit?.status).toBe("idle");
    expect(snapshot.statusChange?.status).toBe("idle");
    expect(snapshot).not.toHaveProperty("export");
    expect(screen.getAllByRole("textbox").length).toBeGreaterThan(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it("gives the machine's state, or a selection of it, which follows the store", () => {
    const store = newStore();
    const seen: number[] = [];
    function DraftCount(): ReactNode {
      const count = useRosterMachine(inviteMachine, (invite) => invite.drafts.length);
      seen.push(count);
      return <output>{count}</output>;
    }
    render(
      <RosterProvider store={store}>
        <DraftCount />
      </RosterProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("1");
    act(() => store.send({ type: "INVITE.ADD" }));
    expect(screen.getByRole("status")).toHaveTextContent("2");
    expect(seen.at(-1)).toBe(2);
  });

  it("the provider's own store runs the status change from its first snapshot", () => {
    const first: (string | undefined)[] = [];
    function Probe(): ReactNode {
      first.push(useRosterSelector((snapshot: RosterSnapshot) => snapshot.statusChange?.status));
      return null;
    }
    render(
      <RosterProvider {...storeOptions()}>
        <Probe />
      </RosterProvider>,
    );
    expect(first[0]).toBe("idle");
  });

  it("tells the host when its store has no `use` and does not run the machine a component needs", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const store = newStore();
    const hostMade: RosterStoreLike = { subscribe: (listener) => store.subscribe(listener), getSnapshot: () => store.getSnapshot(), send: (event) => store.send(event) };
    render(
      <RosterProvider store={hostMade}>
        <Caught>
          <InviteUserForm />
        </Caught>
      </RosterProvider>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      'useRosterMachine: the store given to <RosterProvider> does not run the machine "invite" and has no `use` method to add it. Create it with createRosterStore({ ..., machines: [...] }) listing that machine (or allMachines), or give it a `use(...machines)` method.',
    );
  });
});

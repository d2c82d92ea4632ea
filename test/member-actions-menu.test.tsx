import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterAdapter, RosterSnapshotWith } from "../src/core";
import { deniedError, invitationMachine, statusChangeMachine } from "../src/core";
import { denial } from "../src/core/policy";
import type { RosterConfigInput } from "../src/core/config";
import type { RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { focusMemberTrigger, getMemberTrigger } from "../src/react/focus-return";
import { memberActionsContent } from "../src/react/member-actions-menu";
import type { RosterMessagesOverrides } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";
import { rosterPages } from "./support/pages";

/** The machines the stores of these tests run from the start, so that tests read their states. */
const MACHINES = [statusChangeMachine, invitationMachine] as const;

interface Setup {
  readonly store: RosterStore<RosterSnapshotWith<typeof MACHINES>>;
  readonly nameOf: (userId: string) => string;
  readonly emailOf: (userId: string) => string;
  readonly onEditMember: ReturnType<typeof vi.fn>;
  readonly onOpenDetails: ReturnType<typeof vi.fn>;
}

async function setup(options: { readonly actorId?: string; readonly config?: RosterConfigInput } = {}): Promise<Setup> {
  const config = options.config ?? {};
  const dataset = generateSeed({ members: 30, lifecycle: config.lifecycle ?? "archive" });
  const actorId = options.actorId ?? SEED_USERS.superAdmin;
  const adapter = createMemoryAdapter({ dataset, actorId, config });
  const store = createRosterStore({ adapter, actor: adapter.backend.actorFor(actorId), config, scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }, machines: MACHINES });
  const users = new Map(dataset.users.map((user) => [user.id, user]));
  const onEditMember = vi.fn();
  const onOpenDetails = vi.fn();
  render(
    <RosterProvider store={store}>
      <main>
        <UsersTable onEditMember={onEditMember} onOpenDetails={onOpenDetails} />
      </main>
    </RosterProvider>,
  );
  await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  await waitFor(() => expect(store.getSnapshot().workspaces.status).toBe("ready"));
  return {
    store,
    nameOf: (userId) => users.get(userId)?.name ?? userId,
    emailOf: (userId) => users.get(userId)?.email ?? userId,
    onEditMember,
    onOpenDetails,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("MemberActionsMenu", () => {
  it("R24: no Radix menu is mounted in the rows until a trigger is pressed, then only that one", async () => {
    const listen = vi.spyOn(document, "addEventListener");
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { nameOf } = await setup();
    const menuRoots = () => listen.mock.calls.filter(([type, , options]) => type === "keydown" && typeof options === "object" && options?.capture === true).length;
    expect(screen.getAllByRole("button", { name: /^Actions for / }).length).toBeGreaterThan(5);
    expect(menuRoots()).toBe(0);
    // Radix gives a mounted trigger an id; plain triggers have none.
    expect(screen.getAllByRole("button", { name: /^Actions for / }).filter((element) => element.id !== "")).toHaveLength(0);
    const button = await table.rowMenuTrigger(nameOf(SEED_USERS.endUser));
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    expect(button).toHaveAttribute("aria-expanded", "false");
    // Every row has one: no element inside it (the kebab is a text glyph the theme draws over), one class.
    expect(button.children).toHaveLength(0);
    expect(button).toHaveTextContent("\u22EE");
    expect(button).toHaveClass("rk-member-actions__trigger", { exact: true });
    await user.click(button);
    // The first press of the file downloads the menu's body (issue 11): it opens once that is there.
    expect(await screen.findByRole("menu")).toBeInTheDocument();
    expect(menuRoots()).toBeGreaterThan(0);
    expect(screen.getAllByRole("button", { name: /^Actions for / }).filter((element) => element.id !== "")).toEqual([await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))]);
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
    ["ArrowDown", "{ArrowDown}"],
  ])("R24: opens with %s on the trigger and lists the actions of an active member", async (_key, keys) => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf } = await setup();
    (await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))).focus();
    await user.keyboard(keys);
    const names = (await rowMenu.items()).map((item) => item.getAttribute("data-action"));
    expect(names).toEqual(["details", "edit", "archive"]);
    expect(await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))).toHaveAttribute("aria-expanded", "true");
    expect(await rowMenu.hasItem(/delete|remove/i)).toBe(false); // R19
  });

  it("R24: a pending invite offers copy link, resend and archive (which revokes it); an archived member offers unarchive", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf } = await setup();
    await table.openRowMenu(nameOf(SEED_USERS.invited));
    expect((await rowMenu.items()).map((item) => item.getAttribute("data-action"))).toEqual(["details", "copyInvitationLink", "resendInvitation", "archive"]);
    expect(await rowMenu.item("Archive user")).toHaveAccessibleDescription("Revokes the pending invitation.");
    await user.keyboard("{Escape}");
    await table.openRowMenu(nameOf(SEED_USERS.stopped));
    expect((await rowMenu.items()).map((item) => item.getAttribute("data-action"))).toEqual(["details", "unarchive"]);
  });

  it("R24: the deactivate lifecycle offers edit and deactivate, and reactivate for an inactive member", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf } = await setup({ config: { lifecycle: "deactivate" } });
    await table.openRowMenu(nameOf(SEED_USERS.endUser));
    expect((await rowMenu.items()).map((item) => item.getAttribute("data-action"))).toEqual(["details", "edit", "deactivate"]);
    await user.keyboard("{Escape}");
    await table.openRowMenu(nameOf(SEED_USERS.stopped));
    expect(await rowMenu.item("Reactivate")).toBeInTheDocument();
  });

  it("R3: a disallowed action is shown disabled with its reason, visible and as the accessible description, and reachable by arrows", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf, store } = await setup();
    (await table.rowMenuTrigger(nameOf(SEED_USERS.superAdmin))).focus();
    await user.keyboard("{Enter}");
    const archive = await rowMenu.item("Archive user");
    expect(archive).toHaveAttribute("aria-disabled", "true");
    // The refusal's own code, rule and key, not a made-up "forbidden".
    expect(archive).toHaveAttribute("data-code", "forbidden");
    expect(archive).toHaveAttribute("data-rule", "R4");
    expect(archive).toHaveAttribute("data-reason-key", "R4.self");
    const reason = screen.getByText(/You cannot change your own status/);
    expect(reason).toBeVisible();
    expect(archive.getAttribute("aria-describedby")).toBe(reason.id);
    expect(archive).toHaveAccessibleDescription(/You cannot change your own status/);
    expect(archive).toHaveAccessibleName("Archive user");
    // The keyboard opening focuses the first item; arrows reach the disabled one (details → edit → archive).
    expect(await rowMenu.item("View details")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(await rowMenu.item("Edit role and groups")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(archive).toHaveFocus();
    // Choosing it does nothing: the menu stays open and no status change starts.
    await user.keyboard("{Enter}");
    expect(screen.getByRole("menu")).toBeInTheDocument();
    expect(store.getSnapshot().statusChange.status).toBe("idle");
  });

  it("R3: an admin sees a super admin's archive disabled with the reason", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf } = await setup({ actorId: SEED_USERS.admin });
    await table.openRowMenu(nameOf(SEED_USERS.superAdmin));
    expect(await rowMenu.item("Archive user")).toHaveAccessibleDescription("Only super admins can change the status of a super admin.");
  });

  it("R4: an admin sees a super admin's edit of role and groups disabled with the reason; another member's stays enabled", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf, onEditMember } = await setup({ actorId: SEED_USERS.admin });
    await table.openRowMenu(nameOf(SEED_USERS.superAdmin));
    const edit = await rowMenu.item("Edit role and groups");
    expect(edit).toHaveAttribute("aria-disabled", "true");
    expect(edit).toHaveAttribute("data-rule", "R4");
    expect(edit).toHaveAccessibleDescription("Only super admins can change the role of a super admin.");
    await user.click(edit);
    expect(onEditMember).not.toHaveBeenCalled();
    await user.keyboard("{Escape}");
    await table.openRowMenu(nameOf(SEED_USERS.endUser));
    expect(await rowMenu.item("Edit role and groups")).not.toHaveAttribute("aria-disabled");
  });

  it("Escape closes the menu and focus returns to the trigger", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf } = await setup();
    (await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))).focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menu")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await rowMenu.waitForClosed();
    // The trigger Radix mounted on opening is a new element: ask for it again.
    await waitFor(async () => expect(await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))).toHaveFocus());
    // And opens again by mouse.
    await table.openRowMenu(nameOf(SEED_USERS.endUser));
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("R24: Enter pressed before the closed menu has handed focus back opens it again, focus staying on its first item", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf } = await setup();
    const name = nameOf(SEED_USERS.endUser);
    await memberActionsContent.load();
    (await table.rowMenuTrigger(name)).focus();
    await user.keyboard("{ArrowDown}");
    await rowMenu.waitForFirstItemFocused();
    const [first] = await rowMenu.items();
    // Escape then Enter in one task: Radix gives focus back to the trigger a task after closing, and a busy
    // page runs typed keys before that task.
    act(() => {
      fireEvent.keyDown(first!, { key: "Escape" });
    });
    expect(screen.queryByRole("menu")).toBeNull();
    const trigger = await table.rowMenuTrigger(name);
    act(() => {
      trigger.focus();
      fireEvent.keyDown(trigger, { key: "Enter" });
    });
    await rowMenu.waitForFirstItemFocused();
    // The first closing's focus return has run by now, and left the menu open with focus in it.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const [again] = await rowMenu.items();
    expect(again).toHaveFocus();
  });

  it("R21: a status action opens the status-change machine (the modal is a sibling, not rendered by the menu)", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { nameOf, store } = await setup();
    await table.chooseRowAction(nameOf(SEED_USERS.endUser), "Archive user");
    const state = store.getSnapshot().statusChange;
    expect(state.status).toBe("confirming");
    expect(state.status === "confirming" && state.member.id).toBe(SEED_USERS.endUser);
    expect(state.status === "confirming" && state.action).toBe("archive");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("R21: by keyboard too: Enter on the status item starts the change", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { nameOf, store } = await setup();
    (await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))).focus();
    await user.keyboard("{Enter}{End}{Enter}");
    expect(store.getSnapshot().statusChange.status).toBe("confirming");
  });

  it("edit and view details call the host's callbacks with the member id", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf, onEditMember, onOpenDetails } = await setup();
    await table.chooseRowAction(nameOf(SEED_USERS.endUser), "Edit role and groups");
    expect(onEditMember).toHaveBeenCalledWith(SEED_USERS.endUser);
    (await table.rowMenuTrigger(nameOf(SEED_USERS.endUser))).focus();
    await user.keyboard("{Enter}");
    expect(await rowMenu.item("View details")).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowUp}{Enter}");
    expect(onOpenDetails).toHaveBeenCalledWith(SEED_USERS.endUser);
  });

  it("R10: copy invitation link copies the link and announces it politely", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { nameOf, store } = await setup();
    await table.chooseRowAction(nameOf(SEED_USERS.invited), "Copy invitation link");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Invitation link copied."));
    const link = store.getSnapshot().invitations[SEED_USERS.invited]?.link?.url;
    expect(link).toMatch(/^https:\/\//);
    await expect(navigator.clipboard.readText()).resolves.toBe(link);
  });

  it("R10: without a clipboard the link is shown in a read-only field", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { nameOf, store } = await setup();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await table.chooseRowAction(nameOf(SEED_USERS.invited), "Copy invitation link");
    const field = await screen.findByRole("textbox", { name: `Invitation link of ${nameOf(SEED_USERS.invited)}` });
    expect(field).toHaveAttribute("readonly");
    expect(field).toHaveValue(store.getSnapshot().invitations[SEED_USERS.invited]?.link?.url);
    expect(screen.getByRole("status")).toHaveTextContent("The invitation link could not be copied.");
  });

  it("R10: resend invitation sends it again and announces the result", async () => {
    const user = userEvent.setup();
    const { table, rowMenu } = rosterPages(user);
    const { nameOf, emailOf, store } = await setup();
    (await table.rowMenuTrigger(nameOf(SEED_USERS.invited))).focus();
    await user.keyboard("{Enter}");
    await rowMenu.choose("Resend invitation");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`Invitation sent again to ${emailOf(SEED_USERS.invited)}.`));
    expect(store.getSnapshot().invitations[SEED_USERS.invited]?.resent).toBe(true);
  });

  it("the trigger registers itself for focus return after a dialog closes", async () => {
    const { table } = rosterPages(userEvent.setup());
    const { nameOf } = await setup();
    const button = await table.rowMenuTrigger(nameOf(SEED_USERS.endUser));
    expect(getMemberTrigger(SEED_USERS.endUser)).toBe(button);
    act(() => {
      expect(focusMemberTrigger(SEED_USERS.endUser)).toBe(true);
    });
    expect(button).toHaveFocus();
    expect(focusMemberTrigger("nobody")).toBe(false);
  });

  it("R3, R24: no axe violations with the menu closed and open (non-modal menu)", async () => {
    const user = userEvent.setup();
    const { table } = rosterPages(user);
    const { nameOf } = await setup();
    expect(await axe(document.body)).toHaveNoViolations();
    await table.openRowMenu(nameOf(SEED_USERS.superAdmin));
    expect(screen.getByRole("menu")).toBeInTheDocument();
    // The open menu is portalled next to <main> (the provider's portal container), outside any landmark;
    // `region` is a page-level best practice about the host's layout, so it alone is off in this state.
    expect(await axe(document.body, { rules: { region: { enabled: false } } })).toHaveNoViolations();
    expect(await axe(screen.getByRole("menu"))).toHaveNoViolations();
  });
});

describe("MemberActionsMenu: refusals in the host's words", () => {
  const ENGINEERING = "ws-2"; // in a seed of 20 members, the super admin is its only active admin
  const messages: RosterMessagesOverrides = {
    denials: { "R15.lastAdmin": ({ name, workspaceNames }, f) => `Keep an admin: ${name} alone runs ${f.list(workspaceNames)}.` },
  };

  it("R15, R3: a host that rewords the last-admin refusal by its key sees its words on the disabled item and in the confirm modal's error", async () => {
    const user = userEvent.setup();
    const { table, rowMenu, confirmModal } = rosterPages(user, { messages });
    const dataset = generateSeed({ members: 20 });
    const memory = createMemoryAdapter({ dataset, actorId: SEED_USERS.superAdmin });
    const users = new Map(dataset.users.map((entry) => [entry.id, entry.name]));
    // The backend refuses every status change as R15, with the key and values of the policy's refusal.
    const adapter: RosterAdapter = {
      ...memory,
      changeStatus: async ({ memberId }) => {
        const name = users.get(memberId) ?? memberId;
        throw deniedError(denial("R15.lastAdmin", { name, verb: "archive", workspaces: [ENGINEERING], workspaceNames: ["Engineering"], count: 1 }, { workspaces: [ENGINEERING] }));
      },
    };
    // Another super admin acts, so that neither R4 guard answers before R15 does.
    const actor = { ...memory.backend.actorFor(SEED_USERS.superAdmin), userId: "u-another-super-admin" };
    const store = createRosterStore({ adapter, actor, scope: { kind: "workspace", workspaceId: ENGINEERING } });
    render(
      <RosterProvider store={store} messages={messages}>
        <main>
          <UsersTable />
          <ConfirmStatusModal />
        </main>
      </RosterProvider>,
    );
    await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
    await waitFor(() => expect(store.getSnapshot().workspaces.status).toBe("ready"));
    const superAdminName = users.get(SEED_USERS.superAdmin) ?? "";

    // The policy knows Engineering's one active admin: the item is disabled with the host's sentence.
    await table.openRowMenu(superAdminName);
    const archive = await rowMenu.item("Archive user");
    expect(archive).toHaveAttribute("aria-disabled", "true");
    expect(archive).toHaveAttribute("data-code", "last_admin");
    expect(archive).toHaveAttribute("data-reason-key", "R15.lastAdmin");
    expect(archive).toHaveAccessibleDescription(`Keep an admin: ${superAdminName} alone runs Engineering.`);
    expect(screen.queryByText(/is the last active admin/)).toBeNull();
    await user.keyboard("{Escape}");

    // The backend refuses another member's archive with the same key: the modal says the host's sentence.
    const other = store.getSnapshot().rows.find((id) => id !== SEED_USERS.superAdmin && store.getSnapshot().members.get(id)?.status === "active");
    const otherName = users.get(other ?? "") ?? "";
    await table.chooseRowAction(otherName, "Archive user");
    const modal = confirmModal();
    await modal.confirm("Archive user");
    expect(await modal.errorText()).toContain(`${otherName} was not changed: Keep an admin: ${otherName} alone runs Engineering.`);
    expect(screen.queryByText(/is the last active admin/)).toBeNull();
  });
});

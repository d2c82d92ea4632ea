import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterConfigInput } from "../src/core/config";
import type { Scope } from "../src/core/domain.types";
import { isBillable } from "../src/core/policy";
import { UserManagement } from "../src/react/user-management";

interface SetupOptions {
  readonly actorId?: string;
  readonly config?: RosterConfigInput;
  readonly scope?: Scope;
}

function setup({ actorId = SEED_USERS.superAdmin, config = {}, scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } }: SetupOptions = {}) {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId, config });
  const { backend } = adapter;
  const user = userEvent.setup();
  const view = render(<UserManagement adapter={adapter} actor={backend.actorFor(actorId)} config={config} scope={scope} />);
  const seats = (workspaceId: string = SEED_FIRST_WORKSPACE): number =>
    backend.snapshot().memberships.filter((membership) => membership.workspaceId === workspaceId && isBillable(membership.status)).length;
  const userById = (userId: string) => {
    const found = backend.snapshot().users.find((entry) => entry.id === userId);
    if (!found) throw new Error(`no user ${userId}`);
    return found;
  };
  return { adapter, backend, user, view, seats, userById };
}

/** The table row of a member, once the list shows it. */
async function findRow(name: string): Promise<HTMLElement> {
  const cell = await screen.findByText(name, { selector: "table *" }, { timeout: 3000 });
  const row = cell.closest("tr");
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function seatText(count: number): RegExp {
  return new RegExp(`^${count} billable seats?`);
}

describe("UserManagement", () => {
  it("R16: the header shows the workspace's name and its billable seat count (active + invited + requested)", async () => {
    const { seats } = setup();
    expect(await screen.findByRole("heading", { name: "Design" })).toBeInTheDocument();
    const count = await screen.findByText(seatText(seats()));
    expect(count).toHaveAccessibleDescription(/archived and inactive ones do not/);
    expect(screen.getByRole("region", { name: "Design" })).toBeInTheDocument();
  });

  it("R2: a workspace admin is not offered \"All users\"", async () => {
    setup({ actorId: SEED_USERS.admin });
    const switcher = await screen.findByRole("combobox", { name: "Workspace" });
    await waitFor(() => expect(within(switcher).getAllByRole("option").length).toBeGreaterThan(0));
    expect(within(switcher).queryByRole("option", { name: "All users" })).toBeNull();
    expect(within(switcher).getAllByRole("option").map((option) => option.textContent)).toEqual(["Design"]);
  });

  it("R2: a super admin is offered \"All users\" and switching there shows the instance view", async () => {
    const { user } = setup();
    const switcher = await screen.findByRole("combobox", { name: "Workspace" });
    await waitFor(() => expect(within(switcher).getByRole("option", { name: "Sales" })).toBeInTheDocument());
    await user.selectOptions(switcher, "All users");
    expect(await screen.findByRole("heading", { name: "All users" })).toBeInTheDocument();
    // No workspace, no seat count and nothing to invite into: the button says why.
    expect(screen.queryByText(/billable seat/)).toBeNull();
    expect(screen.getByRole("button", { name: "Invite members" })).toHaveAccessibleDescription("Members are invited into a workspace: choose one to invite.");
    await user.selectOptions(switcher, "Sales");
    expect(await screen.findByRole("heading", { name: "Sales" })).toBeInTheDocument();
  });

  it("R7, R14, R16: \"Unarchive instead\" in the invite dialog opens the member's panel; unarchiving there takes a seat again", async () => {
    const { user, seats, userById, backend } = setup();
    const before = seats();
    await screen.findByText(seatText(before));
    const archived = userById(SEED_USERS.stopped);
    await user.click(screen.getByRole("button", { name: "Invite members" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite members" });
    await user.type(within(dialog).getByLabelText("Name"), archived.name);
    await user.type(within(dialog).getByLabelText("Email"), archived.email);
    await user.click(within(dialog).getByRole("radio", { name: "Builder" }));
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    await user.click(await within(dialog).findByRole("button", { name: "Unarchive instead" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    const panel = await screen.findByRole("region", { name: `Details of ${archived.name}` });
    expect(within(panel).getByRole("button", { name: "Close details" })).toHaveFocus();
    await user.click(within(panel).getByRole("button", { name: "Unarchive user" }));
    const confirm = await screen.findByRole("alertdialog");
    await user.click(within(confirm).getByRole("button", { name: "Unarchive user" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(await screen.findByText(seatText(before + 1))).toBeInTheDocument();
    expect(backend.outbox().map((email) => email.to)).toEqual([archived.email]);
  });

  it("R20, R21, R16: end to end: a row's menu archives a member after confirming; the badge and the seat count change", async () => {
    const { user, seats, userById, backend } = setup();
    const before = seats();
    await screen.findByText(seatText(before));
    const endUser = userById(SEED_USERS.endUser);
    const row = await findRow(endUser.name);
    expect(within(row).getByText("Active")).toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: `Actions for ${endUser.name}` }));
    await user.click(await screen.findByRole("menuitem", { name: /Archive user/ }));
    const confirm = await screen.findByRole("alertdialog");
    expect(confirm).toHaveTextContent(endUser.name);
    await user.click(within(confirm).getByRole("button", { name: "Archive user" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(within(row).getByText("Archived")).toBeInTheDocument());
    expect(await screen.findByText(seatText(before - 1))).toBeInTheDocument();
    expect(backend.snapshot().memberships.find((membership) => membership.userId === endUser.id && membership.workspaceId === SEED_FIRST_WORKSPACE)?.status).toBe("archived");
  });

  it("R2, R12: a super admin switches to \"All users\" and archives a user at instance level", async () => {
    const { user, userById, backend } = setup();
    const switcher = await screen.findByRole("combobox", { name: "Workspace" });
    await waitFor(() => expect(within(switcher).getByRole("option", { name: "All users" })).toBeInTheDocument());
    await user.selectOptions(switcher, "All users");
    await screen.findByRole("heading", { name: "All users" });
    const builder = userById(SEED_USERS.builder);
    const row = await findRow(builder.name);
    await user.click(within(row).getByRole("button", { name: `Actions for ${builder.name}` }));
    await user.click(await screen.findByRole("menuitem", { name: /Archive from instance/ }));
    const confirm = await screen.findByRole("alertdialog");
    await user.click(within(confirm).getByRole("button", { name: "Archive from instance" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(within(row).getByText("Archived")).toBeInTheDocument());
    const data = backend.snapshot();
    expect(data.users.find((entry) => entry.id === builder.id)?.instanceStatus).toBe("archived");
    expect(data.memberships.filter((membership) => membership.userId === builder.id).every((membership) => membership.status === "archived")).toBe(true);
  });

  it("R9: invited members show in the table with their status after an invite (cloud: new email requested, existing account invited)", async () => {
    const config: RosterConfigInput = { deployment: "cloud" };
    const { user, backend } = setup({ config });
    await screen.findByRole("heading", { name: "Design" });
    const data = backend.snapshot();
    const elsewhere = data.users.find(
      (entry) => entry.hasAccount && entry.instanceStatus === "active" && !data.memberships.some((membership) => membership.userId === entry.id && membership.workspaceId === SEED_FIRST_WORKSPACE),
    );
    if (!elsewhere) throw new Error("the seed has no user outside ws-1");
    await user.click(screen.getByRole("button", { name: "Invite members" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Name"), "Zed Newcomer");
    await user.type(within(dialog).getByLabelText("Email"), "zed.newcomer@example.com");
    await user.click(within(dialog).getByRole("radio", { name: "End user" }));
    await user.click(within(dialog).getByRole("button", { name: "Add another person" }));
    const second = within(dialog).getByRole("group", { name: "Person 2" });
    await user.type(within(second).getByLabelText("Name"), elsewhere.name);
    await user.type(within(second).getByLabelText("Email"), elsewhere.email);
    await user.click(within(second).getByRole("radio", { name: "End user" }));
    await user.click(within(dialog).getByRole("button", { name: "Send 2 invitations" }));
    // Cloud: nothing to copy, so the dialog closes and the outcome is announced.
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByRole("button", { name: "Invite members" })).toHaveFocus();
    await waitFor(() => expect(screen.getAllByRole("status").some((region) => region.textContent === "2 invitations sent.")).toBe(true));
    await user.type(screen.getByRole("searchbox", { name: "Search members" }), "zed.newcomer");
    expect(within(await findRow("Zed Newcomer")).getByText("Requested")).toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox", { name: "Search members" }));
    await user.type(screen.getByRole("searchbox", { name: "Search members" }), elsewhere.email);
    expect(within(await findRow(elsewhere.name)).getByText("Invited")).toBeInTheDocument();
  });

  it("R21: \"View details\" opens the member's panel with focus in it; closing it gives focus back to the row's menu", async () => {
    const { user, userById } = setup();
    const builder = userById(SEED_USERS.builder);
    const row = await findRow(builder.name);
    const trigger = within(row).getByRole("button", { name: `Actions for ${builder.name}` });
    await user.click(trigger);
    await user.click(await screen.findByRole("menuitem", { name: "View details" }));
    const panel = await screen.findByRole("region", { name: `Details of ${builder.name}` });
    const close = within(panel).getByRole("button", { name: "Close details" });
    expect(close).toHaveFocus();
    await user.click(close);
    expect(screen.queryByRole("region", { name: `Details of ${builder.name}` })).toBeNull();
    // The menu mounts its Radix trigger on first use: query it again.
    const menuTrigger = within(row).getByRole("button", { name: `Actions for ${builder.name}` });
    expect(menuTrigger).toHaveFocus();

    await user.click(menuTrigger);
    await user.click(await screen.findByRole("menuitem", { name: "Edit role and groups" }));
    const editing = await screen.findByRole("region", { name: `Details of ${builder.name}` });
    await waitFor(() => expect(editing.querySelector('[data-scope="member-edit"]')).not.toBeNull());
    expect(editing.contains(document.activeElement)).toBe(true);
  });

  it("has no axe violations", async () => {
    const { view } = setup();
    await screen.findByRole("heading", { name: "Design" });
    await screen.findByText(/billable seat/);
    expect(await axe(view.container)).toHaveNoViolations();
  });
});

import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { InviteMembersParams, RosterAdapter } from "../src/core/adapter.types";
import type { RosterConfigInput } from "../src/core/config";
import { RosterError } from "../src/core/errors";
import { InviteUserDialog } from "../src/react/invite-user-dialog";
import type { InviteUserFormProps } from "../src/react/invite-user-form";
import { InviteUserForm } from "../src/react/invite-user-form";
import { RosterProvider } from "../src/react/provider";

type UserEvent = ReturnType<typeof userEvent.setup>;

interface SetupOptions {
  readonly config?: RosterConfigInput;
  readonly actorId?: string;
  readonly wrapAdapter?: (adapter: RosterAdapter) => RosterAdapter;
  readonly formProps?: InviteUserFormProps;
  readonly children?: ReactNode;
}

function setup({ config = {}, actorId = SEED_USERS.superAdmin, wrapAdapter, formProps = {}, children }: SetupOptions = {}) {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId, config });
  const { backend } = memory;
  const adapter = wrapAdapter ? wrapAdapter(memory) : memory;
  const actor = backend.actorFor(actorId);
  const user = userEvent.setup();
  const view = render(
    <RosterProvider adapter={adapter} actor={actor} config={config} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
      {children ?? <InviteUserForm {...formProps} />}
    </RosterProvider>,
  );
  const emailOf = (userId: string): string => {
    const found = backend.snapshot().users.find((entry) => entry.id === userId);
    if (!found) throw new Error(`no user ${userId}`);
    return found.email;
  };
  return { backend, user, view, emailOf };
}

function person(index: number): HTMLElement {
  return screen.getByRole("group", { name: `Person ${index}` });
}

/** Fills one invitee's fields the way a person would. */
async function fillPerson(user: UserEvent, index: number, values: { name?: string; email?: string; role?: string; metadata?: string }): Promise<void> {
  const fieldset = person(index);
  if (values.name !== undefined) await user.type(within(fieldset).getByLabelText("Name"), values.name);
  if (values.email !== undefined) await user.type(within(fieldset).getByLabelText("Email"), values.email);
  if (values.role !== undefined) await user.click(within(fieldset).getByRole("radio", { name: values.role }));
  if (values.metadata !== undefined) {
    await user.click(within(fieldset).getByLabelText(/Metadata/));
    await user.paste(values.metadata);
  }
}

/** Waits until the groups and roles have loaded, so the form is complete. */
async function ready(): Promise<void> {
  await screen.findByRole("checkbox", { name: "Core team" });
}

describe("InviteUserForm", () => {
  it("R5: invites several people in one submission and reports each invitee on its own", async () => {
    const { user, backend, emailOf } = setup();
    await ready();
    const duplicate = emailOf(SEED_USERS.endUser);
    await fillPerson(user, 1, { name: "Ada Lovelace", email: "ada.new@example.com", role: "Builder" });
    await user.click(screen.getByRole("button", { name: "Add another person" }));
    expect(within(person(2)).getByLabelText("Name")).toHaveFocus();
    await fillPerson(user, 2, { name: "Alan Turing", email: "alan.new@example.com", role: "End user" });
    await user.click(screen.getByRole("button", { name: "Add another person" }));
    await fillPerson(user, 3, { name: "Already Here", email: duplicate, role: "End user" });
    await user.click(within(person(1)).getByRole("checkbox", { name: "Core team" }));

    await user.click(screen.getByRole("button", { name: "Send 3 invitations" }));

    const results = await screen.findByRole("region", { name: "Invitations" });
    expect(within(results).getByText("2 invitations sent, 1 failed.")).toBeInTheDocument();
    expect(within(results).getByText("ada.new@example.com: invited.")).toBeInTheDocument();
    expect(within(results).getByText("alan.new@example.com: invited.")).toBeInTheDocument();
    expect(within(results).getByText(new RegExp(`${duplicate.replace(/[.]/g, "\\.")}: not invited`))).toBeInTheDocument();
    // The refused invitee stays, as typed, and is now "Person 1"; the accepted ones left the form.
    expect(screen.getAllByRole("group", { name: /^Person / })).toHaveLength(1);
    expect(within(person(1)).getByLabelText("Name")).toHaveValue("Already Here");
    expect(within(person(1)).getByLabelText("Email")).toHaveValue(duplicate);
    expect(within(person(1)).getByRole("radio", { name: "End user" })).toBeChecked();
    // R10: one invitation email per accepted invitee.
    expect(backend.outbox().map((email) => email.to)).toEqual(["ada.new@example.com", "alan.new@example.com"]);
    const ada = backend.snapshot().memberships.find((membership) => membership.workspaceId === SEED_FIRST_WORKSPACE && membership.groups.includes("g-1-1") && membership.status === "invited" && membership.role === "builder");
    expect(ada).toBeDefined();
  });

  it("R5: an empty submit names every missing field, announces the errors and focuses the first", async () => {
    const { user } = setup();
    await ready();
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Fix 3 errors to continue.");
    const name = within(person(1)).getByLabelText("Name");
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Enter a name.");
    expect(within(person(1)).getByLabelText("Email")).toHaveAccessibleDescription("Enter an email address.");
    expect(within(person(1)).getByRole("radiogroup", { name: "Role" })).toHaveAccessibleDescription("Choose a role.");
  });

  it("R6: a malformed email gets the core's specific message; nothing typed is lost", async () => {
    const { user, backend } = setup();
    await ready();
    await fillPerson(user, 1, { name: "Ada", email: "ada@example", role: "Admin", metadata: '{"team": "design"}' });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    const email = within(person(1)).getByLabelText("Email");
    expect(email).toHaveFocus();
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription('The domain "example" needs a dot, like example.com.');
    expect(email).toHaveValue("ada@example");
    expect(within(person(1)).getByLabelText("Name")).toHaveValue("Ada");
    expect(within(person(1)).getByLabelText(/Metadata/)).toHaveValue('{"team": "design"}');
    expect(within(person(1)).getByRole("radio", { name: "Admin" })).toBeChecked();
    expect(backend.outbox()).toHaveLength(0);
  });

  it("R6: invalid metadata JSON is reported at its line and column, and the text is never changed", async () => {
    const { user } = setup();
    await ready();
    const metadata = '{\n  "team": \n}';
    await fillPerson(user, 1, { name: "Ada", email: "ada.json@example.com", role: "Admin", metadata });
    const textarea = within(person(1)).getByLabelText(/Metadata/);
    // Checked as soon as the filled field is left.
    await user.tab();
    expect(textarea).toHaveAttribute("aria-invalid", "true");
    expect(textarea).toHaveAccessibleDescription(/Line 3, column 1: .*expected a value/);
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(textarea).toHaveFocus();
    expect(textarea).toHaveValue(metadata);
    expect(textarea.getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(within(person(1)).getByText(/Line 3, column 1/)).toHaveAttribute("id", textarea.getAttribute("aria-describedby")?.split(" ")[1]);
  });

  it("R6: metadata that is valid JSON but not an object is refused with the core's message", async () => {
    const { user } = setup();
    await ready();
    await fillPerson(user, 1, { name: "Ada", email: "ada.array@example.com", role: "Admin", metadata: "[1, 2]" });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(within(person(1)).getByLabelText(/Metadata/)).toHaveAccessibleDescription(/Metadata must be a JSON object .*not an array/);
  });

  it("R7: a duplicate lands on the email field; an archived member is offered \"Unarchive instead\"", async () => {
    const onOfferExisting = vi.fn();
    const { user, emailOf } = setup({ formProps: { onOfferExisting } });
    await ready();
    const active = emailOf(SEED_USERS.endUser);
    const archived = emailOf(SEED_USERS.stopped);
    await fillPerson(user, 1, { name: "Active One", email: active, role: "End user" });
    await user.click(screen.getByRole("button", { name: "Add another person" }));
    await fillPerson(user, 2, { name: "Archived One", email: archived, role: "Builder" });
    await user.click(screen.getByRole("button", { name: "Send 2 invitations" }));

    const results = await screen.findByRole("region", { name: "Invitations" });
    expect(within(results).getByText("0 invitations sent, 2 failed.")).toBeInTheDocument();
    const first = within(person(1)).getByLabelText("Email");
    expect(first).toHaveAttribute("aria-invalid", "true");
    expect(first).toHaveAccessibleDescription(`${active} is already active in this workspace.`);
    expect(first).toHaveFocus();
    const second = within(person(2)).getByLabelText("Email");
    expect(second).toHaveAccessibleDescription(`${archived} is archived in this workspace. Unarchive them instead?`);
    expect(second).toHaveValue(archived);
    expect(within(person(1)).queryByRole("button", { name: "Unarchive instead" })).toBeNull();
    await user.click(within(person(2)).getByRole("button", { name: "Unarchive instead" }));
    expect(onOfferExisting).toHaveBeenCalledWith(SEED_USERS.stopped, "unarchive");
  });

  it("R7: the deactivate lifecycle offers \"Reactivate instead\"", async () => {
    const config: RosterConfigInput = { lifecycle: "deactivate" };
    const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20, lifecycle: "deactivate" }), actorId: SEED_USERS.superAdmin, config });
    const user = userEvent.setup();
    const inactive = memory.backend.snapshot().users.find((entry) => entry.id === SEED_USERS.stopped)?.email ?? "";
    render(
      <RosterProvider adapter={memory} actor={memory.backend.actorFor(SEED_USERS.superAdmin)} config={config} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}>
        <InviteUserForm onOfferExisting={() => undefined} />
      </RosterProvider>,
    );
    await ready();
    await fillPerson(user, 1, { name: "Inactive One", email: inactive, role: "Builder" });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await within(person(1)).findByRole("button", { name: "Reactivate instead" })).toBeInTheDocument();
    expect(within(person(1)).getByLabelText("Email")).toHaveAccessibleDescription(`${inactive} is inactive in this workspace. Reactivate them instead?`);
  });

  it("R8: a user archived at instance level cannot be invited; the error on the email says a super admin must unarchive them", async () => {
    const { user, emailOf, backend } = setup();
    await ready();
    const archived = emailOf(SEED_USERS.archivedOrStoppedAdmin);
    await fillPerson(user, 1, { name: "Gone", email: archived, role: "End user" });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    const email = await within(person(1)).findByLabelText("Email", {}, { timeout: 2000 });
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    expect(email).toHaveAccessibleDescription(`${archived} is archived at instance level. A super admin must unarchive them first.`);
    expect(backend.outbox()).toHaveLength(0);
  });

  it("R10: in self-hosted mode each result offers its invitation link, and copying announces it", async () => {
    const { user, backend } = setup();
    await ready();
    await fillPerson(user, 1, { name: "Grace Hopper", email: "grace.new@example.com", role: "Admin" });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    const results = await screen.findByRole("region", { name: "Invitations" });
    const [sent] = backend.outbox();
    expect(sent?.to).toBe("grace.new@example.com");
    const link = within(results).getByRole("textbox", { name: "Invitation link for grace.new@example.com" });
    expect(link).toHaveValue(sent?.url);
    await user.click(within(results).getByRole("button", { name: "Copy invitation link for grace.new@example.com" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Invitation link copied."));
    expect(within(results).getByText("Copied")).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(sent?.url);
  });

  it("R9, R10: in cloud mode a new email is requested, an existing account invited, and no link is offered", async () => {
    const config: RosterConfigInput = { deployment: "cloud" };
    const { user, backend } = setup({ config });
    await ready();
    const elsewhere = backend
      .snapshot()
      .users.find(
        (entry) =>
          entry.hasAccount &&
          entry.instanceStatus === "active" &&
          !backend.snapshot().memberships.some((membership) => membership.userId === entry.id && membership.workspaceId === SEED_FIRST_WORKSPACE),
      );
    expect(elsewhere).toBeDefined();
    await fillPerson(user, 1, { name: "New Person", email: "new.person@example.com", role: "End user" });
    await user.click(screen.getByRole("button", { name: "Add another person" }));
    await fillPerson(user, 2, { name: elsewhere?.name ?? "", email: elsewhere?.email ?? "", role: "End user" });
    await user.click(screen.getByRole("button", { name: "Send 2 invitations" }));
    const results = await screen.findByRole("region", { name: "Invitations" });
    expect(within(results).getByText("new.person@example.com: requested; they will be asked to create an account.")).toBeInTheDocument();
    expect(within(results).getByText(`${elsewhere?.email ?? ""}: invited.`)).toBeInTheDocument();
    expect(within(results).getByText("Requested")).toBeInTheDocument();
    expect(within(results).queryByRole("textbox")).toBeNull();
    expect(within(results).queryByRole("button", { name: /Copy invitation link/ })).toBeNull();
    expect(backend.outbox()).toHaveLength(2);
  });

  it("R5: a network failure keeps everything typed and a retry sends the same idempotency key", async () => {
    const calls: InviteMembersParams[] = [];
    let failNext = true;
    const { user, backend } = setup({
      wrapAdapter: (adapter) => ({
        ...adapter,
        inviteMembers: (params) => {
          calls.push(params);
          if (failNext) {
            failNext = false;
            return Promise.reject(new RosterError("network", "offline"));
          }
          return adapter.inviteMembers(params);
        },
      }),
    });
    await ready();
    await fillPerson(user, 1, { name: "Linus", email: "linus.new@example.com", role: "Builder", metadata: '{"team": "kernel"}' });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The server could not be reached");
    const retry = within(alert).getByRole("button", { name: "Try again" });
    expect(retry).toHaveFocus();
    expect(within(person(1)).getByLabelText("Name")).toHaveValue("Linus");
    expect(within(person(1)).getByLabelText("Email")).toHaveValue("linus.new@example.com");
    expect(within(person(1)).getByLabelText(/Metadata/)).toHaveValue('{"team": "kernel"}');
    await user.click(retry);
    await screen.findByText("linus.new@example.com: invited.");
    expect(calls).toHaveLength(2);
    expect(calls[1]?.idempotencyKey).toBe(calls[0]?.idempotencyKey);
    expect(backend.outbox()).toHaveLength(1);
  });

  it("R1, R3: an actor who may not invite sees the form disabled, with the reason", async () => {
    setup({ actorId: SEED_USERS.builder });
    const name = await screen.findByLabelText("Name");
    expect(name).toBeDisabled();
    expect(screen.getByRole("button", { name: "Send invitation" })).toBeDisabled();
    expect(document.querySelector('[data-part="disabled-reason"]')?.textContent).toMatch(/admin/i);
  });

  it("R5: keyboard only: fill, choose a role, add nobody else and send", async () => {
    const { user, backend } = setup();
    await ready();
    await user.tab();
    expect(within(person(1)).getByLabelText("Name")).toHaveFocus();
    await user.keyboard("Margaret Hamilton");
    await user.tab();
    await user.keyboard("margaret.new@example.com");
    await user.tab();
    expect(within(person(1)).getByRole("radio", { name: "Admin" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(person(1)).getByRole("radio", { name: "Builder" })).toBeChecked();
    // On through the groups (Space ticks one) and the metadata, to the submit button.
    await user.tab();
    expect(within(person(1)).getByRole("checkbox", { name: "Core team" })).toHaveFocus();
    await user.keyboard(" ");
    for (let step = 0; step < 12 && document.activeElement !== screen.getByRole("button", { name: "Send invitation" }); step += 1) await user.tab();
    expect(screen.getByRole("button", { name: "Send invitation" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByText("margaret.new@example.com: invited.");
    expect(backend.outbox().map((email) => email.to)).toEqual(["margaret.new@example.com"]);
    const membership = backend.snapshot().memberships.find((entry) => entry.workspaceId === SEED_FIRST_WORKSPACE && entry.groups.includes("g-1-1") && entry.role === "builder" && entry.status === "invited");
    expect(membership).toBeDefined();
  });

  it("has no axe violations when empty and with errors", async () => {
    const { user, view } = setup();
    await ready();
    expect(await axe(view.container)).toHaveNoViolations();
    await fillPerson(user, 1, { email: "nope", metadata: "{" });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(await axe(view.container)).toHaveNoViolations();
  });
});

describe("InviteUserDialog", () => {
  it("opens a labelled dialog; Escape closes it, focus returns to the button and what was typed stays", async () => {
    const { user } = setup({ children: <InviteUserDialog /> });
    const trigger = await screen.findByRole("button", { name: "Invite members" });
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Invite members" });
    expect(dialog).toHaveAccessibleDescription(/join Design/);
    await user.type(within(dialog).getByLabelText("Name"), "Kept");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();
    await user.click(trigger);
    expect(within(await screen.findByRole("dialog")).getByLabelText("Name")).toHaveValue("Kept");
  });

  it("R5: the dialog keeps focus, presses and scrolling to itself without writing to the page; a press on the backdrop closes it, focus back on the button before it goes", async () => {
    let outsideClicks = 0;
    const { user } = setup({
      children: (
        <>
          <InviteUserDialog />
          <button type="button" onClick={() => (outsideClicks += 1)}>
            Outside
          </button>
        </>
      ),
    });
    const trigger = await screen.findByRole("button", { name: "Invite members" });
    const outside = screen.getByRole("button", { name: "Outside" });
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Invite members" });
    const name = within(dialog).getByLabelText("Name");
    await waitFor(() => expect(name).toHaveFocus());

    // Modal for assistive technology: the page around it is hidden, its live region still heard.
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(screen.queryByRole("button", { name: "Outside" })).toBeNull();
    expect(screen.getAllByRole("status").length).toBeGreaterThan(0);
    // Nothing written to <body>: its style and attributes are inherited by the whole page, which would restyle all of it.
    expect(document.body.attributes).toHaveLength(0);
    // One class per part, the data-* attributes kept for hosts.
    expect(dialog).toHaveClass("rk-invite-dialog__content");
    expect(dialog).toHaveAttribute("data-part", "content");
    expect(dialog.querySelector('[data-part="root"][data-scope="invite-form"]')).toHaveClass("rk-invite-form");

    // Focus sent outside comes back; the wheel outside does not scroll the page.
    act(() => outside.focus());
    expect(name).toHaveFocus();
    const wheel = new WheelEvent("wheel", { bubbles: true, cancelable: true, deltaY: 120 });
    outside.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    await user.type(name, "Kept");

    // A press outside reaches nothing under the dialog and closes it; focus is back on the button while the dialog is still there.
    let dialogPresentOnReturn: boolean | null = null;
    trigger.addEventListener("focus", () => (dialogPresentOnReturn ??= dialog.isConnected), { once: true });
    await user.click(outside);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(outsideClicks).toBe(0);
    expect(trigger).toHaveFocus();
    expect(dialogPresentOnReturn).toBe(true);

    // Closed, the page is the page again; what was typed stays for the next opening.
    await user.click(screen.getByRole("button", { name: "Outside" }));
    expect(outsideClicks).toBe(1);
    await user.click(trigger);
    expect(within(await screen.findByRole("dialog")).getByLabelText("Name")).toHaveValue("Kept");
  });

  it("has no axe violations while open", async () => {
    const { user, view } = setup({ children: <InviteUserDialog /> });
    await user.click(await screen.findByRole("button", { name: "Invite members" }));
    await screen.findByRole("dialog");
    await ready();
    expect(await axe(view.baseElement)).toHaveNoViolations();
  });

  it("R10: closes after a cloud invite where every invitee succeeded, and stays open on self-hosted links to copy", async () => {
    const cloud = setup({ config: { deployment: "cloud" }, children: <InviteUserDialog /> });
    await cloud.user.click(await screen.findByRole("button", { name: "Invite members" }));
    await ready();
    await fillPerson(cloud.user, 1, { name: "Cloud", email: "cloud.new@example.com", role: "End user" });
    await cloud.user.click(screen.getByRole("button", { name: "Send invitation" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByRole("button", { name: "Invite members" })).toHaveFocus();
    cloud.view.unmount();

    const selfHosted = setup({ children: <InviteUserDialog /> });
    await selfHosted.user.click(await screen.findByRole("button", { name: "Invite members" }));
    await ready();
    await fillPerson(selfHosted.user, 1, { name: "Self", email: "self.new@example.com", role: "End user" });
    await selfHosted.user.click(screen.getByRole("button", { name: "Send invitation" }));
    const dialog = await screen.findByRole("dialog");
    expect(await within(dialog).findByRole("button", { name: "Copy invitation link for self.new@example.com" })).toBeInTheDocument();
    await selfHosted.user.click(within(within(dialog).getByRole("form", { name: "Invite members" })).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("R3: the button is shown disabled with the reason for an actor who may not invite", async () => {
    setup({ actorId: SEED_USERS.builder, children: <InviteUserDialog /> });
    const trigger = await screen.findByRole("button", { name: "Invite members" });
    expect(trigger).toHaveAttribute("aria-disabled", "true");
    expect(trigger).toHaveAccessibleDescription(/admin/i);
  });
});

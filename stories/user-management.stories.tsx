import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { UserManagement } from "../src/react";
import type { LoadedRoster, RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { rosterLoader, rosterMswParameters, rosterOf } from "./story-backend";
import { expectRowStatus, menuItem, openMemberMenu, portal, searchMember, startStatusChange, waitForMembers } from "./story-steps";

/**
 * The drop-in console over the mock REST backend, in every deployment, scope, role and scenario. Each
 * story builds its own backend (`rosterLoader`), so a story's changes never reach another.
 */

function Console({ roster, args }: { readonly roster: LoadedRoster; readonly args: RosterStoryArgs }) {
  return (
    <UserManagement
      key={roster.key}
      adapter={roster.adapter}
      actor={roster.actor}
      config={roster.config}
      scope={roster.scope}
      theme={args.theme ?? "light"}
      {...(args.locale === undefined ? {} : { locale: args.locale })}
      style={{ padding: 16, minBlockSize: "100vh", boxSizing: "border-box", background: "var(--rk-color-bg)", color: "var(--rk-color-text)" }}
    />
  );
}

const meta = {
  title: "Console/UserManagement",
  // A page of full consoles would build every story's backend at once: each story stands alone instead.
  tags: ["!autodocs"],
  loaders: [rosterLoader],
  parameters: { ...rosterMswParameters, layout: "fullscreen" },
  args: { lifecycle: "archive", deployment: "self-hosted", scope: "workspace", theme: "light" },
  argTypes: {
    lifecycle: { control: "inline-radio", options: ["archive", "deactivate"] },
    deployment: { control: "inline-radio", options: ["self-hosted", "cloud"] },
    scope: { control: "inline-radio", options: ["workspace", "instance"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
    locale: { control: "select", options: [undefined, "en", "de", "ar", "he"] },
  },
  render: (args, context) => <Console roster={rosterOf(context)} args={args} />,
} satisfies Meta<RosterStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ ...rosterMswParameters, rosterkit: parameters });

/** Archive lifecycle, self-hosted, a super admin in Design. R11, R20: archive → confirm → the badge changes. */
export const Default: Story = {
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const name = roster.nameOf(SEED_USERS.endUser);
    await waitForMembers(canvasElement);
    await expectRowStatus(canvasElement, name, "Active");
    const modal = await startStatusChange(canvasElement, name, "Archive user", `Archive ${name}?`);
    // R20: the modal names the consequences, among them that nothing is deleted (R19).
    await expect(within(modal).getByText("Nothing they made is deleted.")).toBeVisible();
    await userEvent.click(within(modal).getByRole("button", { name: "Archive user" }));
    await expectRowStatus(canvasElement, name, "Archived");
    await waitFor(() => expect(portal(canvasElement).queryByRole("alertdialog")).toBeNull());
  },
};

/** Deactivate lifecycle (R17): deactivate → confirm → Inactive; the menu offers Reactivate afterwards (R24). */
export const DeactivateLifecycle: Story = {
  args: { lifecycle: "deactivate" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    await waitForMembers(canvasElement);
    const modal = await startStatusChange(canvasElement, name, "Deactivate", `Deactivate ${name}?`);
    await userEvent.click(within(modal).getByRole("button", { name: "Deactivate" }));
    await expectRowStatus(canvasElement, name, "Inactive");
    await waitFor(() => expect(portal(canvasElement).queryByRole("alertdialog")).toBeNull());
    const menu = await openMemberMenu(canvasElement, name);
    await expect(menuItem(menu, "Reactivate")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** Self-hosted (R10): a pending invite offers its invitation link to copy, and a resend. */
export const SelfHosted: Story = {
  args: { deployment: "self-hosted" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.invited);
    await waitForMembers(canvasElement);
    const menu = await openMemberMenu(canvasElement, name);
    await expect(menuItem(menu, "Copy invitation link")).toBeVisible();
    await expect(menuItem(menu, "Resend invitation")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** Cloud (R9, R10): no invitation links to copy; a pending invite can be resent. */
export const Cloud: Story = {
  args: { deployment: "cloud" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.pending);
    await waitForMembers(canvasElement);
    await expectRowStatus(canvasElement, name, "Requested");
    const menu = await openMemberMenu(canvasElement, name);
    await expect(within(menu).queryByRole("menuitem", { name: /^Copy invitation link/ })).toBeNull();
    await expect(menuItem(menu, "Resend invitation")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** Cloud, deactivate lifecycle. */
export const CloudDeactivate: Story = {
  args: { deployment: "cloud", lifecycle: "deactivate" },
  play: async ({ canvasElement }) => {
    await waitForMembers(canvasElement);
  },
};

/** R2: the instance-wide "All users" view of a super admin; archive acts at instance level (R12). */
export const InstanceScope: Story = {
  args: { scope: "instance" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    await waitForMembers(canvasElement);
    await expect(within(canvasElement).getByRole("heading", { name: "All users" })).toBeVisible();
    await searchMember(canvasElement, name);
    const menu = await openMemberMenu(canvasElement, name);
    await expect(menuItem(menu, "Archive from instance")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** A workspace admin (not a super admin): no "All users" (R2), and no archiving oneself (R4). */
export const WorkspaceAdmin: Story = {
  parameters: backend({ actorId: SEED_USERS.admin }),
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.admin);
    await waitForMembers(canvasElement);
    const scopes = within(canvasElement).getByRole("combobox", { name: "Workspace" });
    await expect(within(scopes).queryByRole("option", { name: "All users" })).toBeNull();
    const menu = await openMemberMenu(canvasElement, name);
    const archive = menuItem(menu, "Archive user");
    await expect(archive).toHaveAttribute("aria-disabled", "true");
    await expect(archive).toHaveAccessibleDescription(/your own status/);
  },
};

/** A builder (R1, R3): the list is read-only, invites and status changes are not offered as enabled. */
export const BuilderReadOnly: Story = {
  parameters: backend({ scenario: "forbidden" }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="users-table"][data-part="root"]')).not.toBeNull(), { timeout: 8000 });
    const invite = within(canvasElement).getByRole("button", { name: "Invite members" });
    await expect(invite).toHaveAttribute("aria-disabled", "true");
  },
};

/** Scenario `empty`: a workspace whose only member is its admin; a first invite. */
export const Empty: Story = {
  parameters: backend({ scenario: "empty" }),
  play: async ({ canvasElement }) => {
    await waitForMembers(canvasElement);
    await expect(canvasElement.querySelectorAll('[data-scope="users-table"][data-part="row"]')).toHaveLength(1);
    await expect(within(canvasElement).getByRole("button", { name: "Invite members" })).toBeEnabled();
  },
};

/** R15 (with R3): Lin Last is the only active admin of Design; archiving her is offered disabled, with the reason. */
export const LastAdminRefusal: Story = {
  parameters: backend({ scenario: "last-admin", workspaceId: "ws-1" }),
  play: async ({ canvasElement }) => {
    const name = "Lin Last";
    await waitForMembers(canvasElement);
    const menu = await openMemberMenu(canvasElement, name);
    const archive = menuItem(menu, "Archive user");
    await expect(archive).toHaveAttribute("aria-disabled", "true");
    await expect(archive).toHaveAttribute("data-rule", "R15");
    await expect(archive).toHaveAccessibleDescription(/last active admin/i);
    // Choosing it does nothing: no modal opens, the menu stays.
    await userEvent.click(archive);
    await expect(portal(canvasElement).queryByRole("alertdialog")).toBeNull();
    await expectRowStatus(canvasElement, name, "Active");
  },
};

/** R8: a user archived at instance level cannot be invited; the error says a super admin must unarchive them first. */
export const InstanceArchivedInvitee: Story = {
  parameters: backend({ scenario: "instance-archived-invitee" }),
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const email = roster.emailOf(SEED_USERS.archivedOrStoppedAdmin);
    await waitForMembers(canvasElement);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Invite members" }));
    const dialog = await portal(canvasElement).findByRole("dialog", { name: "Invite members" });
    const form = within(dialog);
    await userEvent.type(form.getByRole("textbox", { name: "Name" }), "Returning person");
    await userEvent.type(form.getByRole("textbox", { name: "Email" }), email);
    await userEvent.click(form.getByRole("radio", { name: "End user" }));
    await userEvent.click(form.getByRole("button", { name: "Send invitation" }));
    await waitFor(() => expect(form.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(/archived at instance level/), { timeout: 5000 });
    await expect(form.getByRole("textbox", { name: "Email" })).toHaveValue(email);
  },
};

/** Scenario `large-10k` (R25): 10,000 people, paged on the server; the next page comes from the server. */
export const Large10k: Story = {
  parameters: backend({ scenario: "large-10k" }),
  play: async ({ canvasElement }) => {
    await waitForMembers(canvasElement, 15000);
    const pagination = within(canvasElement).getByRole("navigation", { name: "Pagination" });
    await expect(pagination).toHaveTextContent(/^1–25 of [\d,]+/);
    await userEvent.click(within(pagination).getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(pagination).toHaveTextContent(/^26–50 of [\d,]+/), { timeout: 8000 });
  },
};

/** Scenario `slow`: every answer takes 1.2 s; the table shows its loading state first. */
export const Slow: Story = {
  parameters: backend({ scenario: "slow" }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("Loading members…")).toBeVisible();
    await waitForMembers(canvasElement, 10000);
  },
};

/** Scenario `flaky`: 30% of requests fail; the adapter retries reads, and the table offers "Try again". */
export const Flaky: Story = {
  parameters: backend({ scenario: "flaky" }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(
      async () => {
        const retry = canvas.queryByRole("button", { name: "Try again" });
        if (retry !== null) await userEvent.click(retry);
        await expect(canvasElement.querySelector('[data-scope="users-table"][data-part="root"]')?.getAttribute("data-state")).toBe("ready");
      },
      { timeout: 15000, interval: 500 },
    );
  },
};

/** R22: another admin changed the member meanwhile; the change is not applied and the new state is shown. */
export const Conflict: Story = {
  parameters: backend({ scenario: "conflict" }),
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    await waitForMembers(canvasElement);
    const modal = await startStatusChange(canvasElement, name, "Archive user", `Archive ${name}?`);
    await userEvent.click(within(modal).getByRole("button", { name: "Archive user" }));
    await expect(await within(modal).findByText(/was changed by someone else/, {}, { timeout: 5000 })).toBeVisible();
    await expect(within(modal).getByText("Current status")).toBeVisible();
    await expect(within(modal).getByText("Active")).toBeVisible();
    await userEvent.click(within(modal).getByRole("button", { name: "Close" }));
    await expectRowStatus(canvasElement, name, "Active");
  },
};

/** Scenario `rate-limited`: every third request is answered 429 with Retry-After; the adapter waits and retries. */
export const RateLimited: Story = {
  parameters: backend({ scenario: "rate-limited" }),
  play: async ({ canvasElement }) => {
    await waitForMembers(canvasElement, 10000);
  },
};

/** Dark theme (`<RosterProvider theme="dark">`). */
export const Dark: Story = {
  args: { theme: "dark" },
  parameters: { backgrounds: { disable: true } },
  play: async ({ canvasElement }) => {
    await waitForMembers(canvasElement);
    await expect(canvasElement.querySelector("[data-rk-root]")).toHaveAttribute("data-rk-theme", "dark");
  },
};

/** Right to left: Arabic locale, so the console's root is `dir="rtl"`. */
export const RightToLeft: Story = {
  args: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await waitForMembers(canvasElement);
    await expect(canvasElement.querySelector("[data-rk-root]")).toHaveAttribute("dir", "rtl");
    await expect(canvasElement.querySelector("[data-rk-root]")).toHaveAttribute("lang", "ar");
  },
};

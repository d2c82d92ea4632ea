import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { UserManagement } from "../src/react";
import type { LoadedRoster, RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { rosterLoader, rosterMswParameters, rosterOf } from "./story-backend";
import { portal, storyPages } from "./story-steps";

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
    const { table, confirmModal } = storyPages(canvasElement);
    await table.waitForRows();
    await table.waitForStatus(name, "Active");
    await table.chooseRowAction(name, "Archive user");
    const modal = confirmModal(`Archive ${name}?`);
    // R20: the modal names the consequences, among them that nothing is deleted (R19).
    await expect(within(await modal.element()).getByText("Nothing they made is deleted.")).toBeVisible();
    await modal.confirm("Archive user");
    await table.waitForStatus(name, "Archived");
    await modal.waitForClosed();
  },
};

/** Deactivate lifecycle (R17): deactivate → confirm → Inactive; the menu offers Reactivate afterwards (R24). */
export const DeactivateLifecycle: Story = {
  args: { lifecycle: "deactivate" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const { table, confirmModal } = storyPages(canvasElement);
    await table.waitForRows();
    await table.chooseRowAction(name, "Deactivate");
    const modal = confirmModal(`Deactivate ${name}?`);
    await modal.confirm("Deactivate");
    await table.waitForStatus(name, "Inactive");
    await modal.waitForClosed();
    const menu = await table.openRowMenu(name);
    await expect(await menu.item("Reactivate")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** Self-hosted (R10): a pending invite offers its invitation link to copy, and a resend. */
export const SelfHosted: Story = {
  args: { deployment: "self-hosted" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.invited);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const menu = await table.openRowMenu(name);
    await expect(await menu.item("Copy invitation link")).toBeVisible();
    await expect(await menu.item("Resend invitation")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** Cloud (R9, R10): no invitation links to copy; a pending invite can be resent. */
export const Cloud: Story = {
  args: { deployment: "cloud" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.pending);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    await table.waitForStatus(name, "Requested");
    const menu = await table.openRowMenu(name);
    await expect(await menu.hasItem("Copy invitation link")).toBe(false);
    await expect(await menu.item("Resend invitation")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** Cloud, deactivate lifecycle. */
export const CloudDeactivate: Story = {
  args: { deployment: "cloud", lifecycle: "deactivate" },
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
  },
};

/** R2: the instance-wide "All users" view of a super admin; archive acts at instance level (R12). */
export const InstanceScope: Story = {
  args: { scope: "instance" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    await expect(within(canvasElement).getByRole("heading", { name: "All users" })).toBeVisible();
    await table.search(name);
    const menu = await table.openRowMenu(name);
    await expect(await menu.item("Archive from instance")).toBeVisible();
    await userEvent.keyboard("{Escape}");
  },
};

/** A workspace admin (not a super admin): no "All users" (R2), and no archiving oneself (R4). */
export const WorkspaceAdmin: Story = {
  parameters: backend({ actorId: SEED_USERS.admin }),
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.admin);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const scopes = within(canvasElement).getByRole("combobox", { name: "Workspace" });
    await expect(within(scopes).queryByRole("option", { name: "All users" })).toBeNull();
    const menu = await table.openRowMenu(name);
    const archive = await menu.item("Archive user");
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
    await storyPages(canvasElement).table.waitForRows();
    await expect(canvasElement.querySelectorAll('[data-scope="users-table"][data-part="row"]')).toHaveLength(1);
    await expect(within(canvasElement).getByRole("button", { name: "Invite members" })).toBeEnabled();
  },
};

/** R15 (with R3): Lin Last is the only active admin of Design; archiving her is offered disabled, with the reason. */
export const LastAdminRefusal: Story = {
  parameters: backend({ scenario: "last-admin", workspaceId: "ws-1" }),
  play: async ({ canvasElement }) => {
    const name = "Lin Last";
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const menu = await table.openRowMenu(name);
    const archive = await menu.item("Archive user");
    await expect(archive).toHaveAttribute("aria-disabled", "true");
    await expect(archive).toHaveAttribute("data-rule", "R15");
    await expect(archive).toHaveAccessibleDescription(/last active admin/i);
    // Choosing it does nothing: no modal opens, the menu stays.
    await userEvent.click(archive);
    await expect(portal(canvasElement).queryByRole("alertdialog")).toBeNull();
    await table.waitForStatus(name, "Active");
  },
};

/** R8: a user archived at instance level cannot be invited; the error says a super admin must unarchive them first. */
export const InstanceArchivedInvitee: Story = {
  parameters: backend({ scenario: "instance-archived-invitee" }),
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const email = roster.emailOf(SEED_USERS.archivedOrStoppedAdmin);
    const pages = storyPages(canvasElement);
    await pages.table.waitForRows();
    const form = await pages.openInviteDialog();
    await form.fillInvitee({ name: "Returning person", email, role: "End user" });
    await form.submit();
    const field = await form.field("email");
    await waitFor(() => expect(field).toHaveAccessibleDescription(/archived at instance level/), { timeout: 5000 });
    await expect(field).toHaveValue(email);
  },
};

/** Scenario `large-10k` (R25): 10,000 people, paged on the server; the next page comes from the server. */
export const Large10k: Story = {
  parameters: backend({ scenario: "large-10k" }),
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows({ timeout: 15000 });
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
    await storyPages(canvasElement).table.waitForRows({ timeout: 10000 });
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
    const { table, confirmModal } = storyPages(canvasElement);
    await table.waitForRows();
    await table.chooseRowAction(name, "Archive user");
    const modal = confirmModal(`Archive ${name}?`);
    const dialog = await modal.element();
    await modal.confirm("Archive user");
    await expect(await within(dialog).findByText(/was changed by someone else/, {}, { timeout: 5000 })).toBeVisible();
    await expect(within(dialog).getByText("Current status")).toBeVisible();
    await expect(within(dialog).getByText("Active")).toBeVisible();
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await table.waitForStatus(name, "Active");
  },
};

/** Scenario `rate-limited`: every third request is answered 429 with Retry-After; the adapter waits and retries. */
export const RateLimited: Story = {
  parameters: backend({ scenario: "rate-limited" }),
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows({ timeout: 10000 });
  },
};

/** Dark theme (`<RosterProvider theme="dark">`). */
export const Dark: Story = {
  args: { theme: "dark" },
  parameters: { backgrounds: { disable: true } },
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    await expect(canvasElement.querySelector("[data-rk-root]")).toHaveAttribute("data-rk-theme", "dark");
  },
};

/** Right to left: Arabic locale, so the console's root is `dir="rtl"`. */
export const RightToLeft: Story = {
  args: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    await expect(canvasElement.querySelector("[data-rk-root]")).toHaveAttribute("dir", "rtl");
    await expect(canvasElement.querySelector("[data-rk-root]")).toHaveAttribute("lang", "ar");
  },
};

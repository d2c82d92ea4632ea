import type { Meta, StoryObj } from "@storybook/react-vite";
import { delay, http } from "msw";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { ConfirmStatusModal, MemberDetailsPanel } from "../src/react";
import type { RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { ROSTER_STORY_BASE_URL, rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";
import { storyPages } from "./story-steps";

/**
 * A member's details panel over the mock REST backend: it loads the member on its own (`MEMBER.REFRESH`),
 * shows every field, and its status button opens the same confirm modal as the row menu (R21).
 */

type PanelStoryArgs = RosterStoryArgs & { readonly memberId: string; readonly onClose?: () => void };

const meta = {
  title: "Components/MemberDetailsPanel",
  component: MemberDetailsPanel,
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters },
  args: { memberId: SEED_USERS.endUser, lifecycle: "archive", deployment: "self-hosted", theme: "light", onClose: fn() },
  argTypes: {
    memberId: { control: "select", options: ["u-1", "u-2", "u-3", "u-4", "u-5", "u-6", "u-7", "u-8"] },
    lifecycle: { control: "inline-radio", options: ["archive", "deactivate"] },
    scope: { control: "inline-radio", options: ["workspace", "instance"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: ({ memberId, onClose }) => (
    <div style={{ maxInlineSize: 480 }}>
      <MemberDetailsPanel memberId={memberId} {...(onClose ? { onClose } : {})} />
      <ConfirmStatusModal />
    </div>
  ),
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ rosterkit: parameters });

/** The panel of a member, once loaded. */
async function findPanel(canvasElement: HTMLElement, name: string): Promise<HTMLElement> {
  return within(canvasElement).findByRole("region", { name: `Details of ${name}` }, { timeout: 5000 });
}

/** An active end user of Design: email, status, role, groups, dates, metadata; edit and archive. */
export const ActiveMember: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const roster = rosterOf({ loaded });
    const name = roster.nameOf(SEED_USERS.endUser);
    const panel = within(await findPanel(canvasElement, name));
    await expect(panel.getByText(roster.emailOf(SEED_USERS.endUser))).toBeVisible();
    await expect(panel.getByText("Active")).toBeVisible();
    await expect(panel.getByText("End user")).toBeVisible();
    const actions = panel.getByRole("group", { name: "Actions" });
    await expect(within(actions).getByRole("button", { name: "Edit role and groups" })).toBeVisible();
    await expect(within(actions).getByRole("button", { name: "Archive user" })).toBeVisible();
    await userEvent.click(panel.getByRole("button", { name: "Close details" }));
    await expect(args.onClose).toHaveBeenCalled();
  },
};

/** R21: the panel's status button opens the same confirm modal as the row menu; the badge follows. */
export const ArchiveFromPanel: Story = {
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const panel = within(await findPanel(canvasElement, name));
    await userEvent.click(panel.getByRole("button", { name: "Archive user" }));
    await storyPages(canvasElement).confirmModal(`Archive ${name}?`).confirm("Archive user");
    await waitFor(() => expect(panel.getByText("Archived")).toBeVisible(), { timeout: 5000 });
    await expect(await panel.findByRole("button", { name: "Unarchive user" }, { timeout: 5000 })).toBeVisible();
  },
};

/** The role and groups editor opens in place (R24: edit of an active member). */
export const EditRoleAndGroups: Story = {
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const panel = within(await findPanel(canvasElement, name));
    const edit = panel.getByRole("button", { name: "Edit role and groups" });
    await userEvent.click(edit);
    await expect(edit).toHaveAttribute("aria-expanded", "true");
    const form = await panel.findByRole("form", { name: `Edit role and groups of ${name}` }, { timeout: 5000 });
    await userEvent.click(within(form).getByRole("radio", { name: "Builder" }));
    await userEvent.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(panel.getByText("Builder")).toBeVisible(), { timeout: 5000 });
  },
};

/** A pending invite (R10): invited, never active. */
export const InvitedMember: Story = {
  args: { memberId: SEED_USERS.invited },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.invited);
    const panel = within(await findPanel(canvasElement, name));
    await expect(panel.getByText("Invited", { selector: '[data-scope="status-badge"] [data-part="label"]' })).toBeVisible();
    await expect(panel.getByText("Never")).toBeVisible();
  },
};

/** An archived member of Design: Unarchive (R14). */
export const ArchivedMember: Story = {
  args: { memberId: SEED_USERS.stopped },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.stopped);
    const panel = within(await findPanel(canvasElement, name));
    await expect(panel.getByText("Archived")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Unarchive user" })).toBeVisible();
  },
};

/** Deactivate lifecycle, an inactive member: Reactivate (R18). */
export const InactiveMember: Story = {
  args: { memberId: SEED_USERS.stopped, lifecycle: "deactivate" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.stopped);
    const panel = within(await findPanel(canvasElement, name));
    await expect(panel.getByText("Inactive")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Reactivate" })).toBeVisible();
  },
};

/** R4: the signed-in super admin's own panel; archiving oneself is shown disabled with the reason (R3). */
export const Yourself: Story = {
  args: { memberId: SEED_USERS.superAdmin },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.superAdmin);
    const panel = within(await findPanel(canvasElement, name));
    await expect(panel.getByText("You")).toBeVisible();
    const archive = panel.getByRole("button", { name: "Archive user" });
    await expect(archive).toHaveAttribute("aria-disabled", "true");
    await expect(archive).toHaveAccessibleDescription(/your own status/);
  },
};

/** R12, R13: a user archived at instance level, in the "All users" view, with every membership listed. */
export const InstanceArchivedUser: Story = {
  args: { memberId: SEED_USERS.archivedOrStoppedAdmin, scope: "instance" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.archivedOrStoppedAdmin);
    const panel = within(await findPanel(canvasElement, name));
    await expect(panel.getByRole("heading", { name: "Workspaces" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Unarchive in instance" })).toBeVisible();
  },
};

/** Loading: the member request has not answered yet. */
export const Loading: Story = {
  parameters: backend({ handlers: () => [http.get(`${ROSTER_STORY_BASE_URL}/workspaces/:workspaceId/members/:memberId`, async () => delay("infinite"))] }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("Loading member…");
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: "dark" },
  play: async ({ canvasElement, loaded }) => {
    await findPanel(canvasElement, rosterOf({ loaded }).nameOf(SEED_USERS.endUser));
  },
};

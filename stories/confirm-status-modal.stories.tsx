import type { Meta, StoryObj } from "@storybook/react-vite";
import { HttpResponse, http } from "msw";
import { expect, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import type { Scope } from "../src/core";
import { ConfirmStatusModal, UsersTable } from "../src/react";
import type { LoadedRoster, RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { ROSTER_STORY_BASE_URL, rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";
import { storyPages } from "./story-steps";

/**
 * The confirm modal of every status change (R20), opened the way people open it: from a row menu of the
 * users table it sits next to. One story per action, then a refusal and a version conflict.
 */

const meta = {
  title: "Components/ConfirmStatusModal",
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters },
  args: { lifecycle: "archive", deployment: "self-hosted", theme: "light" },
  render: () => (
    <>
      <UsersTable searchDebounceMs={50} />
      <ConfirmStatusModal />
    </>
  ),
} satisfies Meta<RosterStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ rosterkit: parameters });
const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };

interface OpenOptions {
  readonly userId: string;
  /** The menu item. */
  readonly item: string;
  /** The modal's title, from the member's name. */
  readonly title: (name: string) => string;
  /** Consequences the modal must name (R20). */
  readonly consequences: (name: string, roster: LoadedRoster) => readonly (string | RegExp)[];
  /** Find the member through the search box first (not on the first page). */
  readonly search?: boolean;
}

/** A play function that opens the modal from a row menu and checks what it says; the modal stays open. */
function openFromRowMenu({ userId, item, title, consequences, search = false }: OpenOptions): NonNullable<Story["play"]> {
  return async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const name = roster.nameOf(userId);
    const { table, confirmModal } = storyPages(canvasElement);
    await table.waitForRows();
    if (search) await table.search(name);
    await table.chooseRowAction(name, item);
    const modal = confirmModal(title(name));
    const dialog = await modal.element();
    for (const text of consequences(name, roster)) await expect(within(dialog).getByText(text)).toBeVisible();
    // An alertdialog starts on its least destructive action.
    await expect(await modal.button("Cancel")).toHaveFocus();
  };
}

/** R11, R20: archive in a workspace; the user keeps their other workspaces, frees a seat, nothing is deleted. */
export const Archive: Story = {
  play: openFromRowMenu({
    userId: SEED_USERS.endUser,
    item: "Archive user",
    title: (name) => `Archive ${name}?`,
    consequences: (name) => [`${name} loses access to Design. Their other workspaces are not affected.`, "Nothing they made is deleted.", /billable seat/i],
  }),
};

/** R14: unarchive in a workspace sends a new invitation email. */
export const Unarchive: Story = {
  play: openFromRowMenu({
    userId: SEED_USERS.stopped,
    item: "Unarchive user",
    title: (name) => `Unarchive ${name}?`,
    consequences: (name, roster) => [`${name} is invited to Design again and regains access once they accept.`, `An invitation email is sent to ${roster.emailOf(SEED_USERS.stopped)}.`],
  }),
};

/** R12: instance archive, from the "All users" view of a super admin (R2). */
export const InstanceArchive: Story = {
  args: { scope: "instance" },
  play: openFromRowMenu({
    userId: SEED_USERS.endUser,
    item: "Archive from instance",
    title: (name) => `Archive ${name} from the whole instance?`,
    consequences: (name) => [`${name} can no longer sign in and loses access to every workspace. They cannot be invited until a super admin unarchives them.`],
    search: true,
  }),
};

/** R13: instance unarchive; the memberships stay archived. */
export const InstanceUnarchive: Story = {
  args: { scope: "instance" },
  play: openFromRowMenu({
    userId: SEED_USERS.archivedOrStoppedAdmin,
    item: "Unarchive in instance",
    title: (name) => `Unarchive ${name} in the instance?`,
    consequences: (name) => [`${name} can sign in and be invited again. Their memberships stay archived until each workspace's admins unarchive them.`],
    search: true,
  }),
};

/** R17: deactivate (deactivate lifecycle). */
export const Deactivate: Story = {
  args: { lifecycle: "deactivate" },
  play: openFromRowMenu({
    userId: SEED_USERS.endUser,
    item: "Deactivate",
    title: (name) => `Deactivate ${name}?`,
    consequences: (name) => [`${name} can no longer sign in, stops receiving notifications and cannot be assigned to new records.`, "Nothing they made is deleted."],
  }),
};

/** R18: reactivate (deactivate lifecycle), at once with the former role and groups. */
export const Reactivate: Story = {
  args: { lifecycle: "deactivate" },
  play: openFromRowMenu({
    userId: SEED_USERS.stopped,
    item: "Reactivate",
    title: (name) => `Reactivate ${name}?`,
    consequences: (name) => [`${name} can sign in again at once, with the role and groups they had before.`, "No email is sent."],
  }),
};

/** R20: the backend refuses (a 500 here): the row rolls back and the modal shows the error with "Try again". */
export const FailedWithError: Story = {
  parameters: backend({
    retry: false,
    handlers: () => [
      http.post(`${ROSTER_STORY_BASE_URL}/workspaces/:workspaceId/members/:memberId/status`, () =>
        HttpResponse.json(
          { type: "urn:rosterkit:problem:unknown", title: "Internal error", status: 500, code: "unknown", detail: "The roster service is down." },
          { status: 500, headers: { "Content-Type": "application/problem+json" } },
        ),
      ),
    ],
  }),
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const { table, confirmModal } = storyPages(canvasElement);
    await table.waitForRows();
    await table.chooseRowAction(name, "Archive user");
    const modal = confirmModal(`Archive ${name}?`);
    await modal.confirm("Archive user");
    await expect(await modal.errorText()).toContain(`${name} was not changed:`);
    await expect(await modal.button("Try again")).toBeVisible();
    await modal.cancel();
    await modal.waitForClosed();
    // Rolled back: the optimistic "Archived" is gone.
    await table.waitForStatus(name, "Active");
  },
};

/**
 * R3, R15: the backend decides. Bea was made a second admin of Design, so the UI offers to archive Lin;
 * while the modal is open another admin archives Bea, and confirming is refused as the last active admin.
 */
export const LastAdminRefusedByBackend: Story = {
  parameters: backend({
    scenario: "last-admin",
    workspaceId: "ws-1",
    prepare: async (scenario) => {
      const admin = scenario.backend.as("u-1");
      const signal = new AbortController().signal;
      const bea = await admin.getMember({ scope: DESIGN, memberId: "u-5", signal });
      await admin.updateMember({ workspaceId: "ws-1", memberId: "u-5", role: "admin", expectedVersion: bea.version, idempotencyKey: "story-promote-bea", signal });
    },
  }),
  play: async ({ canvasElement, loaded }) => {
    const { scenario } = rosterOf({ loaded });
    const name = "Lin Last";
    const { table, confirmModal } = storyPages(canvasElement);
    await table.waitForRows();
    await table.chooseRowAction(name, "Archive user");
    const modal = confirmModal(`Archive ${name}?`);
    await modal.element();
    // Meanwhile, another admin archives Bea, the other active admin of Design.
    const admin = scenario.backend.as("u-1");
    const signal = new AbortController().signal;
    const bea = await admin.getMember({ scope: DESIGN, memberId: "u-5", signal });
    await admin.changeStatus({ scope: DESIGN, memberId: "u-5", action: "archive", expectedVersion: bea.version, idempotencyKey: "story-archive-bea", signal });
    await modal.confirm("Archive user");
    const error = await modal.errorText();
    await expect(error).toContain(`${name} was not changed:`);
    await expect(error).toMatch(/last active admin/i);
    await modal.cancel();
    await table.waitForStatus(name, "Active");
  },
};

/** R22: another admin changed the member while the modal was open: nothing is applied, the new state is shown. */
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
    await expect(await within(dialog).findByText(`${name} was changed by someone else while this was open. Nothing was applied; review their current state.`, {}, { timeout: 5000 })).toBeVisible();
    await expect(within(dialog).getByText("Current status")).toBeVisible();
    await expect(await modal.button("Start again")).toBeVisible();
  },
};

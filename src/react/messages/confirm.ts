import type { ConfirmMessages } from "./types";

/**
 * The confirm modal of every status change (R20, R22), in English: the default of `messages.confirm`. A
 * module of its own, so that only the components that render this section bundle it; a host's overrides of
 * `messages.confirm` are merged over it (`useMessageSection("confirm", defaultConfirmMessages)`).
 */
export const defaultConfirmMessages: ConfirmMessages = {
  title: {
    archive: ({ name }) => `Archive ${name}?`,
    unarchive: ({ name }) => `Unarchive ${name}?`,
    archiveInstance: ({ name }) => `Archive ${name} from the whole instance?`,
    unarchiveInstance: ({ name }) => `Unarchive ${name} in the instance?`,
    deactivate: ({ name }) => `Deactivate ${name}?`,
    reactivate: ({ name }) => `Reactivate ${name}?`,
  },
  confirm: {
    archive: "Archive user",
    unarchive: "Unarchive user",
    archiveInstance: "Archive from instance",
    unarchiveInstance: "Unarchive in instance",
    deactivate: "Deactivate",
    reactivate: "Reactivate",
  },
  pending: {
    archive: "Archiving…",
    unarchive: "Unarchiving…",
    archiveInstance: "Archiving…",
    unarchiveInstance: "Unarchiving…",
    deactivate: "Deactivating…",
    reactivate: "Reactivating…",
  },
  cancel: "Cancel",
  consequencesLabel: "What happens",
  accessLostWorkspace: ({ name, workspace }) => `${name} loses access to ${workspace}. Their other workspaces are not affected.`,
  accessLostInstance: ({ name }) => `${name} can no longer sign in and loses access to every workspace. They cannot be invited until a super admin unarchives them.`,
  accessLostDeactivate: ({ name }) =>
    `${name} can no longer sign in, stops receiving notifications and cannot be assigned to new records.`,
  accessRestoredReactivate: ({ name }) => `${name} can sign in again at once, with the role and groups they had before.`,
  accessRestoredUnarchive: ({ name, workspace }) => `${name} is invited to ${workspace} again and regains access once they accept.`,
  accessRestoredInstance: ({ name }) =>
    `${name} can sign in and be invited again. Their memberships stay archived until each workspace's admins unarchive them.`,
  workspacesAffected: ({ workspaces }, f) =>
    f.plural(workspaces.length, { one: `Workspace affected: ${f.list(workspaces)}.`, other: `Workspaces affected: ${f.list(workspaces)}.` }),
  invitationRevoked: "Their pending invitation link stops working.",
  emailSent: ({ email }) => `An invitation email is sent to ${email}.`,
  noEmailSent: "No email is sent.",
  seatChange: ({ before, after, workspace }, f) =>
    `${workspace === undefined ? "Billable seats" : `Billable seats in ${workspace}`}: ${f.count(before)} → ${f.count(after)}.`,
  seatDelta: ({ delta, workspace }, f) => {
    const seats = f.plural(Math.abs(delta), { one: "# billable seat", other: "# billable seats" });
    const where = workspace === undefined ? "" : ` in ${workspace}`;
    return delta < 0 ? `Frees ${seats}${where}.` : `Takes ${seats}${where}.`;
  },
  seatUnchanged: "Billable seats do not change.",
  nothingDeleted: "Nothing they made is deleted.",
  instanceUnarchived: ({ name }) => `${name} is also unarchived at instance level, so they can sign in again.`,
  conflict: ({ name }) => `${name} was changed by someone else while this was open. Nothing was applied; review their current state.`,
  failed: ({ name, reason }) => `${name} was not changed: ${reason}`,
  retry: "Try again",
  close: "Close",
  startAgain: "Start again",
  currentStatus: "Current status",
  currentRole: "Current role",
};

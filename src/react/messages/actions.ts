import type { ActionMessages } from "./types";

/**
 * The row menu and details-panel actions (R21, R24), in English: the default of `messages.actions`. A
 * module of its own, so that only the components that render this section bundle it; a host's overrides of
 * `messages.actions` are merged over it (`useMessageSection("actions", defaultActionMessages)`).
 */
export const defaultActionMessages: ActionMessages = {
  menuLabel: ({ name }) => `Actions for ${name}`,
  archive: "Archive user",
  unarchive: "Unarchive user",
  archiveInstance: "Archive from instance",
  unarchiveInstance: "Unarchive in instance",
  deactivate: "Deactivate",
  reactivate: "Reactivate",
  resendInvitation: "Resend invitation",
  copyInvitationLink: "Copy invitation link",
  edit: "Edit role and groups",
  viewDetails: "View details",
  archiveRevokesHint: "Revokes the pending invitation.",
  invitationLinkField: ({ name }) => `Invitation link of ${name}`,
  invitationFailed: ({ reason }) => `The invitation could not be handled: ${reason}`,
};

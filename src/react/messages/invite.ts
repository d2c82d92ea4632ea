import { defaultInviteButtonMessages } from "./invite-button";
import type { InviteMessages } from "./types";

/**
 * The invite dialog and form (R5–R10), in English: the default of `messages.invite`. A module of its own,
 * so that only the components that render this section bundle it; a host's overrides of `messages.invite`
 * are merged over it (`useMessageSection("invite", defaultInviteMessages)`).
 */
export const defaultInviteMessages: InviteMessages = {
  openButton: defaultInviteButtonMessages.openButton,
  title: "Invite members",
  description: ({ workspace }) => `Each person gets an invitation email to join ${workspace}.`,
  inviteeLegend: ({ index }, f) => `Person ${f.count(index)}`,
  nameLabel: "Name",
  emailLabel: "Email",
  roleLabel: "Role",
  rolePlaceholder: "Choose a role",
  groupsLabel: "Groups",
  groupsHint: "Any number of groups.",
  metadataLabel: "Metadata (JSON)",
  metadataHint: 'A JSON object, like {"team": "design"}.',
  optional: "optional",
  required: "required",
  addInvitee: "Add another person",
  removeInvitee: ({ index }, f) => `Remove person ${f.count(index)}`,
  submit: ({ count }, f) => f.plural(count, { one: "Send invitation", other: "Send # invitations" }),
  submitting: "Sending…",
  cancel: "Cancel",
  close: "Close",
  metadataPosition: ({ message, line, column }, f) => `Line ${f.count(line)}, column ${f.count(column)}: ${message}`,
  duplicate: ({ email, status }) => `${email} is already ${status.toLowerCase()} in this workspace.`,
  offerUnarchive: ({ email }) => `${email} is archived in this workspace. Unarchive them instead?`,
  offerReactivate: ({ email }) => `${email} is inactive in this workspace. Reactivate them instead?`,
  archivedInInstance: ({ email }) => `${email} is archived at instance level. A super admin must unarchive them first.`,
  fieldRefused: "The server did not accept this value. Check it and try again.",
  errorSummary: ({ count }, f) => f.plural(count, { one: "Fix # error to continue.", other: "Fix # errors to continue." }),
  errorSummaryEntry: ({ field, person, people, error }, f) => (people === 1 ? `${field}: ${error}` : `${field} of person ${f.count(person)}: ${error}`),
  resultsTitle: "Invitations",
  resultInvited: ({ email }) => `${email}: invited.`,
  resultRequested: ({ email }) => `${email}: requested; they will be asked to create an account.`,
  resultFailed: ({ email, reason }) => `${email}: not invited. ${reason}`,
  resultSummary: ({ sent, failed }, f) =>
    failed === 0
      ? f.plural(sent, { one: "# invitation sent.", other: "# invitations sent." })
      : `${f.plural(sent, { one: "# invitation sent", other: "# invitations sent" })}, ${f.plural(failed, { one: "# failed", other: "# failed" })}.`,
  copyLink: ({ email }) => `Copy invitation link for ${email}`,
  inviteMore: "Invite more",
  retryFailed: "Edit and retry the failed ones",
  unarchiveInstead: "Unarchive instead",
  reactivateInstead: "Reactivate instead",
  invitationLinkLabel: ({ email }) => `Invitation link for ${email}`,
  copied: "Copied",
  emailConverted: ({ typed, stored, email }) =>
    `The domain "${typed}" will be saved as "${stored}", the form email systems use for international domains: the invitation goes to ${email}.`,
  requestFailed: ({ reason }) => `Nothing was sent: ${reason} Everything you typed is kept.`,
  retry: "Try again",
  noGroups: "This workspace has no groups.",
};

import type { AnnouncementMessages } from "./types";

/**
 * The live region's announcements for screen readers, in English: the default of `messages.announcements`.
 * A module of its own, so that only the components that render this section bundle it; a host's overrides
 * of `messages.announcements` are merged over it (`useMessageSection("announcements",
 * defaultAnnouncementMessages)`).
 */
export const defaultAnnouncementMessages: AnnouncementMessages = {
  statusChanged: ({ name, status }) => `${name} is now ${status.toLowerCase()}.`,
  statusChangeFailed: ({ name, reason }) => `${name} was not changed: ${reason}`,
  statusConflict: ({ name, status }) =>
    `${name} was not changed: someone else changed them first.${status === null ? "" : ` They are now ${status.toLowerCase()}.`} Review their current state.`,
  invitationsSent: ({ count }, f) => f.plural(count, { one: "# invitation sent.", other: "# invitations sent." }),
  invitationResent: ({ email }) => `Invitation sent again to ${email}.`,
  linkCopied: "Invitation link copied.",
  linkCopyFailed: "The invitation link could not be copied.",
  memberUpdated: ({ name }) => `${name} was updated.`,
  listLoaded: ({ count, total }, f) =>
    total === null
      ? f.plural(count, { "=0": "No members shown.", one: "# member shown.", other: "# members shown." })
      : f.plural(total, { "=0": "No members found.", one: "# member found.", other: "# members found." }),
  sortChanged: ({ column, direction }) => `Sorted by ${column}, ${direction === "asc" ? "ascending" : "descending"}.`,
};

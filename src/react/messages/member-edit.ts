import type { MemberEditMessages } from "./types";

/**
 * The edit-role-and-groups form, in English: the default of `messages.memberEdit`. A module of its own, so
 * that only the components that render this section bundle it; a host's overrides of `messages.memberEdit`
 * are merged over it (`useMessageSection("memberEdit", defaultMemberEditMessages)`).
 */
export const defaultMemberEditMessages: MemberEditMessages = {
  title: ({ name }) => `Edit role and groups of ${name}`,
  roleLabel: "Role",
  groupsLabel: "Groups",
  save: "Save changes",
  saving: "Saving…",
  cancel: "Cancel",
  conflict: ({ name }) => `${name} was changed by someone else. Their current role and groups are shown; review and save again.`,
  failed: ({ reason }) => `Not saved: ${reason} Your choices are kept.`,
  retry: "Try again",
  startAgain: "Edit their current values",
  currentValues: "Current values",
  noGroups: "This workspace has no groups.",
};

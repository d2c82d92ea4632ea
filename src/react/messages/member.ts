import type { MemberMessages } from "./types";

/**
 * The markers shown next to a member's name, in English: the default of `messages.member`. A module of its
 * own, so that only the components that render this section bundle it; a host's overrides of
 * `messages.member` are merged over it (`useMessageSection("member", defaultMemberMessages)`).
 */
export const defaultMemberMessages: MemberMessages = {
  you: "You",
  superAdmin: "Super admin",
  unnamed: "(no name)",
  noGroups: "No groups",
  moreGroups: ({ count }, f) => `+${f.count(count)} more`,
  groupsLabel: ({ name }) => `Groups of ${name}`,
  neverActive: "Never",
};

import type { MemberStatus } from "../core/domain.types";

/**
 * The English badge text of each status (R23): the default of `messages.status.label`. A module of its
 * own, so that a `StatusBadge` used without a provider bundles these five words, not every default message.
 * @example
 * defaultStatusLabels.inactive // "Inactive"
 */
export const defaultStatusLabels: Readonly<Record<MemberStatus, string>> = {
  requested: "Requested",
  invited: "Invited",
  active: "Active",
  archived: "Archived",
  inactive: "Inactive",
};

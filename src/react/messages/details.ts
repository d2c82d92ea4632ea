import type { DetailsMessages } from "./types";

/**
 * The member details panel (R21), in English: the default of `messages.details`. A module of its own, so
 * that only the components that render this section bundle it; a host's overrides of `messages.details`
 * are merged over it (`useMessageSection("details", defaultDetailsMessages)`).
 */
export const defaultDetailsMessages: DetailsMessages = {
  title: ({ name }) => `Details of ${name}`,
  close: "Close details",
  status: "Status",
  email: "Email",
  role: "Role",
  groups: "Groups",
  workspaces: "Workspaces",
  metadata: "Metadata",
  noMetadata: "None",
  invitedAt: "Invited",
  lastActiveAt: "Last active",
  actions: "Actions",
  loading: "Loading member…",
  otherWorkspaces: "Other workspaces",
};

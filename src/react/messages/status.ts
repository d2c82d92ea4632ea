import { defaultStatusLabels } from "../status-labels";
import type { StatusMessages } from "./types";

/**
 * Labels and text about statuses (R23), in English: the default of `messages.status`. A module of its own,
 * so that only the components that render this section bundle it; a host's overrides of `messages.status`
 * are merged over it (`useMessageSection("status", defaultStatusMessages)`).
 */
export const defaultStatusMessages: StatusMessages = {
  label: defaultStatusLabels,
  description: {
    archive: {
      requested: "Invited without an account yet; waiting for them to sign up.",
      invited: "Invited; waiting for them to accept.",
      active: "Has access.",
      archived: "No access. Unarchiving sends a new invitation.",
    },
    deactivate: {
      invited: "Invited; waiting for them to accept.",
      active: "Has access.",
      inactive: "Cannot sign in or be assigned. Reactivating restores access at once.",
    },
  },
};

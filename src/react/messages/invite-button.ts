import type { InviteMessages } from "./types";

/**
 * The invite section's "Invite members" button, in English: part of `defaultInviteMessages`, in a module
 * of its own so that a page that shows only the button (the console before the dialog is opened, which
 * loads on demand) does not bundle the rest of the invite form's English
 * (`useMessageSection("invite", defaultInviteButtonMessages)`).
 */
export const defaultInviteButtonMessages: Pick<InviteMessages, "openButton"> = {
  openButton: "Invite members",
};

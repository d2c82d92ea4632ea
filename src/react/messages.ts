import { defaultActionMessages } from "./messages/actions";
import { defaultActivityMessages } from "./messages/activity";
import { defaultAnnouncementMessages } from "./messages/announcements";
import { defaultBulkInviteMessages } from "./messages/bulk-invite";
import { defaultConfirmMessages } from "./messages/confirm";
import { defaultConsoleMessages } from "./messages/console";
import { defaultDenialMessages } from "./messages/denials";
import { defaultDetailsMessages } from "./messages/details";
import { defaultErrorMessages } from "./messages/errors";
import { defaultExportMessages } from "./messages/export";
import { defaultInviteMessages } from "./messages/invite";
import { defaultMemberMessages } from "./messages/member";
import { defaultMemberEditMessages } from "./messages/member-edit";
import { mergeInto } from "./messages/merge";
import { defaultStatusMessages } from "./messages/status";
import { defaultTableMessages } from "./messages/table";
import type { RosterMessages, RosterMessagesOverrides } from "./messages/types";
import { defaultValidationMessages } from "./messages/validation";

/**
 * The whole message catalogue, for hosts: {@link defaultMessages} and {@link mergeMessages}. Every
 * user-facing string of the React components lives in one typed object, `RosterMessages`; hosts translate
 * or reword by passing a partial object to `<RosterProvider messages>` (or `<MessagesProvider>`).
 *
 * The kit's components do not import this module: each asks for the sections it renders
 * (`useMessageSection("table", defaultTableMessages)`), whose English lives in its own module
 * (`./messages/<section>`), so a page bundles only the English of the components it shows. The types
 * live in `./messages/types` and are re-exported here.
 * @module
 */

export type {
  ActionMessages,
  ActivityMessages,
  ActivityPeopleParams,
  AnnouncementMessages,
  BulkInviteMessages,
  ConfirmAction,
  ConfirmMessages,
  ConsoleMessages,
  ConsolePart,
  CountParams,
  DeepPartial,
  DenialMessages,
  DetailsMessages,
  ErrorMessages,
  ExportMessages,
  InviteMessages,
  MemberEditMessages,
  MemberMessages,
  Message,
  NameParams,
  RosterLocale,
  RosterMessages,
  RosterMessagesOverrides,
  StatusMessages,
  TableMessages,
  ValidationMessages,
} from "./messages/types";
export { deniedReason, errorReason, validationReason } from "./messages/reasons";

/**
 * The English messages of the kit, assembled from the modules of its sections.
 * @example
 * defaultMessages.status.label.archived // "Archived"
 * defaultMessages.actions.menuLabel({ name: "Ada" }, createFormat("en")) // "Actions for Ada"
 */
export const defaultMessages: RosterMessages = {
  status: defaultStatusMessages,
  actions: defaultActionMessages,
  member: defaultMemberMessages,
  confirm: defaultConfirmMessages,
  invite: defaultInviteMessages,
  bulkInvite: defaultBulkInviteMessages,
  memberEdit: defaultMemberEditMessages,
  table: defaultTableMessages,
  export: defaultExportMessages,
  details: defaultDetailsMessages,
  activity: defaultActivityMessages,
  announcements: defaultAnnouncementMessages,
  errors: defaultErrorMessages,
  denials: defaultDenialMessages,
  validation: defaultValidationMessages,
  console: defaultConsoleMessages,
};

/**
 * Deep-merges host overrides over a base (by default {@link defaultMessages}) and returns a new object;
 * neither input is changed. Nested objects merge key by key; strings and functions replace. Keys
 * `__proto__`, `constructor` and `prototype` are ignored.
 * @example
 * const messages = mergeMessages({ status: { label: { inactive: "Disabled" } }, actions: { deactivate: "Disable" } });
 * messages.status.label.inactive // "Disabled"
 * messages.status.label.active   // "Active"
 */
export function mergeMessages(overrides: RosterMessagesOverrides | undefined, base: RosterMessages = defaultMessages): RosterMessages {
  if (overrides === undefined) return base;
  // The shape is preserved key by key: `overrides` is a DeepPartial of `base`.
  return mergeInto(base, overrides) as RosterMessages;
}

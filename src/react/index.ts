/**
 * `rosterkit`: accessible React components on the Rosterkit core. Wrap them in a
 * {@link RosterProvider}, import `rosterkit/styles.css` for the default theme (or style the
 * `data-scope`/`data-part` attributes yourself), and override any string through `messages`.
 * @example
 * import { RosterProvider, StatusBadge } from "rosterkit";
 * import "rosterkit/styles.css";
 *
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}>
 *   <StatusBadge status="active" />
 * </RosterProvider>
 * @module
 */

export { RosterProvider, MessagesProvider } from "./provider";
export type {
  MessagesProviderProps,
  RosterProviderAdapterProps,
  RosterProviderBaseProps,
  RosterProviderProps,
  RosterProviderStoreProps,
  RosterTheme,
} from "./provider";

export {
  shallowEqual,
  useRosterEnvironment,
  useRosterFormat,
  useRosterMessages,
  useRosterPortalContainer,
  useRosterSelector,
  useRosterSend,
  useRosterStore,
} from "./use-roster";
export type { Direction, RosterEnvironment, RosterStoreLike } from "./use-roster";

export { defaultMessages, mergeMessages } from "./messages";
export type {
  ActionMessages,
  AnnouncementMessages,
  ConfirmAction,
  ConfirmMessages,
  CountParams,
  DeepPartial,
  DetailsMessages,
  ErrorMessages,
  InviteMessages,
  MemberEditMessages,
  MemberMessages,
  Message,
  NameParams,
  RosterMessages,
  RosterMessagesOverrides,
  StatusMessages,
  TableMessages,
} from "./messages";

export {
  createFormat,
  directionOf,
  formatCount,
  formatDate,
  formatDateTime,
  formatList,
  formatPlural,
  formatRelative,
  pluralCategory,
} from "./format";
export type { DateFormatOptions, PluralCategory, PluralForms, RosterFormat } from "./format";

export { StatusBadge } from "./status-badge";
export type { StatusBadgeProps } from "./status-badge";

export { LiveRegion, useAnnounce } from "./live-region";
export type { LiveRegionProps } from "./live-region";

export { InviteUserForm } from "./invite-user-form";
export type { InviteOutcome, InviteUserFormProps } from "./invite-user-form";
export { InviteUserDialog } from "./invite-user-dialog";
export type { InviteCloseOnSuccess, InviteUserDialogProps } from "./invite-user-dialog";
export { ScopeSwitcher } from "./scope-switcher";
export type { ScopeSwitcherProps } from "./scope-switcher";
export { SeatCount } from "./seat-count";
export type { SeatCountProps } from "./seat-count";
export { UserManagement } from "./user-management";
export type { UserManagementOwnProps, UserManagementProps } from "./user-management";
export type { ConsoleMessages } from "./messages";

export { ConfirmStatusModal, confirmActionOf } from "./confirm-status-modal";
export type { ConfirmStatusModalProps } from "./confirm-status-modal";
export { MemberDetailsPanel } from "./member-details-panel";
export type { MemberDetailsPanelProps } from "./member-details-panel";
export { MemberEditForm } from "./member-edit-form";
export type { MemberEditFormProps, MemberEditOutcome } from "./member-edit-form";

export { UsersTable } from "./users-table";
export type { UsersTableProps } from "./users-table";
export { UsersTableRow } from "./users-table-row";
export type { UsersTableRowProps } from "./users-table-row";
export { UsersTablePagination, UsersTableToolbar } from "./users-table-toolbar";
export type { UsersTablePaginationProps, UsersTableToolbarProps } from "./users-table-toolbar";
export { UsersTableBulkDialog } from "./users-table-bulk";
export type { UsersTableBulkDialogProps } from "./users-table-bulk";
export { MemberActionsMenu, memberActionLabel, memberDisplayName } from "./member-actions-menu";
export type { MemberActionsMenuProps } from "./member-actions-menu";
export { focusMemberTrigger, getMemberTrigger, registerMemberTrigger } from "./focus-return";
export { useDebouncedValue } from "./use-debounced-value";

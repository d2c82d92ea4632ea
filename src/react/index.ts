/**
 * `rosterkit`: accessible React components on the Rosterkit core. Wrap them in a
 * {@link RosterProvider}, import `rosterkit/styles.css` for the default theme (or style the
 * `data-scope`/`data-part` attributes yourself), and override any string through `messages`. Every
 * export is listed in docs/api.md.
 * @example
 * import { RosterProvider, StatusBadge } from "rosterkit";
 * import "rosterkit/styles.css";
 *
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}>
 *   <StatusBadge status="active" />
 * </RosterProvider>
 * @module
 */

export { MessagesProvider, RosterProvider } from "./provider";
export type { MessagesProviderProps, RosterProviderProps, RosterTheme } from "./provider";
export { useRosterMachine, useRosterSelector, useRosterSend, useRosterStore } from "./use-roster";
export { useRosterMessages } from "./use-roster-environment";
export type { RosterStoreLike } from "./use-roster";
export { defaultMessages } from "./messages";
export type { Message, RosterLocale, RosterMessages, RosterMessagesOverrides } from "./messages";
export type { RosterFormat } from "./format";
export { LiveRegion, useAnnounce } from "./live-region";
export type { LiveRegionProps } from "./live-region";

export { UserManagement } from "./user-management";
export type { UserManagementProps } from "./user-management";
export { RosterErrorBoundary } from "./error-boundary";
export type { RosterErrorBoundaryProps } from "./error-boundary";
export type { ConsolePart } from "./messages";
export { UsersTable } from "./users-table";
export type { UsersTableProps, UsersTableSelection } from "./users-table";
export type { MetadataColumn, MetadataColumnFormat } from "./users-table-columns";
export { ExportMembers } from "./export-members";
export type { ExportColumnOption, ExportMembersProps } from "./export-members";
export { MemberActionsMenu } from "./member-actions-menu";
export type { MemberActionsMenuProps } from "./member-actions-menu";
export { ConfirmStatusModal } from "./confirm-status-modal";
export type { ConfirmStatusModalProps } from "./confirm-status-modal";
export { MemberDetailsPanel } from "./member-details-panel";
export type { MemberDetailsPanelProps } from "./member-details-panel";
export { MemberTimeline } from "./member-timeline";
export type { MemberTimelineProps } from "./member-timeline";
export { ActivityLog } from "./activity-log";
export type { ActivityLogProps } from "./activity-log";
export { MemberEditForm } from "./member-edit-form";
export type { MemberEditFormProps, MemberEditOutcome } from "./member-edit-form";
export { InviteUserForm } from "./invite-user-form";
export type { InviteOutcome, InviteUserFormProps } from "./invite-user-form";
export { InviteUserDialog } from "./invite-user-dialog";
export type { InviteUserDialogProps } from "./invite-user-dialog";
export { InviteBulk } from "./invite-bulk";
export type { InviteBulkProps } from "./invite-bulk";
export { ScopeSwitcher } from "./scope-switcher";
export type { ScopeSwitcherProps } from "./scope-switcher";
export { SeatCount } from "./seat-count";
export type { SeatCountProps } from "./seat-count";
export { StatusBadge } from "./status-badge";
export type { StatusBadgeProps } from "./status-badge";

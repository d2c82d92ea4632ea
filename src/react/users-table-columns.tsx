"use client";

import type { ComponentType, ReactNode } from "react";
import { useEffect, useRef } from "react";
import type { MemberSort, MemberSortField, MetadataField } from "../core/adapter.types";
import type { MetadataValue } from "../core/domain.types";
import { isMetadataField, metadataField } from "../core/member-order";
import { displayedStatus } from "../core/selectors";
import type { RosterFormat } from "./format";
import { MemberActionsMenu, memberDisplayName } from "./member-actions-menu";
import { defaultMemberMessages } from "./messages/member";
import { defaultTableMessages } from "./messages/table";
import type { TableMessages } from "./messages/types";
import { useMessageSection } from "./messages/use-section";
import { StatusBadge } from "./status-badge";
import { useRosterFormat } from "./use-roster";
import { useUsersTableRow, useUsersTableShared } from "./users-table-context";
import { prefetchBulkActions } from "./users-table-lazy";

/**
 * The users table's columns: for each, its id and the component of its cells. Cells are components that
 * read their row's member from context, so a member's change re-renders that row's cells only; a header
 * is its column's label (a sort button for a sortable column), which `UsersTable` renders. No table
 * library: the rows are the page's member ids and the list machine's query holds the sort, which the
 * server (or the local list) applies (R25), so a row model would only copy the ids (issue 11: TanStack
 * Table and its store weighed 26.6 kB minified in the first paint, and built an object per row of a
 * 100,000-member page at each new order).
 * @module
 */

/** Column ids of the users table. */
export type UsersTableColumnId = "select" | "member" | "role" | "groups" | "workspaces" | "status" | "invitedAt" | "lastActiveAt" | "actions";

/** The sort field behind each sortable column. */
export const COLUMN_SORT_FIELDS: Readonly<Partial<Record<UsersTableColumnId, MemberSortField>>> = {
  member: "name",
  role: "role",
  status: "status",
  invitedAt: "invitedAt",
  lastActiveAt: "lastActiveAt",
};

/**
 * How a metadata column shows its value: `text` as it is, `number` formatted for the locale, `date` (an
 * ISO 8601 string) as a date, or the host's own function. A value of another type is shown as text.
 */
export type MetadataColumnFormat = "text" | "number" | "date" | ((value: Exclude<MetadataValue, null>, format: RosterFormat) => string);

/** A membership metadata key the host shows as a column of the users table (workspace scope). */
export interface MetadataColumn {
  /** The metadata key, e.g. `"department"`. */
  readonly key: string;
  /** The column's header, in the host's language. */
  readonly label: string;
  /** @default "text" */
  readonly format?: MetadataColumnFormat;
  /**
   * Values to filter the list by, offered in a select of the toolbar ("Any" and these); each keeps the
   * members whose value has this text (a number or boolean as JSON writes it). On the server when the
   * adapter declares `capabilities.metadata.filter`, else the select is disabled and says why (R25).
   */
  readonly filterValues?: readonly string[];
}

/** The sort field behind a column: a sortable column of the kit's, or a metadata column (its own id). */
export function columnSortField(id: string): MemberSort["field"] | undefined {
  return isMetadataField(id) ? id : COLUMN_SORT_FIELDS[id as UsersTableColumnId];
}

/** A column's header text. */
export function columnLabel(tableMessages: TableMessages, id: UsersTableColumnId): string {
  switch (id) {
    case "select":
      return tableMessages.selectPage;
    case "member":
      return tableMessages.columns.name;
    default:
      return tableMessages.columns[id];
  }
}

/** Props of {@link SelectPageCheckbox}. */
export interface SelectPageCheckboxProps {
  /** Rows of the page shown. */
  readonly shown: number;
  /** Of those, the selected ones. */
  readonly selected: number;
  /** Selects (`true`) or unselects every row of the page. */
  readonly onSelectPage: (selected: boolean) => void;
}

/**
 * The select column's header: "select every member on this page", checked when all are, mixed when some
 * are. `UsersTable` renders it with the page's counts (the selection holds only ids of the rows shown, so
 * counting is exact, without visiting every row of a 100,000-row page).
 */
export function SelectPageCheckbox({ shown, selected, onSelectPage }: SelectPageCheckboxProps): ReactNode {
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const ref = useRef<HTMLInputElement>(null);
  const all = shown > 0 && selected === shown;
  const some = selected > 0;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="rk-users-table__select-page"
      data-scope="users-table"
      data-part="select-page"
      aria-label={tableMessages.selectPage}
      checked={all}
      disabled={shown === 0}
      onPointerEnter={prefetchBulkActions}
      onFocus={prefetchBulkActions}
      onChange={(event) => onSelectPage(event.currentTarget.checked)}
    />
  );
}

function SelectCell(): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const shared = useUsersTableShared();
  const { member, selected } = useUsersTableRow();
  return (
    <input
      type="checkbox"
      className="rk-users-table__select-row"
      data-scope="users-table"
      data-part="select-row"
      aria-label={tableMessages.selectRow({ name: memberDisplayName(member) }, format)}
      checked={selected}
      onPointerEnter={prefetchBulkActions}
      onFocus={prefetchBulkActions}
      onChange={(event) => shared.selectRow(member.id, event.currentTarget.checked)}
    />
  );
}

function MemberCell(): ReactNode {
  const memberMessages = useMessageSection("member", defaultMemberMessages);
  const shared = useUsersTableShared();
  const { member } = useUsersTableRow();
  const unnamed = member.name.trim() === "";
  // No wrapper: the cell holds the name, its markers and the email (one element fewer on every row).
  return (
    <>
      {/* The name in its own direction (dir="auto", an isolate), so that a Latin name in a right-to-left
          table never reorders; cut with an ellipsis while its markers, beside it, stay whole. */}
      <span className="rk-users-table__member-name" data-scope="users-table" data-part="member-name" dir="auto">
        {unnamed ? memberMessages.unnamed : member.name}
      </span>
      {member.id === shared.actorId ? (
        <span className="rk-users-table__you-marker" data-scope="users-table" data-part="you-marker">
          {memberMessages.you}
        </span>
      ) : null}
      {member.superAdmin ? (
        <span className="rk-users-table__super-admin-marker" data-scope="users-table" data-part="super-admin-marker">
          {memberMessages.superAdmin}
        </span>
      ) : null}
      <span className="rk-users-table__member-email" data-scope="users-table" data-part="member-email" dir="ltr">
        {member.email}
      </span>
    </>
  );
}

function RoleCell(): ReactNode {
  const shared = useUsersTableShared();
  const { member } = useUsersTableRow();
  return member.role === null ? null : shared.roleLabel(member.role);
}

function GroupsCell(): ReactNode {
  const format = useRosterFormat();
  const memberMessages = useMessageSection("member", defaultMemberMessages);
  const shared = useUsersTableShared();
  const { member } = useUsersTableRow();
  if (member.groups.length === 0) {
    return (
      <span className="rk-users-table__muted" data-scope="users-table" data-part="muted">
        {memberMessages.noGroups}
      </span>
    );
  }
  const names = member.groups.map(shared.groupName);
  const shown = names.slice(0, shared.visibleGroups);
  const hidden = names.slice(shared.visibleGroups);
  const more = memberMessages.moreGroups({ count: hidden.length }, format);
  return (
    <ul className="rk-users-table__groups" data-scope="users-table" data-part="groups" aria-label={memberMessages.groupsLabel({ name: memberDisplayName(member) }, format)}>
      {shown.map((name, index) => (
        <li key={`${index}-${name}`} className="rk-users-table__group-chip" data-scope="users-table" data-part="group-chip" dir="auto">
          {name}
        </li>
      ))}
      {hidden.length > 0 ? (
        // The hidden groups' names: a tooltip for pointer users, text for screen readers.
        <li className="rk-users-table__group-more" data-scope="users-table" data-part="group-more" title={format.list(hidden)}>
          <span aria-hidden="true" dir="auto">
            {more}
          </span>
          <span data-visually-hidden="">{`${more}: ${format.list(hidden)}`}</span>
        </li>
      ) : null}
    </ul>
  );
}

function WorkspacesCell(): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const shared = useUsersTableShared();
  const { member } = useUsersTableRow();
  const names = member.memberships.map((membership) => shared.workspaceName(membership.workspaceId));
  return (
    <span className="rk-users-table__memberships" data-scope="users-table" data-part="memberships" dir="auto" title={names.length > 0 ? format.list(names) : undefined}>
      {tableMessages.membershipCount({ count: member.memberships.length }, format)}
      {names.length > 0 ? <span data-visually-hidden="">{`: ${format.list(names)}`}</span> : null}
    </span>
  );
}

function StatusCell(): ReactNode {
  const { member, pending } = useUsersTableRow();
  return <StatusBadge status={displayedStatus(member, pending)} data-pending={pending === undefined ? undefined : ""} />;
}

function DateValue({ iso }: { readonly iso: string | null }): ReactNode {
  const format = useRosterFormat();
  const memberMessages = useMessageSection("member", defaultMemberMessages);
  if (iso === null) {
    return (
      <span className="rk-users-table__muted" data-scope="users-table" data-part="muted">
        {memberMessages.neverActive}
      </span>
    );
  }
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {format.date(iso)}
    </time>
  );
}

/**
 * The day as text, no element: the exact time is in the member's details. A row has one `<time>` (last
 * active, whose time of day people ask about), not two.
 */
function InvitedAtCell(): ReactNode {
  const format = useRosterFormat();
  return format.date(useUsersTableRow().member.invitedAt);
}

function LastActiveAtCell(): ReactNode {
  return <DateValue iso={useUsersTableRow().member.lastActiveAt} />;
}

/** A metadata value as its column's format says; text for a value of another type. */
function metadataDisplay(value: Exclude<MetadataValue, null>, columnFormat: MetadataColumnFormat, format: RosterFormat): { readonly text: string; readonly dateTime?: string } {
  if (typeof columnFormat === "function") return { text: columnFormat(value, format) };
  if (columnFormat === "number" && typeof value === "number") return { text: format.count(value) };
  if (columnFormat === "date" && typeof value === "string" && !Number.isNaN(Date.parse(value))) return { text: format.date(value), dateTime: value };
  return { text: String(value) };
}

function MetadataCell({ column }: { readonly column: MetadataColumn }): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const value = useUsersTableRow().member.metadata[column.key];
  if (value === undefined || value === null) {
    return (
      <span className="rk-users-table__muted" data-scope="users-table" data-part="muted">
        {tableMessages.noMetadataValue}
      </span>
    );
  }
  const shown = metadataDisplay(value, column.format ?? "text", format);
  return shown.dateTime === undefined ? (
    <span className="rk-users-table__metadata-value" data-scope="users-table" data-part="metadata-value">
      {shown.text}
    </span>
  ) : (
    <time className="rk-users-table__metadata-value" data-scope="users-table" data-part="metadata-value" dateTime={shown.dateTime} title={format.dateTime(shown.dateTime)}>
      {shown.text}
    </time>
  );
}

function ActionsCell(): ReactNode {
  const shared = useUsersTableShared();
  const { member } = useUsersTableRow();
  return (
    <MemberActionsMenu
      member={member}
      {...(shared.onEditMember ? { onEditMember: shared.onEditMember } : {})}
      {...(shared.onOpenDetails ? { onOpenDetails: shared.onOpenDetails } : {})}
    />
  );
}

/** One column of the users table. */
export interface UsersTableColumn {
  /** A kit column's id, or a metadata column's (its sort field, `metadata.<key>`). */
  readonly id: UsersTableColumnId | MetadataField;
  /** Renders the column's cell of a row (it reads the row's member from context). */
  readonly cell: ComponentType;
}

const COLUMNS: Readonly<Record<UsersTableColumnId, UsersTableColumn>> = {
  select: { id: "select", cell: SelectCell },
  member: { id: "member", cell: MemberCell },
  role: { id: "role", cell: RoleCell },
  groups: { id: "groups", cell: GroupsCell },
  workspaces: { id: "workspaces", cell: WorkspacesCell },
  status: { id: "status", cell: StatusCell },
  invitedAt: { id: "invitedAt", cell: InvitedAtCell },
  lastActiveAt: { id: "lastActiveAt", cell: LastActiveAtCell },
  actions: { id: "actions", cell: ActionsCell },
};

/** The columns of a table, in the order shown. */
export type UsersTableColumns = readonly UsersTableColumn[];

const columnSets = new Map<string, UsersTableColumns>();
const NO_METADATA_COLUMNS: readonly MetadataColumn[] = [];
const metadataColumnSets = new WeakMap<readonly MetadataColumn[], Map<string, UsersTableColumns>>();

/** A metadata column: its id is its sort field (`metadata.<key>`); its header is the host's label (`UsersTableShared.columnLabel`). */
function metadataColumn(column: MetadataColumn): UsersTableColumn {
  return { id: metadataField(column.key), cell: () => <MetadataCell column={column} /> };
}

/**
 * The columns for a scope: workspace scope shows role and groups, then the host's metadata columns
 * (before the row actions); instance scope shows the workspaces a user belongs to instead (R2), and no
 * metadata (it is a membership's). The same array is returned for the same choice (and the same
 * `metadataColumns` array), so rows re-render only when the columns change.
 */
export function usersTableColumns(scope: "workspace" | "instance", selectable: boolean, metadataColumns: readonly MetadataColumn[] = NO_METADATA_COLUMNS): UsersTableColumns {
  const key = `${scope}|${selectable}`;
  if (scope === "workspace" && metadataColumns.length > 0) {
    let sets = metadataColumnSets.get(metadataColumns);
    if (!sets) {
      sets = new Map();
      metadataColumnSets.set(metadataColumns, sets);
    }
    let columns = sets.get(key);
    if (!columns) {
      const own = usersTableColumns(scope, selectable);
      columns = [...own.slice(0, -1), ...metadataColumns.map(metadataColumn), ...own.slice(-1)];
      sets.set(key, columns);
    }
    return columns;
  }
  let columns = columnSets.get(key);
  if (!columns) {
    const ids: UsersTableColumnId[] = [
      ...(selectable ? (["select"] as const) : []),
      "member",
      ...(scope === "workspace" ? (["role", "groups"] as const) : (["workspaces"] as const)),
      "status",
      "invitedAt",
      "lastActiveAt",
      "actions",
    ];
    columns = ids.map((id) => COLUMNS[id]);
    columnSets.set(key, columns);
  }
  return columns;
}

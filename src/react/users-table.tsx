"use client";

import type { ReactNode } from "react";
import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from "react";
import type { StatusAction } from "../core/adapter.types";
import type { Actor, Role, WorkspaceSummary } from "../core/domain.types";
import type { ListState } from "../core/list.machine";
import { supportsSort } from "../core/list.machine";
import { metadataField } from "../core/member-order";
import { isWorkspaceAdmin } from "../core/policy";
import type { RosterEvent, RosterSnapshot } from "../core/store";
import { LIFECYCLES } from "../core/vocabulary";
import { RosterErrorBoundary } from "./error-boundary";
import { LiveRegion, useAnnounce } from "./live-region";
import { deniedReason, errorReason } from "./messages/reasons";
import { defaultTableMessages } from "./messages/table";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";
import { useSidewaysOverflow } from "./sideways-overflow";
import { shallowEqual, useRosterFormat, useRosterSelector, useRosterSend } from "./use-roster";
import type { MetadataColumn, UsersTableColumnId } from "./users-table-columns";
import { columnLabel, columnSortField, SelectPageCheckbox, usersTableColumns } from "./users-table-columns";
import type { UsersTableShared } from "./users-table-context";
import { UsersTableSharedContext } from "./users-table-context";
import { LazyUsersTableBulkActions, prefetchBulkActions } from "./users-table-lazy";
import { UsersTableRow } from "./users-table-row";
import { UsersTablePagination, UsersTableToolbar } from "./users-table-toolbar";

// react-virtual and the virtualised body load the first time a page is long enough to virtualise.
const UsersTableVirtualViewport = lazy(() => import("./users-table-virtual").then((module) => ({ default: module.UsersTableVirtualViewport })));

/**
 * The users table (R21–R25): the current page of the store's list machine, with
 * server-side search, filters, sorting and paging (R25), loading/empty/error states, row selection with
 * bulk archive or deactivate (checkboxes only while selection is on; the bulk actions and the export
 * dialog load on demand), a kebab menu per row (R24), and virtualised rows for long pages.
 *
 * Render isolation (R20, PERF-NOTES): the table subscribes to the page's row ids and the list's query
 * state, never to members; each row subscribes to its own member and pending status and is memoised, so
 * one member's change re-renders one row.
 * @module
 */

/** Props of {@link UsersTable}. */
export interface UsersTableProps {
  /** "Edit role and groups" was chosen in a row menu. Without it, the item is not offered. */
  readonly onEditMember?: (memberId: string) => void;
  /** "View details" was chosen in a row menu. Without it, the item is not offered. */
  readonly onOpenDetails?: (memberId: string) => void;
  /**
   * Virtualise rows (react-virtual): `true`, `false`, or `"auto"` to virtualise pages longer than
   * `virtualizeThreshold` rows. react-virtual is loaded (a dynamic `import()`) the first time a page is
   * virtualised, so a paged table never downloads it; meanwhile the viewport shows the loading state
   * (`data-state="pending"` on it, `aria-busy` on the table). Only the rows in view are mounted (with
   * `aria-rowcount` and `aria-rowindex`); the row holding focus stays mounted while it is scrolled away.
   * @default "auto"
   */
  readonly virtualize?: boolean | "auto";
  /** @default 100 */
  readonly virtualizeThreshold?: number;
  /** Height of the scrolling viewport when virtualised (CSS length). @default "32rem" */
  readonly viewportHeight?: string;
  /**
   * Height of a row when virtualised, in pixels, until the first row is laid out; from then on rows are
   * sized exactly (the first row's height for a table, each card measured for cards).
   * @default 52
   */
  readonly estimatedRowHeight?: number;
  /** Wait after the last key before searching on the server. @default 250 */
  readonly searchDebounceMs?: number;
  /** Group chips shown per row before "+N more". @default 2 */
  readonly visibleGroups?: number;
  /**
   * Row selection for bulk archive or deactivate, offered when the actor may act:
   * - `"toggle"`: a "Select" toggle button (`aria-pressed`) in the toolbar turns selection on, which
   *   shows a checkbox on each row and "select every member on this page" in the header; turning it off
   *   clears the selection. Each change is announced. Rows stay light until then.
   * - `"always"`: the checkboxes are always shown (no toggle).
   * - `"off"`: no selection and no bulk actions.
   *
   * The bulk actions (the selection bar and its dialog) download when selection is turned on, or with
   * `"always"` when the first member is selected.
   * @default "toggle"
   */
  readonly selection?: UsersTableSelection;
  /**
   * Membership metadata keys shown as columns in workspace scope, after the groups (R25): each sorts on
   * the server when the adapter declares `capabilities.metadata.sort` (else its header says why it
   * cannot), gets a filter when it lists `filterValues`, and is offered by the CSV export. Pass a stable
   * array (a module constant or a memo).
   * @default []
   */
  readonly metadataColumns?: readonly MetadataColumn[];
  /** Class of the root element. */
  readonly className?: string;
}

/** How the users table offers row selection: see {@link UsersTableProps.selection}. */
export type UsersTableSelection = "toggle" | "always" | "off";

interface TableSlice {
  readonly rows: readonly string[];
  readonly list: ListState;
  readonly page: RosterSnapshot["page"];
  readonly rowCount: number | null;
  readonly access: RosterSnapshot["access"];
  readonly scope: RosterSnapshot["scope"];
  readonly actor: Actor;
  readonly config: RosterSnapshot["config"];
  readonly roles: readonly Role[];
  readonly groups: RosterSnapshot["groups"]["data"];
}

// `policy` is kept out of the slice (it changes with every workspaces refresh after a status change):
// the table only needs the actor, which the policy carries unchanged.
function selectTable(snapshot: RosterSnapshot): TableSlice {
  return {
    rows: snapshot.rows,
    list: snapshot.list,
    page: snapshot.page,
    rowCount: snapshot.rowCount,
    access: snapshot.access,
    scope: snapshot.scope,
    actor: snapshot.policy.actor,
    config: snapshot.config,
    roles: snapshot.roles.data,
    groups: snapshot.groups.data,
  };
}

function selectWorkspaces(snapshot: RosterSnapshot): readonly WorkspaceSummary[] {
  return snapshot.workspaces.data;
}

/** Workspaces are equal for the table when their names are: seat counts change after every status change. */
function sameWorkspaceNames(a: readonly WorkspaceSummary[], b: readonly WorkspaceSummary[]): boolean {
  return a === b || (a.length === b.length && a.every((workspace, index) => workspace.id === b[index]?.id && workspace.name === b[index]?.name));
}

const NO_SELECTION: ReadonlySet<string> = new Set();
const NO_IDS: readonly string[] = [];

type AriaSort = "ascending" | "descending" | "none";

/**
 * The users table. Must be inside a `<RosterProvider>`; the list, its query and the members come from the
 * store, every control sends a list machine event.
 *
 * Parts: `data-scope="users-table"`, `data-part="root" | "toolbar" | "query" | "search" | "search-input"
 * | "filters" | "filter" | "selection-toggle" | "selection" | "bulk-pending" | "viewport" | "table" | "caption" | "header-row" | "header-cell" |
 * "sort-trigger" | "sort-indicator" | "body" | "row" | "cell" | "member-name" | "member-email"
 * | "you-marker" | "super-admin-marker" | "groups" | "group-chip" | "group-more" | "loading" |
 * "skeleton" | "empty" | "error" | "refusal" | "pagination"`; `data-state` on the root: `idle |
 * loading | ready | error`; rows carry `data-state="pending" | "idle"` and `data-selected`, cells
 * `data-column` and `data-label` (their column's header text). Each part also has a class,
 * `rk-users-table__<part>` (the root `rk-users-table`): the kit's theme styles the classes, the data
 * attributes stay for state and for hosts' own rules.
 *
 * Selection (`selection`, default `"toggle"`): the "Select" toggle (`aria-pressed`) shows the checkbox
 * column; while the bulk actions download (the first time), `bulk-pending` says so; "Export CSV" loads
 * its dialog when pressed, and says so meanwhile (`data-scope="export"`, `data-part="pending"`).
 *
 * Narrow containers: the theme's `viewport` is a size container (`rk-users-table`); below 48rem wide
 * each row is laid out as a card (name and email, status, each other value after its column's label, the
 * actions menu in its corner) and the header row as a bar of the sort buttons, with the table's roles
 * kept, so a phone or a side panel shows every column without scrolling sideways.
 * @example
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}>
 *   <UsersTable onEditMember={openEditor} onOpenDetails={openDetails} />
 *   <ConfirmStatusModal />
 * </RosterProvider>
 */
export function UsersTable({
  onEditMember,
  onOpenDetails,
  virtualize = "auto",
  virtualizeThreshold = 100,
  viewportHeight = "32rem",
  estimatedRowHeight = 52,
  searchDebounceMs = 250,
  visibleGroups = 2,
  selection: selectionMode = "toggle",
  metadataColumns,
  className,
}: UsersTableProps): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const reasons = useReasonMessages();
  const send = useRosterSend<RosterEvent>();
  const slice = useRosterSelector(selectTable, shallowEqual);
  const workspaces = useRosterSelector(selectWorkspaces, sameWorkspaceNames);
  const { rows, list, page, rowCount, access, scope, actor, config } = slice;
  const captionId = useId();
  const [watchOverflow, overflowing] = useSidewaysOverflow<HTMLDivElement>();
  const announce = useAnnounce();

  // Host callbacks through refs: rows get stable functions, so a new inline callback never re-renders them.
  const callbacks = useRef({ onEditMember, onOpenDetails });
  callbacks.current = { onEditMember, onOpenDetails };
  const hasEdit = onEditMember !== undefined;
  const hasDetails = onOpenDetails !== undefined;
  const roles = slice.roles.length > 0 ? slice.roles : config.roles;
  const bulkAction: StatusAction = LIFECYCLES[config.lifecycle].stop;
  const mayBulk =
    selectionMode !== "off" &&
    (scope.kind === "workspace"
      ? isWorkspaceAdmin({ actor, config }, scope.workspaceId)
      : actor.superAdmin && config.lifecycle === "archive");
  // "toggle": the checkboxes and the bulk actions only once the toolbar's "Select" is pressed.
  const [selecting, setSelecting] = useState(false);
  const selectionToggle = useRef<HTMLButtonElement>(null);
  const selectionOn = mayBulk && (selectionMode === "always" || selecting);
  // Selection: the ids checked; only those of the page shown count ("select all" selects this page).
  const [selection, setSelection] = useState<ReadonlySet<string>>(NO_SELECTION);
  const selectedIds = useMemo(() => (!selectionOn || selection.size === 0 ? NO_IDS : rows.filter((id) => selection.has(id))), [rows, selection, selectionOn]);
  const rowSelection = useMemo(() => (selectedIds === NO_IDS ? NO_SELECTION : new Set(selectedIds)), [selectedIds]);
  const clearSelection = useCallback(() => setSelection(NO_SELECTION), []);
  const selectRow = useCallback((memberId: string, selected: boolean) => setSelection((previous) => withSelected(previous, [memberId], selected)), []);
  const selectPage = (selected: boolean) => setSelection((previous) => withSelected(previous, rows, selected));
  const toggleSelection = () => {
    setSelecting(!selecting);
    // Turned off: nothing stays selected out of sight.
    if (selecting) setSelection(NO_SELECTION);
    announce(selecting ? tableMessages.selectionOff : tableMessages.selectionOn);
  };
  const columns = usersTableColumns(scope.kind, selectionOn, metadataColumns);
  const metadataLabels = useMemo(() => new Map<string, string>((metadataColumns ?? []).map((column) => [metadataField(column.key), column.label])), [metadataColumns]);
  const shared = useMemo<UsersTableShared>(() => {
    const roleLabels = new Map(roles.map((role) => [role.id, role.label]));
    const groupNames = new Map(slice.groups.map((group) => [group.id, group.name]));
    const workspaceNames = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
    return {
      actorId: actor.userId,
      columnLabel: (columnId) => metadataLabels.get(columnId) ?? columnLabel(tableMessages, columnId as UsersTableColumnId),
      roleLabel: (roleId) => roleLabels.get(roleId) ?? roleId,
      groupName: (groupId) => groupNames.get(groupId) ?? groupId,
      workspaceName: (workspaceId) => workspaceNames.get(workspaceId) ?? workspaceId,
      visibleGroups,
      selectionOn,
      columns,
      selectRow,
      onEditMember: hasEdit ? (memberId) => callbacks.current.onEditMember?.(memberId) : undefined,
      onOpenDetails: hasDetails ? (memberId) => callbacks.current.onOpenDetails?.(memberId) : undefined,
    };
  }, [roles, slice.groups, workspaces, actor.userId, visibleGroups, selectionOn, columns, selectRow, hasEdit, hasDetails, metadataLabels, tableMessages]);

  const exportColumns = useMemo(
    () => (scope.kind === "workspace" ? (metadataColumns ?? []).map((column) => ({ id: metadataField(column.key), label: column.label })) : []),
    [scope.kind, metadataColumns],
  );

  const rootClass = className === undefined ? "rk-users-table" : `rk-users-table ${className}`;
  if (!access.ok) {
    return (
      <div className={rootClass} data-scope="users-table" data-part="root" data-state="forbidden">
        <p className="rk-users-table__error" data-scope="users-table" data-part="error" role="alert">
          {deniedReason(access, reasons, format)}
        </p>
      </div>
    );
  }

  const loading = list.status === "loading" || list.status === "idle";
  const filtered = list.search !== "" || list.statuses.length > 0 || list.roles.length > 0 || list.metadata.length > 0;
  const virtual = virtualize === "auto" ? rows.length > virtualizeThreshold : virtualize;
  const workspaceName = scope.kind === "workspace" ? shared.workspaceName(scope.workspaceId) : "";
  const caption = scope.kind === "instance" ? tableMessages.instanceCaption : tableMessages.workspaceCaption({ workspace: workspaceName }, format);
  const columnCount = columns.length;

  const tableElement = (body: ReactNode, busy: boolean = loading) => (
    <table
      role="table"
      className="rk-users-table__table"
      data-scope="users-table"
      data-part="table"
      aria-labelledby={captionId}
      aria-busy={busy}
      aria-rowcount={rows.length + 1}
      data-virtual={virtual ? "" : undefined}
    >
      <caption id={captionId} className="rk-users-table__caption" data-scope="users-table" data-part="caption" data-visually-hidden="">
        {caption}
      </caption>
      <thead role="rowgroup" className="rk-users-table__header" data-scope="users-table" data-part="header">
        <tr role="row" className="rk-users-table__header-row" data-scope="users-table" data-part="header-row" aria-rowindex={1}>
          {columns.map(({ id }) => {
            const field = columnSortField(id);
            const sorted = field !== undefined && field === list.sort.field ? list.sort.direction : false;
            const ariaSort: AriaSort | undefined = field === undefined ? undefined : sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
            const canSort = field !== undefined && supportsSort(list, field);
            return (
              <th
                key={id}
                role="columnheader"
                scope="col"
                className="rk-users-table__header-cell"
                data-scope="users-table"
                data-part="header-cell"
                data-column={id}
                data-sort={ariaSort}
                aria-sort={ariaSort}
              >
                {field !== undefined ? (
                  <SortTrigger
                    label={shared.columnLabel(id)}
                    sorted={sorted}
                    canSort={canSort}
                    onSort={() => send({ type: "LIST.SORT", sort: { field, direction: sorted === "asc" ? "desc" : "asc" } })}
                  />
                ) : id === "actions" ? (
                  <span data-visually-hidden="">{columnLabel(tableMessages, id)}</span>
                ) : id === "select" ? (
                  <SelectPageCheckbox shown={rows.length} selected={selectedIds.length} onSelectPage={selectPage} />
                ) : (
                  shared.columnLabel(id)
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {body}
    </table>
  );

  const stateBody = (content: ReactNode) => (
    <tbody role="rowgroup" className="rk-users-table__body" data-scope="users-table" data-part="body">
      <tr role="row" className="rk-users-table__state-row" data-scope="users-table" data-part="state-row" aria-rowindex={2}>
        <td role="cell" colSpan={columnCount} className="rk-users-table__cell" data-scope="users-table" data-part="cell">
          {content}
        </td>
      </tr>
    </tbody>
  );
  const loadingState = (
    <div className="rk-users-table__loading" data-scope="users-table" data-part="loading">
      <span className="rk-users-table__spinner" data-scope="users-table" data-part="spinner" aria-hidden="true" />
      <span>{tableMessages.loading}</span>
      <span className="rk-users-table__skeleton" data-scope="users-table" data-part="skeleton" aria-hidden="true" style={{ inlineSize: "12rem" }} />
      <span className="rk-users-table__skeleton" data-scope="users-table" data-part="skeleton" aria-hidden="true" style={{ inlineSize: "9rem" }} />
    </div>
  );

  let viewport: ReactNode;
  if (rows.length === 0) {
    viewport = (
      <div ref={watchOverflow} className="rk-users-table__viewport" data-scope="users-table" data-part="viewport">
        {tableElement(
          stateBody(
            list.status === "error" ? null : loading ? (
              loadingState
            ) : (
              <div className="rk-users-table__empty" data-scope="users-table" data-part="empty" data-kind={filtered ? "no-match" : "no-members"}>
                <p className="rk-users-table__state-title" data-part="state-title">{filtered ? tableMessages.noMatches : tableMessages.empty}</p>
                <p>{filtered ? tableMessages.noMatchesHint : tableMessages.emptyHint}</p>
              </div>
            ),
          ),
        )}
      </div>
    );
  } else if (virtual) {
    // Until react-virtual has loaded (the first long page only): the viewport, busy, saying it loads.
    const pending = (
      <div
        ref={watchOverflow}
        className="rk-users-table__viewport"
        data-scope="users-table"
        data-part="viewport"
        data-virtual=""
        data-state="pending"
        style={{ maxBlockSize: viewportHeight, overflow: "auto" }}
      >
        {tableElement(stateBody(loadingState), true)}
      </div>
    );
    viewport = (
      <Suspense fallback={pending}>
        <UsersTableVirtualViewport
          overflowRef={watchOverflow}
          rows={rows}
          rowSelection={rowSelection}
          columnCount={columnCount}
          viewportHeight={viewportHeight}
          estimatedRowHeight={estimatedRowHeight}
          renderTable={tableElement}
        />
      </Suspense>
    );
  } else {
    viewport = (
      <div ref={watchOverflow} className="rk-users-table__viewport" data-scope="users-table" data-part="viewport">
        {tableElement(
          <tbody role="rowgroup" className="rk-users-table__body" data-scope="users-table" data-part="body">
            {rows.map((id, index) => (
              <UsersTableRow key={id} id={id} ariaRowIndex={index + 2} selected={rowSelection.has(id)} />
            ))}
          </tbody>,
        )}
      </div>
    );
  }

  return (
    <UsersTableSharedContext.Provider value={shared}>
      <div className={rootClass} data-scope="users-table" data-part="root" data-state={list.status} data-scope-kind={scope.kind}>
        <LiveRegion />
        <UsersTableToolbar list={list} roles={roles} lifecycle={config.lifecycle} searchDebounceMs={searchDebounceMs} exportColumns={exportColumns} {...(metadataColumns === undefined ? {} : { metadataColumns })}>
          {mayBulk && selectionMode === "toggle" ? (
            <button
              ref={selectionToggle}
              type="button"
              data-variant="secondary"
              className="rk-users-table__selection-toggle"
              data-scope="users-table"
              data-part="selection-toggle"
              aria-pressed={selecting}
              onPointerEnter={prefetchBulkActions}
              onFocus={prefetchBulkActions}
              onClick={toggleSelection}
            >
              {tableMessages.selectionToggle}
            </button>
          ) : null}
          {selectionOn ? (
            <RosterErrorBoundary part="bulk">
              <LazyUsersTableBulkActions eager={selectionMode === "toggle"} selectedIds={selectedIds} action={bulkAction} onClear={clearSelection} focusAfter={selectionToggle} />
            </RosterErrorBoundary>
          ) : null}
        </UsersTableToolbar>
        {list.refusal ? (
          <p className="rk-users-table__refusal" data-scope="users-table" data-part="refusal" role="status">
            {tableMessages.unsupported({ feature: list.refusal.feature }, format)}
          </p>
        ) : null}
        {list.status === "error" ? (
          <div className="rk-users-table__error" data-scope="users-table" data-part="error" role="alert">
            <p className="rk-users-table__state-title" data-part="state-title">{tableMessages.errorTitle}</p>
            {list.error ? <p>{errorReason(list.error, reasons, format)}</p> : null}
            <button type="button" data-variant="secondary" className="rk-users-table__retry" data-scope="users-table" data-part="retry" onClick={() => send({ type: "LIST.LOAD" })}>
              {tableMessages.retry}
            </button>
          </div>
        ) : null}
        {overflowing ? (
          <p className="rk-users-table__scroll-hint" data-scope="users-table" data-part="scroll-hint">
            {tableMessages.scrollHint}
          </p>
        ) : null}
        {viewport}
        <UsersTablePagination page={page} rowCount={rowCount} shown={rows.length} busy={loading} />
      </div>
    </UsersTableSharedContext.Provider>
  );
}

interface SortTriggerProps {
  readonly label: string;
  readonly sorted: false | "asc" | "desc";
  readonly canSort: boolean;
  readonly onSort: () => void;
}

/** A header's sort button; disabled with the reason when the server cannot sort by it (R25). */
function SortTrigger({ label, sorted, canSort, onSort }: SortTriggerProps): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className="rk-users-table__sort-trigger"
        data-scope="users-table"
        data-part="sort-trigger"
        aria-disabled={canSort ? undefined : true}
        aria-describedby={canSort ? undefined : reasonId}
        title={canSort ? tableMessages.sortBy({ column: label }, format) : undefined}
        onClick={canSort ? onSort : undefined}
      >
        <span>{label}</span>
        <svg className="rk-users-table__sort-indicator" data-scope="users-table" data-part="sort-indicator" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="0.9em" height="0.9em" fill="currentColor">
          <path d="M8 3 4 8h8z" opacity={sorted === "desc" ? 0.35 : 1} />
          <path d="m8 13 4-5H4z" opacity={sorted === "asc" ? 0.35 : 1} />
        </svg>
      </button>
      {canSort ? null : (
        <span id={reasonId} data-visually-hidden="">
          {tableMessages.unsupported({ feature: "sort" }, format)}
        </span>
      )}
    </>
  );
}

/** `selection` with `ids` added (`selected`) or removed; the same set when nothing changes. */
function withSelected(selection: ReadonlySet<string>, ids: readonly string[], selected: boolean): ReadonlySet<string> {
  if (ids.every((id) => selection.has(id) === selected)) return selection;
  const next = new Set(selection);
  for (const id of ids) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}

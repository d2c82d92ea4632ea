"use client";

import type { ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";
import type { MemberStatus, Role } from "../core/domain.types";
import type { ListState } from "../core/list.machine";
import { supportsFeature } from "../core/list.machine";
import type { PageInfo } from "../core/list.machine";
import type { RosterEvent } from "../core/store";
import { INSTANCE_STATUSES, LIFECYCLES } from "../core/vocabulary";
import { RosterErrorBoundary } from "./error-boundary";
import type { ExportColumnOption } from "./export-members";
import type { MetadataColumn } from "./users-table-columns";
import { useDebouncedValue } from "./use-debounced-value";
import { useRosterFormat, useRosterSend } from "./use-roster";
import { LazyExportMembers } from "./users-table-lazy";
import { defaultStatusMessages } from "./messages/status";
import { defaultTableMessages } from "./messages/table";
import { useMessageSection } from "./messages/use-section";

/**
 * The users table's controls: server-side search (debounced, R25), status and role filters, the CSV
 * export of the current view (its dialog loaded on demand), and the pagination bar. Each control sends a
 * list machine event; a control the adapter does not support is disabled and says why (R25: never
 * applied to one page only).
 * @module
 */

/** Props of {@link UsersTableToolbar}. */
export interface UsersTableToolbarProps {
  readonly list: ListState;
  readonly roles: readonly Role[];
  readonly lifecycle: "archive" | "deactivate";
  /** Wait after the last key before searching. @default 250 */
  readonly searchDebounceMs?: number;
  /** Columns the export offers after the kit's own (the host's metadata columns). @default [] */
  readonly exportColumns?: readonly ExportColumnOption[];
  /** The host's metadata columns: those with `filterValues` get a filter (workspace scope). @default [] */
  readonly metadataColumns?: readonly MetadataColumn[];
  /** The selection toggle and the bulk actions, rendered at the end of the toolbar. */
  readonly children?: ReactNode;
}

/** The search box and filters of the users table. */
export function UsersTableToolbar({ list, roles, lifecycle, searchDebounceMs = 250, exportColumns, metadataColumns = [], children }: UsersTableToolbarProps): ReactNode {
  const format = useRosterFormat();
  const statusMessages = useMessageSection("status", defaultStatusMessages);
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const send = useRosterSend<RosterEvent>();
  const id = useId();
  const [text, setText] = useState(list.search);
  const search = useDebouncedValue(text, searchDebounceMs);
  const sent = useRef(list.search);
  useEffect(() => {
    if (search === sent.current) return;
    sent.current = search;
    send({ type: "LIST.SEARCH", search });
  }, [search, send]);

  const canSearch = supportsFeature(list, "search");
  const canFilterStatus = supportsFeature(list, "filterByStatus");
  const canFilterRole = supportsFeature(list, "filterByRole") && list.scope.kind === "workspace";
  const canFilterMetadata = supportsFeature(list, "filterByMetadata");
  const metadataFilters = list.scope.kind === "workspace" ? metadataColumns.filter((column) => (column.filterValues ?? []).length > 0) : [];
  const filterMetadata = (key: string, value: string) =>
    send({ type: "LIST.FILTER_METADATA", metadata: [...list.metadata.filter((filter) => filter.key !== key), ...(value === "" ? [] : [{ key, value }])] });
  const statuses: readonly MemberStatus[] = list.scope.kind === "instance" ? INSTANCE_STATUSES : LIFECYCLES[lifecycle].statuses;
  const reason = (feature: "search" | "filterByStatus" | "filterByRole" | "filterByMetadata") => tableMessages.unsupported({ feature }, format);

  return (
    <div className="rk-users-table__toolbar" data-scope="users-table" data-part="toolbar">
      <div className="rk-users-table__query" data-scope="users-table" data-part="query" role="search">
      <div className="rk-users-table__search" data-scope="users-table" data-part="search" data-disabled={canSearch ? undefined : ""}>
        <label htmlFor={`${id}-search`} data-visually-hidden="">
          {tableMessages.searchLabel}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="rk-users-table__search-input"
          data-scope="users-table"
          data-part="search-input"
          value={text}
          placeholder={tableMessages.searchPlaceholder}
          disabled={!canSearch}
          aria-describedby={canSearch ? undefined : `${id}-search-reason`}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && text !== "") {
              event.preventDefault();
              setText("");
            }
          }}
        />
        {canSearch ? null : (
          <span id={`${id}-search-reason`} className="rk-users-table__hint" data-scope="users-table" data-part="hint">
            {reason("search")}
          </span>
        )}
      </div>
      <div className="rk-users-table__filters" data-scope="users-table" data-part="filters">
        <FilterSelect
          filter="status"
          label={tableMessages.statusFilterLabel}
          allLabel={tableMessages.allStatuses}
          value={list.statuses[0] ?? ""}
          options={statuses.map((status) => ({ value: status, label: statusMessages.label[status] }))}
          disabledReason={canFilterStatus ? null : reason("filterByStatus")}
          reasonId={`${id}-status-reason`}
          onChange={(value) => send({ type: "LIST.FILTER_STATUS", statuses: value === "" ? [] : [value as MemberStatus] })}
        />
        {list.scope.kind === "workspace" ? (
          <FilterSelect
            filter="role"
            label={tableMessages.roleFilterLabel}
            allLabel={tableMessages.allRoles}
            value={list.roles[0] ?? ""}
            options={roles.map((role) => ({ value: role.id, label: role.label }))}
            disabledReason={canFilterRole ? null : reason("filterByRole")}
            reasonId={`${id}-role-reason`}
            onChange={(value) => send({ type: "LIST.FILTER_ROLE", roles: value === "" ? [] : [value] })}
          />
        ) : null}
        {metadataFilters.map((column, index) => (
          <FilterSelect
            key={column.key}
            filter={`metadata.${column.key}`}
            label={column.label}
            allLabel={tableMessages.anyValue}
            value={list.metadata.find((filter) => filter.key === column.key)?.value ?? ""}
            options={(column.filterValues ?? []).map((value) => ({ value, label: value }))}
            disabledReason={canFilterMetadata ? null : reason("filterByMetadata")}
            reasonId={`${id}-metadata-${index}-reason`}
            onChange={(value) => filterMetadata(column.key, value)}
          />
        ))}
      </div>
      </div>
      <RosterErrorBoundary part="export">
        <LazyExportMembers list={list} {...(exportColumns === undefined ? {} : { extraColumns: exportColumns })} />
      </RosterErrorBoundary>
      {children}
    </div>
  );
}

interface FilterSelectProps {
  /** `status`, `role`, or a metadata field (`metadata.<key>`). */
  readonly filter: string;
  readonly label: string;
  readonly allLabel: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Why the server cannot filter by this (R25): the select is then disabled and described by it. */
  readonly disabledReason: string | null;
  readonly reasonId: string;
  readonly onChange: (value: string) => void;
}

/** One filter: a select with an "all" option, disabled with its reason when the server cannot filter (R25). */
function FilterSelect({ filter, label, allLabel, value, options, disabledReason, reasonId, onChange }: FilterSelectProps): ReactNode {
  return (
    <>
      <label className="rk-users-table__field" data-scope="users-table" data-part="field">
        <span className="rk-users-table__label" data-scope="users-table" data-part="label">
          {label}
        </span>
        <select
          className="rk-users-table__filter"
          data-scope="users-table"
          data-part="filter"
          data-filter={filter}
          value={value}
          disabled={disabledReason !== null}
          aria-describedby={disabledReason === null ? undefined : reasonId}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          <option value="">{allLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {disabledReason === null ? null : (
        <span id={reasonId} className="rk-users-table__hint" data-scope="users-table" data-part="hint">
          {disabledReason}
        </span>
      )}
    </>
  );
}

/** Props of {@link UsersTablePagination}. */
export interface UsersTablePaginationProps {
  readonly page: PageInfo;
  /** Members matching the query; `null` when the server cannot count. */
  readonly rowCount: number | null;
  /** Rows on the page shown. */
  readonly shown: number;
  /** Whether the list is loading (buttons stay enabled; a new page supersedes the load). */
  readonly busy: boolean;
}

/** The pagination bar: the range shown, and previous/next (offset or cursor pages alike). */
export function UsersTablePagination({ page, rowCount, shown, busy }: UsersTablePaginationProps): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const send = useRosterSend<RosterEvent>();
  const from = shown === 0 ? 0 : page.pageIndex * page.pageSize + 1;
  const to = page.pageIndex * page.pageSize + shown;
  const go = (pageIndex: number) => send({ type: "LIST.PAGE", pageIndex });
  return (
    <nav className="rk-users-table__pagination" data-scope="users-table" data-part="pagination" aria-label={tableMessages.paginationLabel} data-state={busy ? "loading" : "idle"}>
      <span className="rk-users-table__page-status" data-scope="users-table" data-part="page-status" dir="auto">
        {tableMessages.pageRange({ from, to, total: rowCount }, format)}
        {page.pageCount === null ? null : ` · ${tableMessages.pageOf({ page: page.pageIndex + 1, pages: page.pageCount }, format)}`}
      </span>
      <span className="rk-users-table__page-controls" data-scope="users-table" data-part="page-controls">
        {page.pageCount !== null && page.pageCount > 2 ? (
          <button type="button" data-variant="secondary" className="rk-users-table__first-page" data-scope="users-table" data-part="first-page" disabled={!page.hasPreviousPage} onClick={() => go(0)}>
            {tableMessages.firstPage}
          </button>
        ) : null}
        <button type="button" data-variant="secondary" className="rk-users-table__previous-page" data-scope="users-table" data-part="previous-page" disabled={!page.hasPreviousPage} onClick={() => go(page.pageIndex - 1)}>
          {tableMessages.previousPage}
        </button>
        <button type="button" data-variant="secondary" className="rk-users-table__next-page" data-scope="users-table" data-part="next-page" disabled={!page.hasNextPage} onClick={() => go(page.pageIndex + 1)}>
          {tableMessages.nextPage}
        </button>
        {page.pageCount !== null && page.pageCount > 2 ? (
          <button
            type="button"
            data-variant="secondary"
            className="rk-users-table__last-page"
            data-scope="users-table"
            data-part="last-page"
            disabled={!page.hasNextPage}
            onClick={() => go((page.pageCount ?? 1) - 1)}
          >
            {tableMessages.lastPage}
          </button>
        ) : null}
      </span>
    </nav>
  );
}

"use client";

import type { ReactNode, Ref } from "react";
import { memo, useMemo } from "react";
import type { Member } from "../core/domain.types";
import type { PendingStatus, RosterSnapshot } from "../core/store";
import { useRosterSelector } from "./use-roster";
import type { UsersTableRowValue } from "./users-table-context";
import { UsersTableRowContext, useUsersTableShared } from "./users-table-context";

/**
 * One row of the users table. It subscribes to its own member and its own pending status only
 * (`snapshot.members.get(id)`, `snapshot.pending[id]`) and is memoised on its props, so a status change of one
 * member re-renders that one row and nothing else (R20, PERF-NOTES).
 *
 * Each cell carries its column's header text in `data-label`: in a narrow container the theme lays a row
 * out as a card and shows that text before the cell's value. The roles are explicit, so the row and its
 * cells stay a row and cells for assistive technology whatever `display` the theme gives them.
 * @module
 */

/** Props of {@link UsersTableRow}. */
export interface UsersTableRowProps {
  /** The member's id. */
  readonly id: string;
  /** 1-based `aria-rowindex`, counting the header row. */
  readonly ariaRowIndex: number;
  /** Whether the row is selected: a prop, so that toggling it re-renders this row only. */
  readonly selected: boolean;
  /** Virtual rows: the index react-virtual measures. */
  readonly virtualIndex?: number;
  readonly measureRef?: Ref<HTMLTableRowElement>;
}

function UsersTableRowImpl({ id, ariaRowIndex, selected, virtualIndex, measureRef }: UsersTableRowProps): ReactNode {
  const member = useRosterSelector((snapshot: RosterSnapshot): Member | undefined => snapshot.members.get(id));
  const pending = useRosterSelector((snapshot: RosterSnapshot): PendingStatus | undefined => snapshot.pending[id]);
  const shared = useUsersTableShared();
  const value = useMemo<UsersTableRowValue | null>(() => (member ? { member, pending, selected } : null), [member, pending, selected]);
  if (value === null) return null;
  return (
    <UsersTableRowContext.Provider value={value}>
      <tr
        ref={measureRef}
        role="row"
        className="rk-users-table__row"
        data-scope="users-table"
        data-part="row"
        data-state={pending ? "pending" : "idle"}
        data-status={value.member.status}
        data-member-id={id}
        data-selected={selected ? "" : undefined}
        data-index={virtualIndex}
        aria-rowindex={ariaRowIndex}
        aria-busy={pending ? true : undefined}
      >
        {shared.columns.map(({ id: column, cell: Cell }) => (
          <td key={column} role="cell" className="rk-users-table__cell" data-scope="users-table" data-part="cell" data-column={column} data-label={shared.columnLabel(column)}>
            <Cell />
          </td>
        ))}
      </tr>
    </UsersTableRowContext.Provider>
  );
}

/**
 * A memoised users table row; see the module comment. Rendered by `UsersTable`, exported for hosts that
 * compose their own table body.
 */
export const UsersTableRow = memo(UsersTableRowImpl);
UsersTableRow.displayName = "UsersTableRow";

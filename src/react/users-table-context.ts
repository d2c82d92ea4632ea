"use client";

import { createContext, useContext } from "react";
import type { Member } from "../core/domain.types";
import type { PendingStatus } from "../core/store";
import type { UsersTableColumns } from "./users-table-columns";

/**
 * What the users table shares with its rows and cells without passing it as row props: lookups that
 * change rarely (role labels, group names, the actor) and the host's callbacks. Keeping these out of row
 * props lets `React.memo` rows skip every render that is not their own member's (R20, PERF-NOTES).
 * @module
 */

/** Lookups and callbacks for every row of one table. */
export interface UsersTableShared {
  /** The signed-in actor's user id: that row shows the "You" marker. */
  readonly actorId: string;
  /** A column's header text (a host's metadata column: its label); each cell carries it as `data-label`. */
  readonly columnLabel: (columnId: string) => string;
  readonly roleLabel: (roleId: string) => string;
  readonly groupName: (groupId: string) => string;
  readonly workspaceName: (workspaceId: string) => string;
  /** How many group chips a row shows before "+N more". */
  readonly visibleGroups: number;
  /**
   * Whether selection is on (rows show their checkbox): it changes the columns, so a change re-renders
   * every row (rows are memoised on their own props).
   */
  readonly selectionOn: boolean;
  /** The columns shown, in order: each row renders one cell per column. */
  readonly columns: UsersTableColumns;
  /** Selects or unselects one member of the page (a row's checkbox); stable for the table's life. */
  readonly selectRow: (memberId: string, selected: boolean) => void;
  readonly onEditMember: ((memberId: string) => void) | undefined;
  readonly onOpenDetails: ((memberId: string) => void) | undefined;
}

/** @internal The table's shared lookups. */
export const UsersTableSharedContext = createContext<UsersTableShared | null>(null);

/** @internal The shared lookups of the enclosing users table. */
export function useUsersTableShared(): UsersTableShared {
  const shared = useContext(UsersTableSharedContext);
  if (shared === null) throw new Error("Users table cells must be rendered inside <UsersTable>.");
  return shared;
}

/** The member a row renders, with its optimistic status (R20) and whether it is selected. */
export interface UsersTableRowValue {
  readonly member: Member;
  readonly pending: PendingStatus | undefined;
  readonly selected: boolean;
}

/** @internal The member of the row being rendered: what cell components read. */
export const UsersTableRowContext = createContext<UsersTableRowValue | null>(null);

/** @internal The member of the enclosing row. */
export function useUsersTableRow(): UsersTableRowValue {
  const row = useContext(UsersTableRowContext);
  if (row === null) throw new Error("Users table cells must be rendered inside a users table row.");
  return row;
}

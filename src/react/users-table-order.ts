import type { UsersTableRowData } from "./users-table-columns";

/**
 * The users table's row data, kept across a new order of the same members. TanStack Table builds a
 * `Row` object for every item of its data each time the data array changes: for a local list of
 * 100,000 members that is ~25 ms and tens of megabytes of garbage per sort, for members that are all
 * still there. A list sorted again shows the same members in another order, so the table keeps its data
 * (and TanStack its rows) and only the order in which the rows are shown is new ({@link rowsInOrder}).
 * @module
 */

/** Row data for a list of ids, as {@link rowDataFor} answers it. */
export interface RowData {
  /** TanStack's data: one item per member, its rows in this order (manual sorting, no filtering). */
  readonly data: UsersTableRowData[];
  /** The ids shown, in the order shown. */
  readonly shown: readonly string[];
  /** For each id shown, its position in `data`; `null` when `data` is in the order shown. */
  readonly positions: Int32Array | null;
}

const EMPTY: RowData = { data: [], shown: [], positions: null };

/** Each data array's positions by id, built the first time a new order is checked against it. */
const POSITIONS = new WeakMap<readonly UsersTableRowData[], ReadonlyMap<string, number>>();

function positionsOf(data: readonly UsersTableRowData[]): ReadonlyMap<string, number> {
  let positions = POSITIONS.get(data);
  if (positions === undefined) {
    positions = new Map(data.map((item, position) => [item.id, position]));
    POSITIONS.set(data, positions);
  }
  return positions;
}

/**
 * Row data for `ids`: the data of `previous` when `ids` holds exactly its members in another order (a
 * sort), else new data in the order of `ids`. Ids are unique within a list.
 * @example
 * const rowData = rowDataFor(previous, snapshot.rows);
 */
export function rowDataFor(previous: RowData | null, ids: readonly string[]): RowData {
  if (previous !== null && previous.shown === ids) return previous;
  if (previous !== null && previous.data.length === ids.length && ids.length > 0) {
    const known = positionsOf(previous.data);
    const positions = new Int32Array(ids.length);
    let index = 0;
    for (; index < ids.length; index += 1) {
      const position = known.get(ids[index] as string);
      if (position === undefined) break;
      positions[index] = position;
    }
    if (index === ids.length) return { data: previous.data, shown: ids, positions };
  }
  return ids.length === 0 ? EMPTY : { data: ids.map((id) => ({ id })), shown: ids, positions: null };
}

/**
 * TanStack's rows of `rowData.data` (in the data's order) in the order shown: the same array when the
 * data is in that order, else a new one.
 * @example
 * const tableRows = rowsInOrder(table.getRowModel().rows, rowData);
 */
export function rowsInOrder<Row>(rows: readonly Row[], rowData: RowData): readonly Row[] {
  const { positions } = rowData;
  if (positions === null) return rows;
  const ordered = new Array<Row>(positions.length);
  for (let index = 0; index < positions.length; index += 1) ordered[index] = rows[positions[index] as number] as Row;
  return ordered;
}

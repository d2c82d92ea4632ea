"use client";

import type { VirtualItem } from "@tanstack/react-virtual";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { CSSProperties, FocusEvent, ReactNode, RefCallback } from "react";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { UsersTableRow } from "./users-table-row";

/**
 * The users table's virtualised body (react-virtual), in a module of its own: `UsersTable` loads it with
 * a dynamic `import()` the first time a page is long enough to virtualise, so a paged table never
 * downloads react-virtual.
 *
 * Row sizes are exact, not estimated: the viewport's ResizeObserver reads the first mounted row's height
 * after each layout that changes the viewport's size (no extra layout). Laid out as a table, every row
 * has that height (one line per cell), so no row is measured on its own (no observer per row); laid out
 * as cards (a narrow container), cards differ, so each mounted row is measured and the first one's
 * height estimates those not mounted yet. Item keys are stable (a row's position when every row has one
 * height, else its member's id while the page's rows are the same), so react-virtual computes the
 * positions of a 100,000-row page once, not once per render, nor once per sort of a table.
 *
 * A jump (a scroll whose rows in view share none with the rows mounted: the scrollbar dragged, End, a
 * fling) mounts the rows in view only, in the scroll event's render, and their overscan in a render of
 * its own right after that frame is painted, so the frame that paints the rows there has about a third
 * fewer rows to build, style, lay out and paint.
 * @module
 */

/** Props of {@link UsersTableVirtualViewport}. */
export interface UsersTableVirtualViewportProps {
  /** The users table's watch of the viewport's sideways overflow. */
  readonly overflowRef: RefCallback<HTMLDivElement>;
  /** The page's member ids, in the order shown. */
  readonly rows: readonly string[];
  /** The selected ids of the page. */
  readonly rowSelection: ReadonlySet<string>;
  readonly columnCount: number;
  readonly viewportHeight: string;
  /** Height of a row until one is laid out (the first frame, and jsdom). */
  readonly estimatedRowHeight: number;
  readonly renderTable: (body: ReactNode) => ReactNode;
}

/** How rows are sized: every row at the first row's height (a table), or each measured (cards). */
interface RowSizing {
  readonly size: number;
  readonly uniform: boolean;
}

const positionKey = (index: number): number => index;

/** Indexes of the first and last row mounted. */
interface MountedRows {
  readonly first: number;
  readonly last: number;
}

function sameSizing(a: RowSizing, b: RowSizing): boolean {
  return a.size === b.size && a.uniform === b.uniform;
}

/**
 * The scrolling viewport of a virtualised page: only the rows in view (plus overscan) are mounted, with
 * spacer rows above and below so the native table keeps its layout and semantics; each row keeps its
 * `aria-rowindex` in the page and the table its `aria-rowcount`. Rows scrolled out unmount, menus with
 * them, but for the row holding focus: it stays mounted, apart from the rows in view, until focus leaves
 * it, so scrolling never drops focus to the page.
 */
export function UsersTableVirtualViewport({ overflowRef, rows, rowSelection, columnCount, viewportHeight, estimatedRowHeight, renderTable }: UsersTableVirtualViewportProps): ReactNode {
  const viewport = useRef<HTMLDivElement | null>(null);
  const [sizing, setSizing] = useState<RowSizing>({ size: estimatedRowHeight, uniform: false });
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      viewport.current = element;
      const stopWatching = overflowRef(element);
      // No ResizeObserver in jsdom (no layout there either): rows keep the estimate there.
      const observer =
        element === null || typeof ResizeObserver === "undefined"
          ? undefined
          : new ResizeObserver(() => {
              const row = element.querySelector<HTMLElement>("tr[data-index]");
              if (row === null) return;
              const size = row.getBoundingClientRect().height;
              const next = { size: size > 0 ? size : estimatedRowHeight, uniform: getComputedStyle(row).display === "table-row" };
              setSizing((previous) => (sameSizing(previous, next) ? previous : next));
            });
      if (element) observer?.observe(element);
      return () => {
        viewport.current = null;
        observer?.disconnect();
        if (typeof stopWatching === "function") stopWatching();
      };
    },
    [overflowRef, estimatedRowHeight],
  );
  const memberKey = useCallback((index: number) => rows[index] ?? index, [rows]);
  // Rows of one height: no size is remembered per row, so a position is the key, and a new order of the
  // same number of rows (a sort) leaves every position as it was (nothing is computed again).
  const getItemKey = sizing.uniform ? positionKey : memberKey;
  const estimateSize = useCallback(() => sizing.size, [sizing.size]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize,
    getItemKey,
    // Rows beyond the viewport on each side: three rows (about 160 px) cover a wheel notch (100–120 px),
    // which the browser paints before the scroll event renders new rows; each one more is style, layout
    // and a member's subscriptions to pay for (a jump pays for them after its frame, see the module).
    overscan: 3,
  });
  // A new size applies to every row's position: react-virtual keeps computed positions until told.
  useEffect(() => virtualizer.measure(), [virtualizer, sizing]);
  // The row holding focus stays mounted when scrolled away, so focus is not lost to the page.
  const [focused, setFocused] = useState<string | null>(null);
  const focusedIndex = useMemo(() => (focused === null ? -1 : rows.indexOf(focused)), [rows, focused]);
  const overscanned = virtualizer.getVirtualItems();
  const inView = virtualizer.range;
  const mounted = useRef<MountedRows | null>(null);
  const jumped = inView !== null && mounted.current !== null && (inView.startIndex > mounted.current.last || inView.endIndex < mounted.current.first);
  const run = jumped ? overscanned.filter((item) => item.index >= inView.startIndex && item.index <= inView.endIndex) : overscanned;
  const first = run[0];
  const last = run[run.length - 1];
  // After a jump, the overscan: a render once the rows in view are painted (a task after this frame). The
  // rows mounted are noted after each commit (a passive effect: React runs those of a scroll's synchronous
  // render before it returns, and any others before it renders again).
  const [, fillOverscan] = useReducer((fills: number) => fills + 1, 0);
  useEffect(() => {
    mounted.current = first === undefined || last === undefined ? null : { first: first.index, last: last.index };
    if (!jumped) return undefined;
    const timer = setTimeout(fillOverscan, 0);
    return () => clearTimeout(timer);
  });
  // The focused row when it is out of the rows mounted: before them or after them, with its own spacers.
  const held = first === undefined || last === undefined || focusedIndex < 0 || (focusedIndex >= first.index && focusedIndex <= last.index) ? undefined : virtualizer.measurementsCache[focusedIndex];
  const onFocus = (event: FocusEvent<HTMLDivElement>) => setFocused(event.target.closest("tr[data-member-id]")?.getAttribute("data-member-id") ?? null);
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocused(null);
  };
  const spacer = (height: number, key: string): ReactNode =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="rk-users-table__spacer" data-scope="users-table" data-part="spacer">
        <td colSpan={columnCount} style={{ blockSize: `${height}px`, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  // No scroll anchoring: the browser would move the scroll position to keep a row it picked in place when
  // the rows change (a sort re-renders every row in view), and react-virtual already places the rows.
  const style: CSSProperties = { maxBlockSize: viewportHeight, overflow: "auto", overflowAnchor: "none" };
  const measureRef = sizing.uniform ? undefined : virtualizer.measureElement;
  const row = (item: VirtualItem): ReactNode => {
    const id = rows[item.index];
    return id === undefined ? null : (
      <UsersTableRow key={id} id={id} ariaRowIndex={item.index + 2} selected={rowSelection.has(id)} virtualIndex={item.index} {...(measureRef === undefined ? {} : { measureRef })} />
    );
  };
  return (
    <div ref={ref} className="rk-users-table__viewport" data-scope="users-table" data-part="viewport" data-virtual="" style={style} onFocus={onFocus} onBlur={onBlur}>
      {renderTable(
        <tbody role="rowgroup" className="rk-users-table__body" data-scope="users-table" data-part="body">
          {first === undefined || last === undefined
            ? null
            : // One keyed list, so the focused row is the same element wherever it goes: a spacer above (before), the
              // focused row above the rows mounted and a spacer up to them (between), those rows, or the rows, a
              // spacer down to the focused row (between) and it, then a spacer below (after).
              [
                ...(held !== undefined && held.index < first.index ? [spacer(held.start, "before"), row(held), spacer(first.start - held.end, "between")] : [spacer(first.start, "before")]),
                ...run.map(row),
                ...(held !== undefined && held.index > last.index
                  ? [spacer(held.start - last.end, "between"), row(held), spacer(virtualizer.getTotalSize() - held.end, "after")]
                  : [spacer(virtualizer.getTotalSize() - last.end, "after")]),
              ]}
        </tbody>,
      )}
    </div>
  );
}

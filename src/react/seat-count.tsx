"use client";

import type { ReactNode } from "react";
import { useId } from "react";
import type { RosterSnapshot } from "../core/store";
import { withHostClass } from "./part-class";
import { useRosterFormat, useRosterSelector } from "./use-roster";
import { defaultTableMessages } from "./messages/table";
import { defaultConsoleMessages } from "./messages/console";
import { useMessageSection } from "./messages/use-section";

/**
 * The billable seat count of a workspace (R16): `active` + `invited` + `requested` memberships, as the
 * backend's workspace summary counts them. It follows the store: after an archive or an invite the
 * summaries are loaded again and the count changes.
 * @module
 */

/** Props of {@link SeatCount}. */
export interface SeatCountProps {
  /** The workspace to count. @default the store's current workspace; nothing is rendered in the instance scope */
  readonly workspaceId?: string;
  /** Class of the root element. */
  readonly className?: string;
}

/**
 * "12 billable seats" for a workspace (R16), described by a sentence saying what counts. Renders nothing
 * while the workspace summaries load, or in the instance scope without a `workspaceId`.
 *
 * Parts: `data-scope="seat-count"`, `data-part="root" | "hint"`, with `data-count` on the root; classes
 * `rk-seat-count` and `rk-seat-count__hint` (the theme styles the classes).
 * @example
 * <SeatCount />                    // the current workspace
 * <SeatCount workspaceId="ws-2" /> // another one the actor can see
 */
export function SeatCount({ workspaceId, className }: SeatCountProps): ReactNode {
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const format = useRosterFormat();
  const hintId = useId();
  const count = useRosterSelector((snapshot: RosterSnapshot) => {
    const id = workspaceId ?? (snapshot.scope.kind === "workspace" ? snapshot.scope.workspaceId : null);
    if (id === null) return null;
    return snapshot.workspaces.data.find((workspace) => workspace.id === id)?.billableSeats ?? null;
  });
  if (count === null) return null;
  return (
    // In its own direction (dir="auto", an isolate): "20 billable seats" stays in that order on a right-to-left page.
    <p className={withHostClass("rk-seat-count", className)} data-scope="seat-count" data-part="root" data-count={count} aria-describedby={hintId} dir="auto">
      {tableMessages.billableSeats({ count }, format)}
      <span className="rk-seat-count__hint" data-scope="seat-count" data-part="hint" id={hintId} data-visually-hidden="">
        {consoleMessages.seatCountHint}
      </span>
    </p>
  );
}

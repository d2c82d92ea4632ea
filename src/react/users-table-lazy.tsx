"use client";

import type { ReactNode } from "react";
import type { RosterSnapshot } from "../core/store";
import type { ExportMembersProps } from "./export-members";
import { lazyModule, useLazyModule, useLazyTrigger } from "./lazy-module";
import { useRosterFormat, useRosterSelector } from "./use-roster";
import type { UsersTableBulkActionsProps } from "./users-table-bulk";
import { defaultExportButtonMessages } from "./messages/export-button";
import { defaultConsoleMessages } from "./messages/console";
import { useMessageSection } from "./messages/use-section";

/**
 * The users table's parts that load on demand (issue 11): the CSV export's dialog and the bulk actions
 * (the selection bar and the bulk status dialog). The table's first paint carries only the "Export CSV"
 * button and the "Select" toggle; each part is downloaded the first time it is asked for, and prefetched
 * when the pointer or focus reaches what asks for it. A failed download throws where the part stands
 * (`lazy-module.ts`): the table wraps each in a `RosterErrorBoundary` (parts `export` and `bulk`), which
 * shows the failure with "Try again".
 * @module
 */

const exportMembers = lazyModule(() => import("./export-members").then((module) => module.ExportMembers));
const bulkActions = lazyModule(() => import("./users-table-bulk").then((module) => module.UsersTableBulkActions));

/** Prefetches the bulk actions (pointer or focus on the "Select" toggle, or on a selection checkbox). */
export const prefetchBulkActions: () => void = bulkActions.prefetch;

const selectExportAvailable = (snapshot: RosterSnapshot): boolean => snapshot.canExport;

/**
 * "Export CSV": the button alone until it is first pressed, then {@link ExportMembers} (loaded then, or
 * earlier when the pointer or focus reaches the button), opened. While it downloads the button is busy
 * (`aria-busy`, `data-state="loading"`) and a note next to it says the export is opening (and is
 * announced). Renders nothing when the adapter cannot export, as the export itself does.
 */
export function LazyExportMembers(props: ExportMembersProps): ReactNode {
  const format = useRosterFormat();
  const exportMessages = useMessageSection("export", defaultExportButtonMessages);
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const available = useRosterSelector(selectExportAvailable);
  // Loaded by an earlier table (or an earlier press): shown at once, closed unless pressed here.
  const trigger = useLazyTrigger(exportMembers, consoleMessages.partLoading({ part: "export" }, format), true);
  const Export = trigger.part;

  if (Export !== undefined) return <Export {...props} defaultOpen={trigger.asked} />;
  if (!available) return null;
  return (
    <>
      <button type="button" className="rk-export__trigger" data-scope="export" data-part="trigger" data-variant="secondary" {...trigger.button}>
        {exportMessages.trigger}
      </button>
      {trigger.pending ? (
        <span id={trigger.pending.id} className="rk-export__pending" data-scope="export" data-part="pending">
          {trigger.pending.text}
        </span>
      ) : null}
    </>
  );
}

/** Props of {@link LazyUsersTableBulkActions}. */
export interface LazyUsersTableBulkActionsProps extends UsersTableBulkActionsProps {
  /** Download the bulk actions now, before any member is selected (selection was just turned on). */
  readonly eager: boolean;
}

/**
 * The table's {@link UsersTableBulkActions}, downloaded when selection is turned on (`eager`) or, when
 * selection is always on, when the first member is selected. While members are selected and the download
 * is under way, a status says the bulk actions are loading.
 */
export function LazyUsersTableBulkActions({ eager, ...props }: LazyUsersTableBulkActionsProps): ReactNode {
  const format = useRosterFormat();
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const selected = props.selectedIds.length > 0;
  const BulkActions = useLazyModule(bulkActions, eager || selected || bulkActions.current() !== undefined);
  if (BulkActions !== undefined) return <BulkActions {...props} />;
  return selected ? (
    <span className="rk-users-table__bulk-pending" data-scope="users-table" data-part="bulk-pending" role="status">
      {consoleMessages.partLoading({ part: "bulk" }, format)}
    </span>
  ) : null;
}

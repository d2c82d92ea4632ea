"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode, RefObject } from "react";
import { useEffect, useRef } from "react";
import type { StatusAction } from "../core/adapter.types";
import type { BulkStatusItem, BulkStatusState } from "../core/bulk-status.machine";
import { bulkStatusMachine, bulkSummary } from "../core/bulk-status.machine";
import type { RosterEvent } from "../core/store";
import { useAnnounce } from "./live-region";
import { memberDisplayName } from "./member-actions-menu";
import { useRosterFormat, useRosterMachine, useRosterPortalContainer, useRosterSend } from "./use-roster";
import { deniedReason, errorReason } from "./messages/reasons";
import { defaultStatusMessages } from "./messages/status";
import { defaultConfirmMessages } from "./messages/confirm";
import { defaultTableMessages } from "./messages/table";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * The users table's bulk actions, loaded on demand (`users-table-lazy.tsx`) once selection is on: the
 * selection bar (how many are selected, archive or deactivate them, clear the selection), and the one
 * confirmation of a bulk archive or deactivate with its per-member report: each member is listed as
 * changed, refused by the rules (with the reason, R3, R4, R15) or failed at the backend. Driven by the
 * core's bulk status machine (`snapshot.bulkStatus`).
 * @module
 */

/** Props of {@link UsersTableBulkDialog}. */
interface UsersTableBulkDialogProps {
  /** Called when the finished report is closed (the table clears its selection). */
  readonly onFinished: () => void;
  /** Where focus returns when the dialog closes (the bulk action button). */
  readonly returnFocus: RefObject<HTMLElement | null>;
  /** Where focus goes instead when that button is gone (the finished report cleared the selection). */
  readonly fallbackFocus: RefObject<HTMLElement | null> | undefined;
}

function ItemResult({ item }: { readonly item: BulkStatusItem }): ReactNode {
  const format = useRosterFormat();
  const statusMessages = useMessageSection("status", defaultStatusMessages);
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const reasons = useReasonMessages();
  const name = memberDisplayName(item.member);
  // A backend error and a policy refusal are both worded from the messages, by code or by refusal key.
  const reason = item.error ? errorReason(item.error, reasons, format) : item.decision.ok ? "" : deniedReason(item.decision, reasons, format);
  const text =
    item.outcome === "succeeded"
      ? tableMessages.bulkSucceeded({ name, status: statusMessages.label[item.result?.status ?? item.expectedStatus] }, format)
      : item.outcome === "refused"
        ? tableMessages.bulkRefused({ name, reason }, format)
        : item.outcome === "failed"
          ? tableMessages.bulkFailed({ name, reason }, format)
          : tableMessages.bulkWaiting({ name }, format);
  return (
    <li className="rk-users-table__bulk-result" data-scope="users-table" data-part="bulk-result" data-outcome={item.outcome} data-member-id={item.member.id}>
      {text}
    </li>
  );
}

/** The bulk status dialog; renders nothing while no bulk change is open. */
function UsersTableBulkDialog({ onFinished, returnFocus, fallbackFocus }: UsersTableBulkDialogProps): ReactNode {
  const format = useRosterFormat();
  const confirmMessages = useMessageSection("confirm", defaultConfirmMessages);
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const container = useRosterPortalContainer();
  const send = useRosterSend<RosterEvent>();
  const announce = useAnnounce();
  const bulk = useRosterMachine(bulkStatusMachine);
  const announced = useRef<BulkStatusState | null>(null);

  useEffect(() => {
    if (bulk.status !== "done" || announced.current === bulk) return;
    announced.current = bulk;
    const counts = bulkSummary(bulk);
    announce(tableMessages.bulkSummary({ succeeded: counts.succeeded, refused: counts.refused, failed: counts.failed }, format));
  }, [bulk, announce, tableMessages, format]);

  if (bulk.status === "idle") return null;
  const action = bulk.action === "deactivate" ? "deactivate" : "archive";
  const count = bulk.items.length;
  const close = () => {
    if (bulk.status === "applying") return;
    send({ type: "BULK.CANCEL" });
    if (bulk.status === "done") onFinished();
  };
  const counts = bulkSummary(bulk);
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : close())}>
      <Dialog.Portal container={container ?? undefined}>
        <Dialog.Overlay className="rk-users-table__bulk-overlay" data-scope="dialog" data-part="overlay" data-state="open" />
        <Dialog.Content
          className="rk-users-table__bulk-content"
          data-scope="dialog"
          data-part="content"
          data-kind="bulk-status"
          data-state={bulk.status}
          onCloseAutoFocus={(event) => {
            const target = [returnFocus.current, fallbackFocus?.current].find((element) => element?.isConnected);
            if (target) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <Dialog.Title className="rk-users-table__bulk-title" data-scope="dialog" data-part="title">
            {tableMessages.bulkTitle({ count, action }, format)}
          </Dialog.Title>
          <Dialog.Description className="rk-users-table__bulk-description" data-scope="dialog" data-part="description">
            {tableMessages.bulkDescription({ count, action }, format)}
          </Dialog.Description>
          <section aria-label={tableMessages.bulkResultsLabel} aria-busy={bulk.status === "applying"}>
            <ul className="rk-users-table__bulk-results" data-scope="users-table" data-part="bulk-results">
              {bulk.items.map((item) => (
                <ItemResult key={item.member.id} item={item} />
              ))}
            </ul>
            {bulk.status === "done" ? (
              <p className="rk-users-table__bulk-summary" data-scope="users-table" data-part="bulk-summary" dir="auto">
                {tableMessages.bulkSummary({ succeeded: counts.succeeded, refused: counts.refused, failed: counts.failed }, format)}
              </p>
            ) : null}
          </section>
          <div className="rk-users-table__bulk-footer" data-scope="dialog" data-part="footer">
            {bulk.status === "done" ? (
              <button type="button" data-variant="primary" onClick={close}>
                {tableMessages.close}
              </button>
            ) : (
              <>
                <button type="button" data-variant="secondary" disabled={bulk.status === "applying"} onClick={close}>
                  {confirmMessages.cancel}
                </button>
                <button
                  type="button"
                  data-variant="danger"
                  disabled={bulk.status === "applying"}
                  aria-busy={bulk.status === "applying"}
                  onClick={() => send({ type: "BULK.CONFIRM" })}
                >
                  {bulk.status === "applying" ? tableMessages.bulkApplying : tableMessages.bulkConfirm({ count, action }, format)}
                </button>
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Props of {@link UsersTableBulkActions}. */
export interface UsersTableBulkActionsProps {
  /** The selected members' ids, in the page's order. */
  readonly selectedIds: readonly string[];
  /** The lifecycle's stop action, which the bulk button applies: archive or deactivate. */
  readonly action: StatusAction;
  /** Clears the selection: "Clear selection", and closing the finished report. */
  readonly onClear: () => void;
  /**
   * Where focus goes once the finished report is closed, which clears the selection and with it the bulk
   * button (the table's "Select" toggle). Without it, focus returns to the bulk button when it is still there.
   */
  readonly focusAfter?: RefObject<HTMLElement | null>;
}

/**
 * The selection bar (while members are selected) and the bulk status dialog (while a bulk change is
 * open). The table renders it in its toolbar while selection is on.
 */
export function UsersTableBulkActions({ selectedIds, action, onClear, focusAfter }: UsersTableBulkActionsProps): ReactNode {
  const format = useRosterFormat();
  const tableMessages = useMessageSection("table", defaultTableMessages);
  const send = useRosterSend<RosterEvent>();
  const bulkButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      {selectedIds.length > 0 ? (
        <div className="rk-users-table__selection" data-scope="users-table" data-part="selection">
          <span className="rk-users-table__selection-count" data-scope="users-table" data-part="selection-count" dir="auto">
            {tableMessages.selectedCount({ count: selectedIds.length }, format)}
          </span>
          <button
            ref={bulkButton}
            type="button"
            data-variant="danger"
            className="rk-users-table__bulk-action"
            data-scope="users-table"
            data-part="bulk-action"
            data-action={action}
            onClick={() => send({ type: "BULK.OPEN", memberIds: selectedIds, action })}
          >
            {action === "archive" ? tableMessages.bulkArchive : tableMessages.bulkDeactivate}
          </button>
          <button type="button" data-variant="ghost" className="rk-users-table__clear-selection" data-scope="users-table" data-part="clear-selection" onClick={onClear}>
            {tableMessages.clearSelection}
          </button>
        </div>
      ) : null}
      <UsersTableBulkDialog returnFocus={bulkButton} fallbackFocus={focusAfter} onFinished={onClear} />
    </>
  );
}

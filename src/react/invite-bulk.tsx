"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import type { ChangeEvent, CSSProperties, ReactNode } from "react";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { BulkInviteLoadIssue, BulkInviteReadOptions, BulkInviteRow } from "../core/bulk-invite";
import { bulkInviteRowStatus, bulkInviteTemplate } from "../core/bulk-invite";
import { bulkInviteMachine, bulkInviteSummary } from "../core/bulk-invite.machine";
import { readBulkInviteText } from "./invite-bulk-read";
import type { BulkInviteRowMessages } from "./invite-bulk-row";
import { BulkInviteRowView } from "./invite-bulk-row";
import { INVITE_FIELD_MESSAGES } from "./invite-field-error";
import { selectInviteFieldOptions } from "./invite-field-options";
import { defaultBulkInviteMessages } from "./messages/bulk-invite";
import { deniedReason } from "./messages/reasons";
import type { RosterMessages } from "./messages/types";
import { defaultTableMessages } from "./messages/table";
import { useMessageSections } from "./messages/use-section";
import { LiveRegion, useAnnounce } from "./live-region";
import { withHostClass } from "./part-class";
import { shallowEqual, useRosterFormat, useRosterMachine, useRosterSelector, useRosterSend, useRosterStore } from "./use-roster";
import type { RosterFormat } from "./format";

/**
 * The bulk invite (R5–R8, R26, R29): a CSV file (with a downloadable template) or a pasted list of
 * emails, read into a preview where every row shows its own checks, is fixed in place or removed, then
 * sent in batches with a progress bar and a cancel, and per-row results; the rows not invited stay for
 * fix-and-retry. Its state lives in the store, so closing the dialog, a refused file or a failed batch
 * loses nothing.
 * @module
 */

/** Props of {@link InviteBulk}. */
export interface InviteBulkProps {
  /** Id of the element that names the form (the dialog's title). */
  readonly labelledBy?: string;
  /** Called by the Close button. */
  readonly onCancel?: () => void;
  /** R7: "Unarchive instead" / "Reactivate instead" was chosen on a row. */
  readonly onOfferExisting?: (memberId: string, action: "unarchive" | "reactivate") => void;
  /** Previews with more rows than this are virtualised. @default 50 */
  readonly virtualizeThreshold?: number;
  /** Height of the preview's scrolling viewport (CSS length). @default "24rem" */
  readonly viewportHeight?: string;
  readonly className?: string;
}

const ESTIMATED_ROW_HEIGHT = 56;

/** The sections of the messages the bulk invite says: its rows', and the table's name of the actions column. */
type BulkInviteMessagesInUse = BulkInviteRowMessages & Pick<RosterMessages, "table">;

/** The English of {@link BulkInviteMessagesInUse}, for `useMessageSections`. */
const BULK_INVITE_MESSAGES: BulkInviteMessagesInUse = { ...INVITE_FIELD_MESSAGES, bulkInvite: defaultBulkInviteMessages, table: defaultTableMessages };

/** The role a row without one gets at first: the last role that does not administer the workspace. */
function firstDefaultRole(options: ReturnType<typeof selectInviteFieldOptions>): string {
  return [...options.roles].reverse().find((role) => role.id !== options.config.adminRole)?.id ?? options.roles[0]?.id ?? "";
}

function loadIssueText(issue: BulkInviteLoadIssue, messages: BulkInviteRowMessages, format: RosterFormat): string {
  // `load` is keyed by code: each message takes the params the core made for that code.
  const message = messages.bulkInvite.load[issue.code] as (params: BulkInviteLoadIssue["params"], format: RosterFormat) => string;
  return messages.bulkInvite.loadRefused({ reason: message(issue.params, format) }, format);
}

/** The ids of the rows that wait for a fix: a problem found before sending, or refused by the backend. */
function idsToFix(rows: readonly BulkInviteRow[]): ReadonlySet<string> {
  return new Set(rows.filter((row) => ["invalid", "refused"].includes(bulkInviteRowStatus(row))).map((row) => row.id));
}

/**
 * The bulk invite form, shown by {@link InviteUserDialog} as its "From a list or CSV" mode or on its own
 * inside a `<RosterProvider>` whose scope is a workspace. papaparse is loaded only when a table is read.
 * Parts: `data-scope="invite-bulk"`, `data-part="root" | "source" | "file" | "template" | "paste" |
 * "default-role" | "load-issue" | "preview" | "viewport" | "row" | "row-status" | "row-problem" | "cell-input" |
 * "cell-error" | "remove-row" | "offer" | "progress" | "summary" | "footer"`, each also with the class
 * `rk-invite-bulk__<part>` (the root: `rk-invite-bulk`; the theme styles the classes); `data-state` on
 * the root is the machine's status, on a row its status.
 * @example
 * <InviteBulk onCancel={close} onOfferExisting={(memberId, action) => openConfirm(memberId, action)} />
 */
export function InviteBulk({ labelledBy, onCancel, onOfferExisting, virtualizeThreshold = 50, viewportHeight = "24rem", className }: InviteBulkProps): ReactNode {
  const state = useRosterMachine(bulkInviteMachine);
  const options = useRosterSelector(selectInviteFieldOptions, shallowEqual);
  const messages = useMessageSections(BULK_INVITE_MESSAGES);
  const format = useRosterFormat();
  const send = useRosterSend();
  const store = useRosterStore();
  const announce = useAnnounce();
  const baseId = useId();
  const text = messages.bulkInvite;
  const labels = messages.invite;
  const [defaultRole, setDefaultRole] = useState(() => firstDefaultRole(options));
  const [pasted, setPasted] = useState("");
  const [reading, setReading] = useState(false);
  const [readFailed, setReadFailed] = useState(false);
  /** The rows shown when only the rows to fix are: their ids when that was chosen; `null` shows every row. */
  const [onlyIds, setOnlyIds] = useState<ReadonlySet<string> | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const summary = useMemo(() => bulkInviteSummary(state), [state]);
  /** Set when rows were added: the preview's heading takes focus once it renders them. */
  const focusPreview = useRef(false);
  const rowCount = state.rows.length;
  useEffect(() => {
    if (!focusPreview.current) return;
    focusPreview.current = false;
    previewTitle.current?.focus();
  }, [rowCount]);
  const locked = state.status === "sending" || state.status === "cancelling";
  const readOptions: BulkInviteReadOptions = useMemo(
    () => ({
      roles: options.roles,
      groups: options.groups,
      defaultRole,
      maxRows: options.config.bulkInviteMaxRows,
      // A file headed with the form's labels in the person's language reads as one headed in English.
      headerNames: { name: labels.nameLabel, email: labels.emailLabel, role: labels.roleLabel, groups: labels.groupsLabel, metadata: labels.metadataLabel },
    }),
    [options, defaultRole, labels],
  );
  const template = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(bulkInviteTemplate(options.config, options.groups))}`, [options]);

  /** Reads text into the list; `true` when the rows were added (the store refused nothing). */
  const load = useCallback(
    async (source: string, kind: "table" | "auto"): Promise<boolean> => {
      setReading(true);
      setReadFailed(false);
      try {
        const read = await readBulkInviteText(source, readOptions, kind);
        send({ type: "BULK_INVITE.LOAD", read });
        const added = store.getSnapshot().bulkInvite?.loadIssue === null;
        focusPreview.current = added;
        return added;
      } catch {
        // The parser could not be loaded (a network failure): nothing was read, nothing is lost.
        setReadFailed(true);
        return false;
      } finally {
        setReading(false);
      }
    },
    [readOptions, send, store],
  );

  const chooseFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((content) => load(content, "table")).finally(() => (input.value = ""));
  };

  const addPasted = (): void => {
    void load(pasted, "auto").then((added) => added && setPasted(""));
  };

  const onUpdate = useCallback((rowId: string, field: "name" | "email" | "role", value: string) => send({ type: "BULK_INVITE.UPDATE", rowId, patch: { [field]: value } }), [send]);
  const onRemove = useCallback(
    (rowId: string) => {
      send({ type: "BULK_INVITE.REMOVE", rowId });
      previewTitle.current?.focus();
    },
    [send],
  );
  const latestOffer = useRef(onOfferExisting);
  latestOffer.current = onOfferExisting;
  const canOffer = onOfferExisting !== undefined;
  const onOffer = useMemo(() => (canOffer ? (memberId: string, action: "unarchive" | "reactivate") => latestOffer.current?.(memberId, action) : undefined), [canOffer]);

  // Announce the results once a sending ends, and take focus to them.
  const wasLocked = useRef(locked);
  useEffect(() => {
    const ended = wasLocked.current && !locked;
    wasLocked.current = locked;
    if (!ended) return;
    announce(text.resultSummary({ invited: summary.invited, notInvited: summary.refused + summary.failed }, format));
    summaryRef.current?.focus();
  }, [locked, summary, announce, text, format]);

  const issueId = `${baseId}-issue`;
  const fileHintId = `${baseId}-file-hint`;
  const pasteHintId = `${baseId}-paste-hint`;
  const loadIssue = state.loadIssue ? loadIssueText(state.loadIssue, messages, format) : readFailed ? messages.errors.network : null;
  const notInvited = summary.refused + summary.failed;
  /** Rows that cannot go until they are edited: a problem found before sending, or the backend's refusal. */
  const toFix = summary.invalid + summary.refused;
  // "Only the rows to fix" keeps the rows that had a problem when it was chosen, so a row being fixed
  // stays in view (and keeps focus) until the whole list is shown again.
  const shownRows = useMemo(() => (onlyIds === null ? state.rows : state.rows.filter((row) => onlyIds.has(row.id))), [state.rows, onlyIds]);
  const virtual = shownRows.length > virtualizeThreshold;
  const retrying = state.status === "results";

  return (
    <div
      className={withHostClass("rk-invite-bulk", className)}
      data-scope="invite-bulk"
      data-part="root"
      data-state={state.status}
      role="group"
      aria-labelledby={labelledBy}
      aria-busy={locked || reading ? "true" : undefined}
    >
      <LiveRegion />
      <div className="rk-invite-bulk__source" data-scope="invite-bulk" data-part="source">
        <div className="rk-invite-bulk__field" data-scope="invite-bulk" data-part="field">
          <label htmlFor={`${baseId}-file`}>{text.fileLabel}</label>
          <input
            className="rk-invite-bulk__file"
            id={`${baseId}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            data-scope="invite-bulk"
            data-part="file"
            aria-describedby={fileHintId}
            disabled={locked || reading}
            onChange={chooseFile}
          />
          <span className="rk-invite-bulk__hint" id={fileHintId} data-scope="invite-bulk" data-part="hint">
            {text.fileHint({ limit: options.config.bulkInviteMaxRows }, format)}{" "}
            <a className="rk-invite-bulk__template" href={template} download="invite-template.csv" data-scope="invite-bulk" data-part="template">
              {text.template}
            </a>
          </span>
        </div>
        <div className="rk-invite-bulk__field" data-scope="invite-bulk" data-part="field">
          <label htmlFor={`${baseId}-paste`}>{text.pasteLabel}</label>
          <textarea
            className="rk-invite-bulk__paste"
            id={`${baseId}-paste`}
            data-scope="invite-bulk"
            data-part="paste"
            rows={3}
            aria-describedby={pasteHintId}
            value={pasted}
            disabled={locked}
            onChange={(event) => setPasted(event.target.value)}
          />
          <span className="rk-invite-bulk__hint" id={pasteHintId} data-scope="invite-bulk" data-part="hint">
            {text.pasteHint}
          </span>
          <button type="button" data-variant="secondary" disabled={locked || reading || pasted.trim() === ""} onClick={addPasted}>
            {text.addPasted}
          </button>
        </div>
        <div className="rk-invite-bulk__field" data-scope="invite-bulk" data-part="field">
          <label htmlFor={`${baseId}-role`}>{text.defaultRoleLabel}</label>
          <select className="rk-invite-bulk__default-role" id={`${baseId}-role`} data-scope="invite-bulk" data-part="default-role" value={defaultRole} disabled={locked} onChange={(event) => setDefaultRole(event.target.value)}>
            {options.roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.label}
              </option>
            ))}
          </select>
        </div>
        {reading && <p className="rk-invite-bulk__reading" data-scope="invite-bulk" data-part="reading">{text.reading}</p>}
        {loadIssue !== null && (
          <p className="rk-invite-bulk__load-issue" id={issueId} role="alert" data-scope="invite-bulk" data-part="load-issue">
            {loadIssue}
          </p>
        )}
        {state.ignoredColumns.length > 0 && (
          <p className="rk-invite-bulk__hint" data-scope="invite-bulk" data-part="hint">
            {text.ignoredColumns({ columns: state.ignoredColumns }, format)}
          </p>
        )}
      </div>

      {state.rows.length > 0 && (
        <div className="rk-invite-bulk__preview" data-scope="invite-bulk" data-part="preview">
          <h3 className="rk-invite-bulk__preview-title" ref={previewTitle} id={`${baseId}-preview`} tabIndex={-1} data-scope="invite-bulk" data-part="preview-title">
            {text.previewTitle}
          </h3>
          <p className="rk-invite-bulk__preview-summary" data-scope="invite-bulk" data-part="preview-summary">
            {text.previewSummary({ total: state.rows.length, invited: summary.invited, ready: summary.sendable, invalid: toFix }, format)}{" "}
            {summary.invalid > 0 && !locked && (
              <button className="rk-invite-bulk__remove-invalid" type="button" data-variant="ghost" data-scope="invite-bulk" data-part="remove-invalid" onClick={() => send({ type: "BULK_INVITE.REMOVE_INVALID" })}>
                {text.removeInvalid({ count: summary.invalid }, format)}
              </button>
            )}{" "}
            {(onlyIds !== null || (toFix > 0 && toFix < state.rows.length)) && (
              <button
                className="rk-invite-bulk__only-to-fix"
                type="button"
                data-variant="ghost"
                data-scope="invite-bulk"
                data-part="only-to-fix"
                aria-pressed={onlyIds !== null}
                onClick={() => setOnlyIds(onlyIds === null ? idsToFix(state.rows) : null)}
              >
                {text.onlyToFix}
              </button>
            )}
          </p>
          <PreviewTable
            rows={shownRows}
            virtual={virtual}
            viewportHeight={viewportHeight}
            captionId={`${baseId}-preview`}
            messages={messages}
            format={format}
            renderRow={(row, index, measure) => (
              <BulkInviteRowView
                key={row.id}
                row={row}
                roles={options.roles}
                locked={locked}
                messages={messages}
                format={format}
                onUpdate={onUpdate}
                onRemove={onRemove}
                onOffer={onOffer}
                ariaRowIndex={index + 2}
                {...measure}
              />
            )}
          />
        </div>
      )}

      {locked && (
        <div className="rk-invite-bulk__progress" data-scope="invite-bulk" data-part="progress">
          <label htmlFor={`${baseId}-progress`}>{text.progressLabel}</label>
          <progress id={`${baseId}-progress`} max={state.progress.total} value={state.progress.done} aria-valuetext={text.progress(state.progress, format)} />
          <span>{text.progress(state.progress, format)}</span>
        </div>
      )}

      {state.status === "results" && (
        <p className="rk-invite-bulk__summary" ref={summaryRef} tabIndex={-1} data-scope="invite-bulk" data-part="summary">
          {text.resultSummary({ invited: summary.invited, notInvited }, format)}
        </p>
      )}
      {state.refusal && (
        <p className="rk-invite-bulk__refusal" role="alert" data-scope="invite-bulk" data-part="refusal">
          {deniedReason(state.refusal, messages, format)}
        </p>
      )}

      <div className="rk-invite-bulk__footer" data-scope="invite-bulk" data-part="footer">
        {locked ? (
          <button type="button" data-variant="secondary" disabled={state.status === "cancelling"} onClick={() => send({ type: "BULK_INVITE.CANCEL" })}>
            {state.status === "cancelling" ? text.cancelling : text.cancel}
          </button>
        ) : (
          <>
            {state.rows.length > 0 && (
              <button type="button" data-variant="ghost" onClick={() => send({ type: "BULK_INVITE.RESET" })}>
                {text.startOver}
              </button>
            )}
            {onCancel && (
              <button type="button" data-variant="secondary" onClick={onCancel}>
                {messages.invite.close}
              </button>
            )}
            {(summary.sendable > 0 || toFix > 0) && (
              <button
                className="rk-invite-bulk__send"
                type="button"
                data-variant="primary"
                data-part="send"
                aria-disabled={summary.sendable === 0 ? "true" : undefined}
                aria-describedby={summary.sendable === 0 ? `${baseId}-nothing` : undefined}
                onClick={() => summary.sendable > 0 && send({ type: "BULK_INVITE.SEND" })}
              >
                {retrying && notInvited > 0 && summary.sendable > 0 ? text.retryFailed({ count: summary.sendable }, format) : text.send({ count: summary.sendable }, format)}
              </button>
            )}
            {summary.sendable === 0 && toFix > 0 && (
              <span className="rk-invite-bulk__hint" id={`${baseId}-nothing`} data-scope="invite-bulk" data-part="hint">
                {text.nothingToSend}
              </span>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** Props of {@link PreviewTable}. */
interface PreviewTableProps {
  readonly rows: readonly BulkInviteRow[];
  readonly virtual: boolean;
  readonly viewportHeight: string;
  readonly captionId: string;
  readonly messages: BulkInviteMessagesInUse;
  readonly format: RosterFormat;
  readonly renderRow: (row: BulkInviteRow, index: number, measure: { measureRef?: (element: HTMLTableRowElement | null) => void; virtualIndex?: number }) => ReactNode;
}

/** The preview's table: every row, or with many rows only those in view (react-virtual) with spacer rows keeping the table's layout. */
function PreviewTable({ rows, virtual, viewportHeight, captionId, messages, renderRow }: PreviewTableProps): ReactNode {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => viewport.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const spacer = (height: number, key: string): ReactNode =>
    height > 0 ? (
      <tr className="rk-invite-bulk__spacer" key={key} aria-hidden="true" data-scope="invite-bulk" data-part="spacer">
        <td colSpan={6} style={{ blockSize: `${height}px`, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  const text = messages.bulkInvite;
  // Scrolling it to its end does not carry on to the page behind the dialog (useModalContainment lets it scroll).
  const style: CSSProperties = { maxBlockSize: viewportHeight, overflow: "auto", overscrollBehavior: "contain" };
  return (
    <div className="rk-invite-bulk__viewport" ref={viewport} data-scope="invite-bulk" data-part="viewport" data-virtual={virtual ? "" : undefined} style={style} tabIndex={0} aria-labelledby={captionId} role="region">
      <table className="rk-invite-bulk__table" data-scope="invite-bulk" data-part="table" aria-labelledby={captionId} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{text.rowColumn}</th>
            <th scope="col">{messages.invite.nameLabel}</th>
            <th scope="col">{messages.invite.emailLabel}</th>
            <th scope="col">{messages.invite.roleLabel}</th>
            <th scope="col">{text.statusColumn}</th>
            <th scope="col">
              <span data-visually-hidden="">{messages.table.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {virtual ? (
            <>
              {spacer(before, "before")}
              {items.map((item) => {
                const row = rows[item.index];
                return row ? renderRow(row, item.index, { measureRef: virtualizer.measureElement, virtualIndex: item.index }) : null;
              })}
              {spacer(after, "after")}
            </>
          ) : (
            rows.map((row, index) => renderRow(row, index, {}))
          )}
        </tbody>
      </table>
    </div>
  );
}

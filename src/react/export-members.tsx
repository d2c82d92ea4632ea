"use client";

import * as Dialog from "@radix-ui/react-dialog";
import type { FormEvent, ReactNode } from "react";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { MemberExportColumn } from "../core/adapter.types";
import type { ExportFile } from "../core/export.machine";
import { exportFile, exportMachine, exportQueryOf } from "../core/export.machine";
import type { ListState } from "../core/list.machine";
import type { RosterEvent } from "../core/store";
import { useAnnounce } from "./live-region";
import type { ExportMessages } from "./messages/types";
import { focusIfConnected, leaveClosingDialog, useModalContainment } from "./modal-containment";
import { useRosterFormat, useRosterMachine, useRosterPortalContainer, useRosterSend } from "./use-roster";
import { errorReason } from "./messages/reasons";
import { defaultExportMessages } from "./messages/export";
import { useReasonMessages } from "./messages/use-reasons";
import { useMessageSection } from "./messages/use-section";

/**
 * "Export CSV" in the users table's toolbar (R25): a dialog to choose the columns (remembered in the
 * browser), then the export of the list's current view (scope, search, filters, sort) across every page,
 * with its progress, a stop button, and an error that keeps the choice for a retry. The file is saved
 * under the workspace's name and the day. Driven by the core's export machine (`snapshot.export`);
 * renders nothing when the adapter cannot export.
 * @module
 */

/** A column the export dialog offers: a column of the kit, or a host's (a metadata column). */
export interface ExportColumnOption {
  readonly id: MemberExportColumn;
  readonly label: string;
}

/** Props of {@link ExportMembers}. */
export interface ExportMembersProps {
  /** The list whose current view is exported. */
  readonly list: ListState;
  /** Columns offered after the kit's own, e.g. the host's metadata columns. @default [] */
  readonly extraColumns?: readonly ExportColumnOption[];
  /**
   * Saves the finished file. @default a download of the file through a temporary link
   */
  readonly onSave?: (file: ExportFile) => void;
  /**
   * Where the chosen columns are remembered (`localStorage` key); `null` remembers them for this page only.
   * @default "rosterkit:export-columns"
   */
  readonly storageKey?: string | null;
  /**
   * Open the dialog on the first render (the users table's "Export CSV" loads the dialog when pressed,
   * then renders it opened). @default false
   */
  readonly defaultOpen?: boolean;
}

/** The kit's own export columns: each has its label in `messages.export.columns`. */
type KitColumn = keyof ExportMessages["columns"];

const WORKSPACE_COLUMNS: readonly KitColumn[] = ["name", "email", "status", "role", "groups", "invitedAt", "lastActiveAt", "metadata"];
const INSTANCE_COLUMNS: readonly KitColumn[] = ["name", "email", "status", "invitedAt", "lastActiveAt", "metadata"];

/** The kit's columns of a scope, labelled: role and groups are a workspace's. */
function kitColumns(scope: ListState["scope"]["kind"], exportMessages: ExportMessages): ExportColumnOption[] {
  const ids = scope === "workspace" ? WORKSPACE_COLUMNS : INSTANCE_COLUMNS;
  return ids.map((id) => ({ id, label: exportMessages.columns[id] }));
}

function readStoredColumns(key: string | null): readonly string[] | null {
  if (key === null || typeof localStorage === "undefined") return null;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? "null");
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : null;
  } catch {
    return null; // storage refused (private mode) or a value that is not ours: start from every column
  }
}

function storeColumns(key: string | null, columns: readonly string[]): void {
  if (key === null || typeof localStorage === "undefined") return;
  try {
    localStorage.setItem(key, JSON.stringify(columns));
  } catch {
    // storage full or refused: the choice still holds until the page is left
  }
}

/**
 * Saves a file by a link with `download`, the browser's own way to offer a file, clicked without being put
 * in the page (so no dialog's containment sees the click); the object URL is let go once the download has
 * started.
 */
export function downloadExportFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob(file.chunks.map((chunk) => new Uint8Array(chunk)), { type: file.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The export button and dialog. Must be inside a `<RosterProvider>`; the users table's toolbar shows a
 * button of its own and loads this module when it is pressed (issue 11), then renders it opened.
 *
 * Parts: `data-scope="export"`, `data-part="trigger" | "columns" | "column" | "status" | "error" |
 * "stop" | "submit"` (the submit button says "Try again" after a failure), and the dialog's own parts,
 * `data-scope="dialog"`, `data-part="overlay" | "content" | "title" | "description" | "footer" | "close"`;
 * each part also has the class `rk-export__<part>` (the theme styles the classes). The dialog's content
 * carries `data-kind="export"` and `data-state="idle" | "exporting" | "done" | "error"`.
 *
 * The dialog is modal (`aria-modal="true"`; focus, presses and scrolling stay in it, the rest of the page
 * is hidden from assistive technology: `modal-containment`) without Radix's modal mode, whose writes to
 * `<body>` restyled the whole page on every open and close. Escape, Cancel and a press on the backdrop
 * close it, except while an export is under way (its Stop button stops it); focus goes back to the
 * "Export CSV" button as it closes.
 * @example
 * <ExportMembers list={snapshot.list} extraColumns={[{ id: "metadata.department", label: "Department" }]} />
 */
export function ExportMembers({ list, extraColumns = [], onSave = downloadExportFile, storageKey = "rosterkit:export-columns", defaultOpen = false }: ExportMembersProps): ReactNode {
  const format = useRosterFormat();
  const exportMessages = useMessageSection("export", defaultExportMessages);
  const reasons = useReasonMessages();
  const container = useRosterPortalContainer();
  const send = useRosterSend<RosterEvent>();
  const announce = useAnnounce();
  const state = useRosterMachine(exportMachine);
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  /** Set when focus already went back to the button as the dialog closed, so Radix's close autofocus leaves it. */
  const focusReturned = useRef(false);
  // A press on the backdrop closes through `changeOpen` (the latest, declared below).
  const closeRef = useRef<() => void>(() => undefined);
  const release = useModalContainment(
    content,
    open,
    useCallback(() => closeRef.current(), []),
  );
  const exporting = state.status === "exporting";
  const changeOpen = (next: boolean) => {
    // An export under way is stopped with its own button, not by closing the dialog.
    if (!next && exporting) return;
    if (!next) focusReturned.current = leaveClosingDialog(content, release, () => focusIfConnected(triggerRef.current));
    setOpen(next);
  };
  closeRef.current = () => changeOpen(false);
  const [missing, setMissing] = useState(false);
  const options = [...kitColumns(list.scope.kind, exportMessages), ...extraColumns];
  const [stored, setStored] = useState<readonly string[] | null>(null);
  useEffect(() => setStored(readStoredColumns(storageKey)), [storageKey]);
  const chosen = new Set(stored ?? options.map((option) => option.id));
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  // Once per export, even when an effect runs twice (React's strict mode).
  const savedId = useRef(0);
  const file = useMemo(() => exportFile(state), [state]);
  useEffect(() => {
    if (file === null || savedId.current === file.requestId) return;
    savedId.current = file.requestId;
    save.current(file);
    announce(exportMessages.done({ count: file.rows, fileName: file.name }, format));
    send({ type: "EXPORT.SAVED", requestId: file.requestId });
  }, [file, announce, exportMessages, format, send]);

  if (!state.available) return null;

  const toggle = (column: MemberExportColumn, on: boolean) => {
    const offered: readonly string[] = options.map((option) => option.id);
    // Columns of another scope (role and groups, outside "All users") stay chosen for when they are offered again.
    const elsewhere = (stored ?? []).filter((candidate) => !offered.includes(candidate));
    const here = options.map((option) => option.id).filter((candidate) => (candidate === column ? on : chosen.has(candidate)));
    const next = [...here, ...elsewhere];
    setStored(next);
    storeColumns(storageKey, next);
    if (here.length > 0) setMissing(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const columns = options.map((option) => option.id).filter((column) => chosen.has(column));
    if (columns.length === 0) {
      setMissing(true);
      return;
    }
    send({ type: "EXPORT.START", query: exportQueryOf(list), columns });
  };
  const filtered = list.search !== "" || list.statuses.length > 0 || (list.scope.kind === "workspace" && (list.roles.length > 0 || list.metadata.length > 0));
  const finished = state.status === "idle" && state.saved;

  return (
    <Dialog.Root open={open} onOpenChange={changeOpen} modal={false}>
      <Dialog.Trigger ref={triggerRef} className="rk-export__trigger" data-scope="export" data-part="trigger" data-variant="secondary" aria-busy={exporting || undefined}>
        {exportMessages.trigger}
      </Dialog.Trigger>
      <Dialog.Portal container={container ?? undefined}>
        {/* The kit's own backdrop: Radix renders none when not modal. A press on it closes (useModalContainment). */}
        <div className="rk-export__overlay" data-scope="dialog" data-part="overlay" data-state="open" />
        <Dialog.Content
          ref={setContent}
          aria-modal="true"
          className="rk-export__content"
          data-scope="dialog"
          data-part="content"
          data-kind="export"
          data-state={state.status}
          aria-busy={exporting}
          onOpenAutoFocus={() => {
            focusReturned.current = false;
          }}
          onCloseAutoFocus={(event) => {
            if (!focusReturned.current) return;
            focusReturned.current = false;
            event.preventDefault();
          }}
          // Presses outside never reach the page (useModalContainment closes on the backdrop's), and focus
          // sent outside comes back: neither dismisses the dialog the way Radix's non-modal one would.
          onPointerDownOutside={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title className="rk-export__title" data-scope="dialog" data-part="title">
            {exportMessages.title}
          </Dialog.Title>
          <Dialog.Description className="rk-export__description" data-scope="dialog" data-part="description">
            {exportMessages.description({ filtered }, format)}
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            <fieldset className="rk-export__columns" data-scope="export" data-part="columns" disabled={exporting} aria-describedby={missing ? `${id}-missing` : undefined}>
              <legend>{exportMessages.columnsLegend}</legend>
              {options.map((option) => (
                <label key={option.id} className="rk-export__column" data-scope="export" data-part="column" data-column={option.id}>
                  <input type="checkbox" checked={chosen.has(option.id)} onChange={(event) => toggle(option.id, event.currentTarget.checked)} />
                  <span>{option.label}</span>
                </label>
              ))}
            </fieldset>
            {missing ? (
              <p id={`${id}-missing`} className="rk-export__error" data-scope="export" data-part="error" role="alert">
                {exportMessages.noColumns}
              </p>
            ) : null}
            {exporting ? (
              <p className="rk-export__status" data-scope="export" data-part="status" role="status">
                {exportMessages.progress({ count: state.rows }, format)}
              </p>
            ) : finished ? (
              <p className="rk-export__status" data-scope="export" data-part="status" role="status">
                {exportMessages.done({ count: state.rows, fileName: state.fileName ?? "" }, format)}
              </p>
            ) : null}
            {state.status === "error" && state.error ? (
              <p className="rk-export__error" data-scope="export" data-part="error" role="alert">
                {exportMessages.failed({ reason: errorReason(state.error, reasons, format) }, format)}
              </p>
            ) : null}
            <div className="rk-export__footer" data-scope="dialog" data-part="footer">
              {exporting ? (
                <button type="button" data-variant="secondary" className="rk-export__stop" data-scope="export" data-part="stop" onClick={() => send({ type: "EXPORT.CANCEL" })}>
                  {exportMessages.stop}
                </button>
              ) : (
                <Dialog.Close type="button" className="rk-export__close" data-scope="dialog" data-part="close" data-variant="secondary">
                  {finished ? exportMessages.close : exportMessages.cancel}
                </Dialog.Close>
              )}
              <button type="submit" data-variant="primary" className="rk-export__submit" data-scope="export" data-part="submit" disabled={exporting} aria-busy={exporting}>
                {state.status === "error" ? exportMessages.retry : exportMessages.submit}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

import type { MemberExportColumn, MemberExportQuery } from "./adapter.types";
import type { Scope, WorkspaceSummary } from "./domain.types";
import { RosterError } from "./errors";
import type { ListState } from "./list.machine";
import { MEMBER_EXPORT_MEDIA_TYPE } from "./member-export";
import type { MachineSlice, Transition } from "./store.types";
import { NO_EFFECTS, stay } from "./store.types";

/**
 * The CSV export of the list's current view (R25): the query the table shows (scope, search, filters,
 * sort) over every page, in the columns the admin chose. The file is read page by page from the adapter's
 * stream, one adapter call per chunk, so each page gets the store's timeout (not the whole file) and the
 * count of rows read so far is the progress. A failure keeps the query, the columns and the file name
 * (nothing the admin chose is lost: the UI starts it again as it was). The bytes stay in the state until
 * the UI has saved the file (`EXPORT.SAVED`).
 * @module
 */

/** Where an export stands: `done` holds the whole file until the UI saved it. */
export type ExportStatus = "idle" | "exporting" | "done" | "error";

/** State of the export machine. */
export interface ExportState {
  readonly status: ExportStatus;
  /** Whether the adapter can export (`exportMembers` is there); without it the UI offers no export. */
  readonly available: boolean;
  /** Id of the latest export; answers of any other id are dropped. */
  readonly requestId: number;
  /** The view exported, as it was when the export started; `null` before the first one. */
  readonly query: MemberExportQuery | null;
  /** The columns of the latest export, in order. */
  readonly columns: readonly MemberExportColumn[];
  /** The file name offered to save it under (workspace and date, see {@link exportFileName}). */
  readonly fileName: string | null;
  /** The file's bytes read so far (all of them once `done`). */
  readonly chunks: readonly Uint8Array[];
  /** Rows of members read so far, the header row not counted. */
  readonly rows: number;
  /** Whether the bytes read so far end inside a quoted field (a line break there does not end a row). */
  readonly inQuotes: boolean;
  readonly error: RosterError | null;
  /** Whether the latest export finished and was saved (its `rows` and `fileName` say what was saved). */
  readonly saved: boolean;
}

/** The reader of an export's stream, carried by events and effects (never kept in the state). */
export type ExportReader = ReadableStreamDefaultReader<Uint8Array>;

/** Events a UI sends to the export. */
export type ExportCommand =
  /** Export this view in these columns (every column when empty). */
  | { readonly type: "EXPORT.START"; readonly query: MemberExportQuery; readonly columns: readonly MemberExportColumn[] }
  /** Stop the export under way; nothing is saved. */
  | { readonly type: "EXPORT.CANCEL" }
  /** The UI saved the finished file: its bytes are let go. */
  | { readonly type: "EXPORT.SAVED"; readonly requestId: number };

/** Every event of the export machine: the commands (START resolved with its file name) and the answers. */
export type ExportEvent =
  | Exclude<ExportCommand, { readonly type: "EXPORT.START" }>
  | { readonly type: "EXPORT.START"; readonly query: MemberExportQuery; readonly columns: readonly MemberExportColumn[]; readonly fileName: string }
  | { readonly type: "EXPORT.OPENED"; readonly requestId: number; readonly reader: ExportReader }
  | { readonly type: "EXPORT.READ"; readonly requestId: number; readonly reader: ExportReader; readonly chunk: Uint8Array | null }
  | { readonly type: "EXPORT.FAILED"; readonly requestId: number; readonly error: RosterError };

/** Effects of the export machine. */
export type ExportEffect =
  | { readonly type: "export.open"; readonly requestId: number; readonly query: MemberExportQuery; readonly columns: readonly MemberExportColumn[] }
  | { readonly type: "export.read"; readonly requestId: number; readonly reader: ExportReader }
  | { readonly type: "export.discard"; readonly reader: ExportReader }
  | { readonly type: "export.abort" };

const REQUEST = "export";
const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * The export's initial state.
 * @example
 * const state = createExportState(typeof adapter.exportMembers === "function");
 */
export function createExportState(available: boolean): ExportState {
  return { status: "idle", available, requestId: 0, query: null, columns: [], fileName: null, chunks: [], rows: 0, inQuotes: false, error: null, saved: false };
}

/**
 * The query of an export of the list's current view: its scope, search, filters (metadata ones too) and
 * sort, without paging (every page is exported); roles and metadata filters are dropped in instance
 * scope, as the list drops them.
 * @example
 * store.send({ type: "EXPORT.START", query: exportQueryOf(snapshot.list), columns: ["name", "email"] });
 */
export function exportQueryOf(list: Pick<ListState, "scope" | "search" | "statuses" | "roles" | "metadata" | "sort">): MemberExportQuery {
  const workspace = list.scope.kind === "workspace";
  return {
    scope: list.scope,
    search: list.search,
    statuses: list.statuses,
    roles: workspace ? list.roles : [],
    ...(workspace && list.metadata.length > 0 ? { metadata: list.metadata } : {}),
    sort: list.sort,
  };
}

/**
 * The name an export is saved under: the workspace's name (its id when unknown) or "all-users", then
 * "members" and the day (UTC), e.g. `acme-members-2026-12-06.csv`; anything but letters, digits, `.`, `_`
 * and `-` becomes `-`.
 * @example
 * exportFileName({ kind: "workspace", workspaceId: "ws-1" }, "Acme Inc.", new Date("2026-12-06T10:00:00Z")) // "acme-inc.-members-2026-12-06.csv"
 */
export function exportFileName(scope: Scope, workspaceName: string | undefined, at: Date): string {
  const base = scope.kind === "instance" ? "all-users" : `${workspaceName ?? scope.workspaceId}-members`;
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug === "" ? "members" : slug}-${at.toISOString().slice(0, 10)}.csv`;
}

/**
 * Rows of a CSV chunk that end in it, and whether it ends inside a quoted field: a line feed ends a row
 * only outside quotes (RFC 4180), and a doubled quote inside quotes toggles twice, so it counts right.
 */
export function countCsvRows(chunk: Uint8Array, inQuotes: boolean): { readonly rows: number; readonly inQuotes: boolean } {
  let rows = 0;
  let quoted = inQuotes;
  for (const byte of chunk) {
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === LINE_FEED && !quoted) rows += 1;
  }
  return { rows, inQuotes: quoted };
}

/** The whole file, as the UI saves it: its name, media type and bytes. */
export interface ExportFile {
  readonly requestId: number;
  readonly name: string;
  readonly type: string;
  readonly chunks: readonly Uint8Array[];
  /** Rows of members in it, the header not counted. */
  readonly rows: number;
}

/** The finished file of an export, `null` until it is `done`. */
export function exportFile(state: ExportState): ExportFile | null {
  if (state.status !== "done" || state.fileName === null) return null;
  return { requestId: state.requestId, name: state.fileName, type: `${MEMBER_EXPORT_MEDIA_TYPE};charset=utf-8`, chunks: state.chunks, rows: state.rows };
}

function open(state: ExportState, query: MemberExportQuery, columns: readonly MemberExportColumn[], fileName: string): Transition<ExportState, ExportEffect> {
  const requestId = state.requestId + 1;
  return {
    state: { ...state, status: "exporting", requestId, query, columns, fileName, chunks: [], rows: 0, inQuotes: false, error: null, saved: false },
    effects: [{ type: "export.open", requestId, query, columns }],
  };
}

/** A reader whose export was cancelled or superseded: let go of it. */
function discard(state: ExportState, reader: ExportReader): Transition<ExportState, ExportEffect> {
  return { state, effects: [{ type: "export.discard", reader }] };
}

/**
 * The export's transition function.
 * @example
 * const { state, effects } = exportTransition(exportState, { type: "EXPORT.CANCEL" });
 */
export function exportTransition(state: ExportState, event: ExportEvent): Transition<ExportState, ExportEffect> {
  const current = (requestId: number) => requestId === state.requestId && state.status === "exporting";
  switch (event.type) {
    case "EXPORT.START":
      return state.status === "exporting" ? stay(state) : open(state, event.query, event.columns, event.fileName);
    case "EXPORT.CANCEL":
      if (state.status !== "exporting") return stay(state);
      return { state: { ...state, status: "idle", chunks: [], rows: 0, inQuotes: false }, effects: [{ type: "export.abort" }] };
    case "EXPORT.SAVED":
      return state.status === "done" && event.requestId === state.requestId ? stay({ ...state, status: "idle", chunks: [], saved: true }) : stay(state);
    case "EXPORT.OPENED":
      return current(event.requestId) ? { state, effects: [{ type: "export.read", requestId: event.requestId, reader: event.reader }] } : discard(state, event.reader);
    case "EXPORT.READ": {
      if (!current(event.requestId)) return discard(state, event.reader);
      if (event.chunk === null) return { state: { ...state, status: "done" }, effects: NO_EFFECTS };
      const counted = countCsvRows(event.chunk, state.inQuotes);
      // The first row of the file is its header.
      const rows = Math.max(0, state.rows + counted.rows - (state.chunks.length === 0 && counted.rows > 0 ? 1 : 0));
      return {
        state: { ...state, chunks: [...state.chunks, event.chunk], rows, inQuotes: counted.inQuotes },
        effects: [{ type: "export.read", requestId: event.requestId, reader: event.reader }],
      };
    }
    case "EXPORT.FAILED":
      return current(event.requestId) ? stay({ ...state, status: "error", chunks: [], rows: 0, inQuotes: false, error: event.error }) : stay(state);
  }
}

function workspaceName(workspaces: readonly WorkspaceSummary[], scope: Scope): string | undefined {
  return scope.kind === "workspace" ? workspaces.find((workspace) => workspace.id === scope.workspaceId)?.name : undefined;
}

/**
 * The export as a slice of the store: it exports only while the actor may see the scope (R1, R2), and
 * names the file after the workspace and the store's clock.
 * Public as `exportMachine` of `rosterkit/core`: a store runs it once the host adds it
 * (`createRosterStore({ machines: [exportMachine] })`, `store.use(exportMachine)`, or `ExportMembers` through
 * `useRosterMachine`); its state is then `snapshot.export`.
 */
export const exportMachine: MachineSlice<"export", ExportState, ExportCommand, ExportEvent, ExportEffect> = {
  key: "export",
  commands: ["EXPORT.START", "EXPORT.CANCEL", "EXPORT.SAVED"],
  initial: ({ canExport }) => createExportState(canExport ?? false),
  resolve(command, state, { facts, now }) {
    if (!state.available || !facts.access.ok) return null;
    if (command.type !== "EXPORT.START") return command;
    const { scope } = command.query;
    return { ...command, fileName: exportFileName(scope, workspaceName(facts.workspaces.data, scope), now()) };
  },
  transition: exportTransition,
  run(effect, io) {
    switch (effect.type) {
      case "export.abort":
        return io.abort(REQUEST);
      case "export.discard":
        void effect.reader.cancel().catch(() => undefined);
        return;
      case "export.open": {
        const { requestId, query, columns } = effect;
        io.request(
          REQUEST,
          async (signal) => {
            const { exportMembers } = io.adapter;
            if (!exportMembers) throw new RosterError("unknown", "This backend does not export members (its adapter has no exportMembers).");
            const stream = await exportMembers.call(io.adapter, { ...query, ...(columns.length > 0 ? { columns } : {}), signal });
            return stream.getReader();
          },
          (outcome) => (outcome.ok ? { type: "EXPORT.OPENED", requestId, reader: outcome.value } : { type: "EXPORT.FAILED", requestId, error: outcome.error }),
        );
        return;
      }
      case "export.read": {
        const { requestId, reader } = effect;
        io.request(
          REQUEST,
          (signal) => {
            signal.addEventListener("abort", () => void reader.cancel().catch(() => undefined), { once: true });
            return reader.read();
          },
          (outcome) =>
            outcome.ok
              ? { type: "EXPORT.READ", requestId, reader, chunk: outcome.value.done ? null : outcome.value.value }
              : { type: "EXPORT.FAILED", requestId, error: outcome.error },
        );
        return;
      }
    }
  },
};

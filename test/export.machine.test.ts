import { describe, expect, it } from "vitest";
import type { MemberExportQuery } from "../src/core/adapter.types";
import { RosterError } from "../src/core/errors";
import type { ExportReader, ExportState } from "../src/core/export.machine";
import { createExportState, exportFile, exportQueryOf, exportTransition } from "../src/core/export.machine";

/**
 * The export machine of the core (R25): one export at a time, the rows counted as chunks arrive (the
 * header row left out), answers of a cancelled or earlier export dropped and their readers let go, a
 * failure that keeps the view and columns, and the bytes let go once the UI saved the file.
 */

const QUERY: MemberExportQuery = { scope: { kind: "workspace", workspaceId: "ws-1" }, search: "ada", statuses: ["active"], roles: [], sort: { field: "name", direction: "asc" } };
const reader = {} as ExportReader;
const bytes = (text: string) => new TextEncoder().encode(text);

function started(): ExportState {
  return exportTransition(createExportState(true), { type: "EXPORT.START", query: QUERY, columns: ["name", "email"], fileName: "ws-members-2026-12-06.csv" }).state;
}

describe("export machine", () => {
  it("R25: reads the stream chunk by chunk, counting member rows, and hands over the whole file once", () => {
    let state = started();
    expect(state).toMatchObject({ status: "exporting", requestId: 1, query: QUERY, columns: ["name", "email"] });
    const opened = exportTransition(state, { type: "EXPORT.OPENED", requestId: 1, reader });
    expect(opened.effects).toEqual([{ type: "export.read", requestId: 1, reader }]);
    state = exportTransition(state, { type: "EXPORT.READ", requestId: 1, reader, chunk: bytes("\uFEFFname,email\r\nAda,ada@x.test\r\n") }).state;
    expect(state.rows).toBe(1);
    state = exportTransition(state, { type: "EXPORT.READ", requestId: 1, reader, chunk: bytes('"Lovelace, Ada",a@x.test\r\n') }).state;
    expect(state.rows).toBe(2);
    expect(exportFile(state)).toBeNull();
    state = exportTransition(state, { type: "EXPORT.READ", requestId: 1, reader, chunk: null }).state;
    expect(exportFile(state)).toMatchObject({ requestId: 1, name: "ws-members-2026-12-06.csv", type: "text/csv;charset=utf-8", rows: 2 });
    expect(exportFile(state)?.chunks).toHaveLength(2);
    state = exportTransition(state, { type: "EXPORT.SAVED", requestId: 1 }).state;
    expect(state).toMatchObject({ status: "idle", saved: true, rows: 2, chunks: [] });
  });

  it("R25: one export at a time; a cancelled export's late answers are dropped and their readers let go", () => {
    const state = started();
    expect(exportTransition(state, { type: "EXPORT.START", query: QUERY, columns: [], fileName: "other.csv" }).state).toBe(state);
    const cancelled = exportTransition(state, { type: "EXPORT.CANCEL" });
    expect(cancelled.effects).toEqual([{ type: "export.abort" }]);
    expect(cancelled.state.status).toBe("idle");
    expect(exportTransition(cancelled.state, { type: "EXPORT.OPENED", requestId: 1, reader }).effects).toEqual([{ type: "export.discard", reader }]);
    expect(exportTransition(cancelled.state, { type: "EXPORT.READ", requestId: 1, reader, chunk: bytes("x\r\n") }).effects).toEqual([{ type: "export.discard", reader }]);
    expect(exportTransition(cancelled.state, { type: "EXPORT.FAILED", requestId: 1, error: new RosterError("network", "offline") }).state).toBe(cancelled.state);
  });

  it("R25: a failure keeps the view, the columns and the file name, and the next start is a new export", () => {
    const failed = exportTransition(started(), { type: "EXPORT.FAILED", requestId: 1, error: new RosterError("network", "offline") }).state;
    expect(failed).toMatchObject({ status: "error", query: QUERY, columns: ["name", "email"], fileName: "ws-members-2026-12-06.csv", rows: 0 });
    expect(failed.error?.code).toBe("network");
    const again = exportTransition(failed, { type: "EXPORT.START", query: QUERY, columns: ["name", "email"], fileName: "ws-members-2026-12-06.csv" });
    expect(again.state).toMatchObject({ status: "exporting", requestId: 2, error: null });
    expect(again.effects).toEqual([{ type: "export.open", requestId: 2, query: QUERY, columns: ["name", "email"] }]);
  });

  it("R25: the export query is the list's view without its page; roles are dropped in instance scope, metadata filters kept in a workspace", () => {
    const sort = { field: "email", direction: "desc" } as const;
    expect(exportQueryOf({ scope: { kind: "instance" }, search: "", statuses: [], roles: ["admin"], metadata: [], sort })).toEqual({ scope: { kind: "instance" }, search: "", statuses: [], roles: [], sort });
    expect(exportQueryOf({ scope: QUERY.scope, search: "", statuses: [], roles: ["admin"], metadata: [{ key: "dept", value: "Ops" }], sort })).toEqual({
      scope: QUERY.scope,
      search: "",
      statuses: [],
      roles: ["admin"],
      metadata: [{ key: "dept", value: "Ops" }],
      sort,
    });
  });
});

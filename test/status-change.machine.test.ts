import { describe, expect, it } from "vitest";
import type { Decision } from "../src/core";
import type { StatusChangeEvent, StatusChangeState, StatusIntent } from "../src/core/status-change.machine";
import { RosterError } from "../src/core";
import { STATUS_CHANGE_IDLE, statusChangeTransition } from "../src/core/status-change.machine";
import { denial } from "../src/core/policy";
import { runEvents } from "./support/machine";
import { makeMember } from "./support/member-fixture";

const grace = makeMember({ id: "u-grace", name: "Grace", email: "grace@example.com", version: 3 });

const allowed: Decision = { ok: true };
const denied: Decision = denial("R15.lastAdmin", { name: "Grace", verb: "archive", workspaces: ["ws-1"], workspaceNames: ["Design"], count: 1 });
const open: StatusChangeEvent = { type: "STATUS.OPEN", member: grace, action: "archive", decision: allowed, expectedStatus: "archived", idempotencyKey: "key-1" };

function through(events: readonly StatusChangeEvent[], state: StatusChangeState = STATUS_CHANGE_IDLE) {
  return runEvents(statusChangeTransition, state, events);
}

const applying = through([open, { type: "STATUS.CONFIRM" }]).state;

describe("status-change machine", () => {
  it("R20: confirming applies optimistically and a refusal rolls back with the error", () => {
    const confirmed = statusChangeTransition(through([open]).state, { type: "STATUS.CONFIRM" });
    expect(confirmed.state.status).toBe("applying");
    expect(confirmed.effects).toEqual([
      { type: "pending.set", memberId: "u-grace", status: "archived", action: "archive", idempotencyKey: "key-1" },
      { type: "status.apply", intent: expect.objectContaining({ member: grace, action: "archive", idempotencyKey: "key-1" }) },
    ]);
    const refused = new RosterError("forbidden", "No.", { rule: "R1" });
    const failed = statusChangeTransition(applying, { type: "STATUS.FAILED", idempotencyKey: "key-1", error: refused });
    expect(failed.state).toMatchObject({ status: "failed", error: refused });
    expect(failed.effects[0]).toEqual({ type: "pending.clear", memberId: "u-grace", idempotencyKey: "key-1" });
    expect(failed.effects).toContainEqual({ type: "audit", record: expect.objectContaining({ outcome: "failed", error: { code: "forbidden", message: "No." } }) });
  });

  it("R20: a retry after a refusal reuses the same idempotency key and member version", () => {
    const failed = statusChangeTransition(applying, { type: "STATUS.FAILED", idempotencyKey: "key-1", error: new RosterError("network", "offline") }).state;
    const retried = statusChangeTransition(failed, { type: "STATUS.RETRY" });
    expect(retried.state.status).toBe("applying");
    expect(retried.effects).toContainEqual({ type: "status.apply", intent: expect.objectContaining({ idempotencyKey: "key-1", member: grace }) });
  });

  it("R20: success replaces the optimistic status by the answer, refreshes the summaries and is audited", () => {
    const after = { ...grace, status: "archived", version: 4 } as const;
    const done = statusChangeTransition(applying, { type: "STATUS.SUCCEEDED", idempotencyKey: "key-1", member: after });
    expect(done.state).toMatchObject({ status: "done", result: after });
    expect(done.effects).toEqual([
      { type: "pending.clear", memberId: "u-grace", idempotencyKey: "key-1" },
      { type: "members.upsert", members: [after] },
      { type: "workspaces.refresh" },
      { type: "audit", record: expect.objectContaining({ type: "archive", target: "u-grace", before: grace, after, outcome: "succeeded", idempotencyKey: "key-1" }) },
    ]);
  });

  it("R22: a version conflict does not apply the change and shows the new state", () => {
    const current = { ...grace, role: "admin", version: 4 };
    const conflict = statusChangeTransition(applying, {
      type: "STATUS.FAILED",
      idempotencyKey: "key-1",
      error: new RosterError("conflict", "Grace changed.", { current }),
    });
    expect(conflict.state).toMatchObject({ status: "conflict", current, member: grace });
    expect(conflict.effects).toEqual([
      { type: "pending.clear", memberId: "u-grace", idempotencyKey: "key-1" },
      { type: "members.upsert", members: [current] },
      { type: "audit", record: expect.objectContaining({ outcome: "conflict" }) },
    ]);
    expect(statusChangeTransition(conflict.state, { type: "STATUS.RETRY" }).state).toBe(conflict.state);
  });

  it("R20: cancel while applying aborts the request, rolls the row back, reads the member again and is audited as cancelled", () => {
    const cancelled = statusChangeTransition(applying, { type: "STATUS.CANCEL" });
    expect(cancelled.state).toBe(STATUS_CHANGE_IDLE);
    expect(cancelled.effects).toEqual([
      { type: "status.abort", memberId: "u-grace", idempotencyKey: "key-1" },
      { type: "pending.clear", memberId: "u-grace", idempotencyKey: "key-1" },
      { type: "audit", record: expect.objectContaining({ type: "archive", target: "u-grace", before: grace, after: null, outcome: "cancelled", idempotencyKey: "key-1", error: null }) },
    ]);
  });

  it("R3: confirming is refused while the policy denies, with its reason", () => {
    const confirming = through([{ ...open, decision: denied }]).state;
    expect(statusChangeTransition(confirming, { type: "STATUS.CONFIRM" })).toEqual({ state: confirming, effects: [] });
    const recheck = statusChangeTransition(through([open]).state, { type: "STATUS.CONFIRM", decision: denied });
    expect(recheck.effects).toEqual([]);
    expect(recheck.state).toMatchObject({ status: "confirming", decision: denied });
  });

  type Row = [title: string, events: readonly StatusChangeEvent[], expected: StatusChangeState["status"]];
  const rows: Row[] = [
    ["R20: cancel from confirming closes without effects", [open, { type: "STATUS.CANCEL" }], "idle"],
    ["R20: cancel from failed closes", [open, { type: "STATUS.CONFIRM" }, { type: "STATUS.FAILED", idempotencyKey: "key-1", error: new RosterError("network", "x") }, { type: "STATUS.CANCEL" }], "idle"],
    ["R22: cancel from conflict closes", [open, { type: "STATUS.CONFIRM" }, { type: "STATUS.FAILED", idempotencyKey: "key-1", error: new RosterError("conflict", "x") }, { type: "STATUS.CANCEL" }], "idle"],
    ["R20: cancel while applying closes (the change is abandoned)", [open, { type: "STATUS.CONFIRM" }, { type: "STATUS.CANCEL" }], "idle"],
    ["R20: an answer after a cancel is dropped", [open, { type: "STATUS.CONFIRM" }, { type: "STATUS.CANCEL" }, { type: "STATUS.SUCCEEDED", idempotencyKey: "key-1", member: grace }], "idle"],
    ["R20: one change at a time: opening another while applying is ignored", [open, { type: "STATUS.CONFIRM" }, { ...open, idempotencyKey: "key-2" }], "applying"],
    ["R20: an answer for another intent is dropped", [open, { type: "STATUS.CONFIRM" }, { type: "STATUS.SUCCEEDED", idempotencyKey: "key-0", member: grace }], "applying"],
    ["R20: retry only follows a failure", [open, { type: "STATUS.RETRY" }], "confirming"],
  ];
  it.each(rows)("%s", (_title, events, expected) => {
    expect(through(events).state.status).toBe(expected);
  });

  it("R22: the modal keeps the member as it was when it opened", () => {
    const intent = through([open]).state as StatusIntent;
    expect(intent.member).toBe(grace);
    expect(intent.member.version).toBe(3);
  });
});

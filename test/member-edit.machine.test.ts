import { describe, expect, it } from "vitest";
import type { PolicyContext } from "../src/core";
import type { MemberEditEvent, MemberEditState, OpenMemberEdit } from "../src/core/member-edit.machine";
import { RosterError, resolveConfig } from "../src/core";
import { MEMBER_EDIT_IDLE, decideMemberEdit, memberEditTransition } from "../src/core/member-edit.machine";
import { runEvents } from "./support/machine";
import { admin, makeMember } from "./support/member-fixture";

const ada = makeMember({ id: "u-ada", name: "Ada", email: "ada@example.com", role: "admin", groups: ["g-1"], version: 7 });

function context(activeAdmins: number): PolicyContext {
  return { config: resolveConfig(), actor: admin, activeAdmins: () => activeAdmins };
}

function through(events: readonly MemberEditEvent[], state: MemberEditState = MEMBER_EDIT_IDLE) {
  return runEvents(memberEditTransition, state, events);
}

const demote: MemberEditEvent[] = [{ type: "EDIT.OPEN", member: ada }, { type: "EDIT.SET_ROLE", role: "builder" }];
const saving = through([...demote, { type: "EDIT.SAVE", decision: { ok: true }, idempotencyKey: "key-1" }]);

describe("member-edit machine", () => {
  it("R15: demoting the last active admin is refused before anything is sent", () => {
    const editing = through(demote).state as OpenMemberEdit;
    const decision = decideMemberEdit(context(1), editing);
    expect(decision).toMatchObject({ ok: false, code: "last_admin", rule: "R15" });
    const refused = memberEditTransition(editing, { type: "EDIT.SAVE", decision, idempotencyKey: "key-1" });
    expect(refused.effects).toEqual([]);
    expect(refused.state).toMatchObject({ status: "editing", refusal: { rule: "R15" } });
    expect(decideMemberEdit(context(2), editing)).toEqual({ ok: true });
  });

  it("R1: a save sends only the changed fields with the version seen when the editor opened", () => {
    expect(saving.state.status).toBe("saving");
    expect(saving.effects).toEqual([
      { type: "member.update", request: { workspaceId: "ws-1", memberId: "u-ada", role: "builder", expectedVersion: 7, idempotencyKey: "key-1" } },
    ]);
    const groupsOnly = through([{ type: "EDIT.OPEN", member: ada }, { type: "EDIT.SET_GROUPS", groups: [] }, { type: "EDIT.SAVE", decision: { ok: true }, idempotencyKey: "k" }]);
    expect(groupsOnly.effects).toEqual([{ type: "member.update", request: expect.not.objectContaining({ role: expect.anything() }) }]);
  });

  it("R1: a save without changes sends nothing", () => {
    const unchanged = through([{ type: "EDIT.OPEN", member: ada }, { type: "EDIT.SET_GROUPS", groups: ["g-1"] }, { type: "EDIT.SAVE", decision: { ok: true }, idempotencyKey: "k" }]);
    expect(unchanged.effects).toEqual([]);
    expect(unchanged.state.status).toBe("editing");
  });

  it("R22: a version conflict keeps the edit unsaved and shows the member's new state", () => {
    const current = { ...ada, version: 8, role: "end-user" };
    const conflict = memberEditTransition(saving.state, { type: "EDIT.FAILED", idempotencyKey: "key-1", error: new RosterError("conflict", "Changed.", { current }) });
    expect(conflict.state).toMatchObject({ status: "conflict", current, role: "builder" });
    expect(conflict.effects).toContainEqual({ type: "members.upsert", members: [current] });
    expect(conflict.effects).toContainEqual({ type: "audit", record: expect.objectContaining({ type: "updateMember", outcome: "conflict" }) });
  });

  it("R20: a retry reuses the idempotency key; an edit after a failure is a new intent", () => {
    const failed = memberEditTransition(saving.state, { type: "EDIT.FAILED", idempotencyKey: "key-1", error: new RosterError("network", "offline") }).state;
    expect(failed.status).toBe("failed");
    expect(memberEditTransition(failed, { type: "EDIT.RETRY" }).effects).toEqual([{ type: "member.update", request: expect.objectContaining({ idempotencyKey: "key-1" }) }]);
    expect(memberEditTransition(failed, { type: "EDIT.SAVE", decision: { ok: true }, idempotencyKey: "key-2" }).effects).toEqual([
      { type: "member.update", request: expect.objectContaining({ idempotencyKey: "key-1" }) },
    ]);
    const edited = through([{ type: "EDIT.SET_GROUPS", groups: [] }, { type: "EDIT.SAVE", decision: { ok: true }, idempotencyKey: "key-2" }], failed);
    expect(edited.effects).toEqual([{ type: "member.update", request: expect.objectContaining({ idempotencyKey: "key-2", groups: [] }) }]);
  });

  it("R1: success stores the answer, refreshes the summaries and is audited; cancel is refused while saving", () => {
    expect(memberEditTransition(saving.state, { type: "EDIT.CANCEL" }).state).toBe(saving.state);
    expect(memberEditTransition(saving.state, { type: "EDIT.SUCCEEDED", idempotencyKey: "other", member: ada }).state).toBe(saving.state);
    const saved = { ...ada, role: "builder", version: 8 };
    const done = memberEditTransition(saving.state, { type: "EDIT.SUCCEEDED", idempotencyKey: "key-1", member: saved });
    expect(done.state).toMatchObject({ status: "saved", current: saved });
    expect(done.effects.map((effect) => effect.type)).toEqual(["members.upsert", "workspaces.refresh", "audit"]);
    expect(memberEditTransition(done.state, { type: "EDIT.CANCEL" }).state).toBe(MEMBER_EDIT_IDLE);
  });
});

import { describe, expect, it } from "vitest";
import type { Decision } from "../src/core";
import type { InvitationEvent } from "../src/core/invitation.machine";
import { RosterError } from "../src/core";
import { INVITATIONS_NONE, invitationTransition } from "../src/core/invitation.machine";
import { denial } from "../src/core/policy";
import { runEvents } from "./support/machine";
import { makeMember } from "./support/member-fixture";

const grace = makeMember({ id: "u-grace", name: "Grace", email: "grace@example.com", status: "invited", version: 4 });
const link = { url: "https://app.example.test/invitations/abc", expiresAt: null };
const allowed: Decision = { ok: true };

const copy = { member: grace, resend: false, idempotencyKey: null } as const;
const resend = { member: grace, resend: true, idempotencyKey: "key-1" } as const;

function through(events: readonly InvitationEvent[]) {
  return runEvents(invitationTransition, INVITATIONS_NONE, events);
}

describe("invitation machine", () => {
  it("R10: asking for the link fetches it, keeps the previous link while loading, and is audited once answered", () => {
    const asked = through([{ type: "INVITATION.REQUEST", ...copy, decision: allowed }]);
    expect(asked.state[grace.id]).toEqual({ status: "loading", link: null, error: null, resent: false });
    expect(asked.effects).toEqual([{ type: "invitation.fetch", ...copy, workspaceId: "ws-1" }]);

    const answered = invitationTransition(asked.state, { type: "INVITATION.SUCCEEDED", ...copy, link });
    expect(answered.state[grace.id]).toEqual({ status: "ready", link, error: null, resent: false });
    expect(answered.effects).toEqual([
      { type: "audit", record: expect.objectContaining({ type: "copyInvitationLink", target: grace.id, idempotencyKey: null, outcome: "succeeded" }) },
    ]);

    const again = invitationTransition(answered.state, { type: "INVITATION.REQUEST", ...resend, decision: allowed });
    expect(again.state[grace.id]).toEqual({ status: "loading", link, error: null, resent: false });
  });

  it("R10: a resend shows the new link as resent and reads the member again", () => {
    const { state, effects } = through([
      { type: "INVITATION.REQUEST", ...resend, decision: allowed },
      { type: "INVITATION.SUCCEEDED", ...resend, link },
    ]);
    expect(state[grace.id]).toMatchObject({ status: "ready", resent: true });
    expect(effects).toEqual([
      { type: "invitation.fetch", ...resend, workspaceId: "ws-1" },
      { type: "audit", record: expect.objectContaining({ type: "resendInvitation", idempotencyKey: "key-1", outcome: "succeeded" }) },
      { type: "member.refresh", memberId: grace.id },
    ]);
  });

  it("R3: a refusal of the policy is shown with its code and sends nothing", () => {
    const refused = denial("R1.notAdmin", { verb: "invite" });
    const { state, effects } = through([{ type: "INVITATION.REQUEST", ...resend, decision: refused }]);
    expect(effects).toEqual([]);
    expect(state[grace.id]).toMatchObject({ status: "error", link: null, resent: false, error: expect.objectContaining({ code: refused.code, rule: refused.rule }) });
  });

  it("a failure keeps the backend's error and is audited as failed", () => {
    const error = new RosterError("network", "offline", { retryable: true });
    const { state, effects } = through([
      { type: "INVITATION.REQUEST", ...copy, decision: allowed },
      { type: "INVITATION.FAILED", ...copy, error },
    ]);
    expect(state[grace.id]).toEqual({ status: "error", link: null, error, resent: false });
    expect(effects.at(-1)).toEqual({ type: "audit", record: expect.objectContaining({ outcome: "failed", error: { code: "network", message: "offline" } }) });
  });

  it("after a scope switch the links are forgotten; an answer that still comes is audited but not shown", () => {
    const { state, effects } = through([
      { type: "INVITATION.REQUEST", ...resend, decision: allowed },
      { type: "INVITATION.RESET" },
      { type: "INVITATION.SUCCEEDED", ...resend, link },
    ]);
    expect(state).toBe(INVITATIONS_NONE);
    expect(effects.map((effect) => effect.type)).toEqual(["invitation.fetch", "audit"]);
    expect(invitationTransition(INVITATIONS_NONE, { type: "INVITATION.RESET" }).state).toBe(INVITATIONS_NONE);
  });
});

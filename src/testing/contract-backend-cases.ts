import { expect } from "vitest";
import type { ContractCase } from "./contract-cases";
import type { ContractContext } from "./contract-context";
import { expectInvited, expectRosterError, invitee, liveSignal, scopeOf } from "./contract-context";
import { CONTRACT_USERS as U, CONTRACT_WORKSPACES as W } from "./contract-fixture";

/**
 * The conformance cases of a backend's own promises about invitation links (R27) and the activity log
 * (R28). They need the harness hooks `acceptInvitation` and `activity`; a harness without them skips them.
 * @module
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Invites a new person as the admin of the main workspace and answers the link their email carries. */
async function invitedLink(ctx: ContractContext): Promise<{ memberId: string; url: string }> {
  const { member } = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
  const email = (await ctx.outbox()).at(-1) ?? expect.fail("no invitation email was sent");
  expect(email.to).toBe(member.email);
  return { memberId: member.id, url: email.url };
}

const linkCases: ContractCase[] = [
  {
    title: "R27: accepting a link makes the member active with an account, and the link works once",
    async run(ctx) {
      const { memberId, url } = await invitedLink(ctx);
      const joined = await ctx.accept(url);
      expect(joined).toMatchObject({ id: memberId, status: "active", hasAccount: true });
      expect((await ctx.member(U.superAdmin, W.main, memberId)).status).toBe("active");
      expect(await ctx.linkValid(url)).toBe(false);
      const again = await expectRosterError(ctx.accept(url), "invalid_transition", { rule: "R27" });
      expect(again.message).toMatch(/already used/i);
    },
  },
  {
    title: "R27: a link replaced by a resend is refused as replaced; the new link works",
    async run(ctx) {
      const { memberId, url } = await invitedLink(ctx);
      const fresh = await ctx.as(U.admin).resendInvitation({ workspaceId: W.main, memberId, idempotencyKey: ctx.key(), signal: liveSignal() });
      const refused = await expectRosterError(ctx.accept(url), "invalid_transition", { rule: "R27" });
      expect(refused.message).toMatch(/replaced|withdrawn/i);
      expect((await ctx.accept(fresh.url)).status).toBe("active");
    },
  },
  {
    title: "R27: archiving an invited member kills the link; accepting it is refused and changes nothing",
    lifecycles: ["archive"],
    async run(ctx) {
      const { memberId, url } = await invitedLink(ctx);
      await ctx.changeStatus(U.admin, W.main, memberId, "archive");
      await expectRosterError(ctx.accept(url), "invalid_transition", { rule: "R27" });
      expect((await ctx.member(U.superAdmin, W.main, memberId)).status).toBe("archived");
    },
  },
  {
    title: "R27: a link expires after 7 days (kit default), with an error that says so",
    async run(ctx) {
      const { memberId, url } = await invitedLink(ctx);
      ctx.advanceClock(7 * DAY_MS + 60_000);
      const expired = await expectRosterError(ctx.accept(url), "invalid_transition", { rule: "R27" });
      expect(expired.message).toMatch(/expired/i);
      expect((await ctx.member(U.superAdmin, W.main, memberId)).status).not.toBe("active");
    },
  },
  {
    title: "R27: a link that was never issued is not_found, and links are unguessable (at least 128 bits)",
    async run(ctx) {
      const { url } = await invitedLink(ctx);
      const token = url.slice(url.lastIndexOf("/") + 1);
      expect(token.length * 4, "hex digits × 4 bits").toBeGreaterThanOrEqual(128);
      const forged = `${url.slice(0, url.length - 1)}${url.endsWith("0") ? "1" : "0"}`;
      await expectRosterError(ctx.accept(forged), "not_found", { rule: "R27" });
    },
  },
];

const activityCases: ContractCase[] = [
  {
    title: "R28: a change is recorded once, with actor, action, target, scope, before and after",
    async run(ctx) {
      const before = (await ctx.activity()).length;
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      const after = await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop);
      const log = await ctx.activity();
      expect(log).toHaveLength(before + 1);
      expect(log.at(-1)).toMatchObject({
        action: ctx.stop,
        actor: U.admin,
        target: U.endUser,
        scope: scopeOf(W.main),
        before: { status: seen.status, version: seen.version },
        after: { status: after.status, version: after.version },
      });
    },
  },
  {
    title: "R28: an invite is recorded with no before; a refused change and a replayed key record nothing",
    async run(ctx) {
      const start = (await ctx.activity()).length;
      const { member } = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
      const log = await ctx.activity();
      expect(log).toHaveLength(start + 1);
      expect(log.at(-1)).toMatchObject({ action: "invite", actor: U.admin, target: member.id, before: null, after: { status: member.status } });
      await expectRosterError(ctx.changeStatus(U.builder, W.main, U.endUser, ctx.stop), "forbidden");
      const key = ctx.key();
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop, { expectedVersion: seen.version, idempotencyKey: key });
      await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop, { expectedVersion: seen.version, idempotencyKey: key });
      expect(await ctx.activity()).toHaveLength(start + 2);
    },
  },
];

/** The R27 and R28 cases. */
export const BACKEND_PROMISE_CASES: readonly ContractCase[] = [...linkCases, ...activityCases];

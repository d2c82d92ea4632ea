import { expect } from "vitest";
import type { ActivityEvent, ActivityPage, ActivityQuery } from "../core/activity.types";
import type { ExportMembersParams, MemberExportColumn, MemberExportQuery, RosterAdapter } from "../core/adapter.types";
import { neutraliseFormula } from "../core/csv";
import type { Lifecycle } from "../core/domain.types";
import { MEMBER_EXPORT_COLUMNS, memberExportCells } from "../core/member-export";
import type { ContractCase } from "./contract-cases";
import type { ContractContext } from "./contract-context";
import { expectInvited, expectRosterError, invitee, liveSignal, scopeOf } from "./contract-context";
import { CONTRACT_GROUPS as G, CONTRACT_ROLES as R, CONTRACT_USERS as U, CONTRACT_WORKSPACES as W, contractEmail } from "./contract-fixture";
import type { CsvFile } from "./csv-records";
import { readCsvStream } from "./csv-records";

/**
 * The conformance cases of the optional adapter methods: reading the activity history (`listActivity`,
 * R28) and exporting a member list as CSV (`exportMembers`, R25). A backend whose adapter leaves a
 * method out skips its cases; one that has it must answer as these say.
 * @module
 */

const ARCHIVE: readonly Lifecycle[] = ["archive"];

/** The adapter of `actorId`, or a skip when it does not read the activity history. */
function activityReader(ctx: ContractContext, actorId: string): Required<Pick<RosterAdapter, "listActivity">> {
  const { listActivity } = ctx.as(actorId);
  if (!listActivity) return ctx.skip("the adapter has no listActivity(): the activity history cases are skipped");
  return { listActivity: (params) => listActivity(params) };
}

/** One page of activity as `actorId` reads it; the newest 200 unless `query` says otherwise. */
function activity(ctx: ContractContext, actorId: string, query: Partial<ActivityQuery> & Pick<ActivityQuery, "scope">): Promise<ActivityPage> {
  return activityReader(ctx, actorId).listActivity({ cursor: null, limit: 200, ...query, signal: liveSignal() });
}

/** Every event of a query, page by page with `limit` events a page, and the pages read. */
async function allActivity(ctx: ContractContext, actorId: string, query: Pick<ActivityQuery, "scope" | "memberId" | "actions" | "actorId">, limit: number): Promise<{ events: ActivityEvent[]; pages: number }> {
  const events: ActivityEvent[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages <= 100; pages += 1) {
    const page: ActivityPage = await activity(ctx, actorId, { ...query, cursor, limit });
    expect(page.events.length, "a page holds at most `limit` events").toBeLessThanOrEqual(limit);
    events.push(...page.events);
    if (page.nextCursor === null) return { events, pages };
    expect(page.events, "a page with a next page is full").toHaveLength(limit);
    cursor = page.nextCursor;
  }
  return expect.fail("the activity history did not end after 100 pages");
}

/** The actions of a page, newest first. */
function actionsOf(page: ActivityPage): string[] {
  return page.events.map((event) => event.action);
}

/** Four changes in the main workspace by two admins, oldest first: invite, stop, groups, role. */
async function fourChanges(ctx: ContractContext): Promise<{ invitedId: string }> {
  const { member } = expectInvited(await ctx.inviteOne(U.admin, W.main, invitee()));
  await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop);
  await ctx.update(U.admin, W.main, U.builder, { groups: [G.ops] });
  await ctx.update(U.secondAdmin, W.main, U.builder, { role: R.endUser });
  return { invitedId: member.id };
}

const activityCases: ContractCase[] = [
  {
    title: "R28: a workspace's activity lists its changes newest first, each with actor, action, target, scope, before, after and time",
    async run(ctx) {
      activityReader(ctx, U.admin);
      const seen = await ctx.member(U.superAdmin, W.main, U.endUser);
      const started = Date.now();
      const { invitedId } = await fourChanges(ctx);
      const page = await activity(ctx, U.admin, { scope: scopeOf(W.main) });
      expect(actionsOf(page)).toEqual(["changeRole", "changeGroups", ctx.stop, "invite"]);
      expect(page.nextCursor).toBeNull();
      const [role, groups, stop, invite] = page.events;
      expect(stop).toMatchObject({
        actor: U.admin,
        actorName: "Ada Admin",
        target: U.endUser,
        targetName: "Eve End",
        targetEmail: contractEmail("eve"),
        scope: scopeOf(W.main),
        before: { status: seen.status, role: seen.role, version: seen.version },
        after: { status: ctx.stopped, role: seen.role },
      });
      expect(invite).toMatchObject({ actor: U.admin, target: invitedId, before: null, after: { role: R.endUser } });
      expect(groups).toMatchObject({ target: U.builder, after: { groups: [G.ops] } });
      expect(role).toMatchObject({ actor: U.secondAdmin, actorName: "Alan Admin", target: U.builder, before: { role: R.builder }, after: { role: R.endUser } });
      const ids = page.events.map((event) => event.id);
      expect(new Set(ids).size, "event ids are unique").toBe(ids.length);
      for (const event of page.events) {
        expect(Date.parse(event.at), `at of ${event.action} is an ISO time`).not.toBeNaN();
        // A minute of slack: the backend's clock is not this process's.
        expect(Date.parse(event.at)).toBeGreaterThanOrEqual(started - 60_000);
      }
      expect(page.events.map((event) => event.at)).toEqual([...page.events.map((event) => event.at)].sort().reverse());
    },
  },
  {
    title: "R28: activity pages with a cursor: every event once, newest first, the same as one large page",
    async run(ctx) {
      activityReader(ctx, U.superAdmin);
      await fourChanges(ctx);
      await ctx.changeStatus(U.superAdmin, W.solo, U.admin, ctx.stop);
      const whole = await activity(ctx, U.superAdmin, { scope: scopeOf(null) });
      expect(whole.events).toHaveLength(5);
      const paged = await allActivity(ctx, U.superAdmin, { scope: scopeOf(null) }, 2);
      expect(paged.pages).toBe(3);
      expect(paged.events).toEqual(whole.events);
      const main = await allActivity(ctx, U.superAdmin, { scope: scopeOf(W.main) }, 1);
      expect(main.events.map((event) => event.action)).toEqual(["changeRole", "changeGroups", ctx.stop, "invite"]);
      expect(main.pages).toBe(4);
    },
  },
  {
    title: "R28: activity filters by action and by who acted, alone, together and across pages",
    async run(ctx) {
      activityReader(ctx, U.admin);
      await fourChanges(ctx);
      const scope = scopeOf(W.main);
      expect(actionsOf(await activity(ctx, U.admin, { scope, actions: [ctx.stop] }))).toEqual([ctx.stop]);
      expect(actionsOf(await activity(ctx, U.admin, { scope, actions: ["invite", "changeRole"] }))).toEqual(["changeRole", "invite"]);
      expect(actionsOf(await activity(ctx, U.admin, { scope, actorId: U.secondAdmin }))).toEqual(["changeRole"]);
      expect(actionsOf(await activity(ctx, U.admin, { scope, actorId: U.admin, actions: ["changeGroups", "changeRole"] }))).toEqual(["changeGroups"]);
      expect(actionsOf(await activity(ctx, U.admin, { scope, actorId: U.builder }))).toEqual([]);
      const paged = await allActivity(ctx, U.admin, { scope, actorId: U.admin, actions: ["invite", "changeGroups", ctx.stop] }, 2);
      expect(paged.events.map((event) => event.action)).toEqual(["changeGroups", ctx.stop, "invite"]);
    },
  },
  {
    title: "R28: a member's history in a workspace holds their changes there, not another member's nor another workspace's",
    async run(ctx) {
      activityReader(ctx, U.admin);
      await fourChanges(ctx);
      await ctx.changeStatus(U.sole, W.twin, U.invited, ctx.stop);
      const builder = await activity(ctx, U.admin, { scope: scopeOf(W.main), memberId: U.builder });
      expect(actionsOf(builder)).toEqual(["changeRole", "changeGroups"]);
      expect(builder.events.every((event) => event.target === U.builder)).toBe(true);
      expect((await activity(ctx, U.admin, { scope: scopeOf(W.main), memberId: U.invited })).events).toEqual([]);
      expect(actionsOf(await activity(ctx, U.sole, { scope: scopeOf(W.twin), memberId: U.invited }))).toEqual([ctx.stop]);
      // Across the instance (super admins): everything done to the user, in every workspace.
      expect(actionsOf(await activity(ctx, U.superAdmin, { scope: scopeOf(null), memberId: U.builder }))).toEqual(["changeRole", "changeGroups"]);
    },
  },
  {
    title: "R28: an instance archive is in the member's history in each of their workspaces, and in the instance's activity",
    lifecycles: ARCHIVE,
    async run(ctx) {
      activityReader(ctx, U.admin);
      const seen = await ctx.member(U.superAdmin, null, U.builder);
      await ctx.changeStatus(U.superAdmin, null, U.builder, "archive");
      const [event] = (await activity(ctx, U.admin, { scope: scopeOf(W.main), memberId: U.builder })).events;
      expect(event).toMatchObject({ action: "archive", actor: U.superAdmin, target: U.builder, scope: scopeOf(null), before: { instanceStatus: seen.instanceStatus }, after: { instanceStatus: "archived" } });
      expect((await activity(ctx, U.superAdmin, { scope: scopeOf(null) })).events.map((found) => found.id)).toEqual([event?.id]);
      // A workspace's own log holds what was done in it; the instance archive was done at instance level.
      expect((await activity(ctx, U.admin, { scope: scopeOf(W.main) })).events).toEqual([]);
    },
  },
  {
    title: "R1, R2: only a workspace's admins and super admins read its activity; only super admins read the instance's: forbidden",
    async run(ctx) {
      activityReader(ctx, U.admin);
      await ctx.changeStatus(U.admin, W.main, U.endUser, ctx.stop);
      await expectRosterError(activity(ctx, U.builder, { scope: scopeOf(W.main) }), "forbidden", { rule: "R1" });
      await expectRosterError(activity(ctx, U.builder, { scope: scopeOf(W.main), memberId: U.endUser }), "forbidden", { rule: "R1" });
      await expectRosterError(activity(ctx, U.admin, { scope: scopeOf(W.solo) }), "forbidden", { rule: "R1" });
      await expectRosterError(activity(ctx, U.admin, { scope: scopeOf(W.twin) }), "forbidden", { rule: "R1" });
      await expectRosterError(activity(ctx, U.admin, { scope: scopeOf(null) }), "forbidden", { rule: "R2" });
      await expectRosterError(activity(ctx, U.admin, { scope: scopeOf(null), memberId: U.endUser }), "forbidden", { rule: "R2" });
      expect(actionsOf(await activity(ctx, U.superAdmin, { scope: scopeOf(W.main) }))).toEqual([ctx.stop]);
      expect((await activity(ctx, U.sole, { scope: scopeOf(W.solo) })).events).toEqual([]);
    },
  },
  {
    title: "R28: a malformed activity query is refused naming what is wrong; an unknown workspace or member is not_found",
    async run(ctx) {
      activityReader(ctx, U.admin);
      const scope = scopeOf(W.main);
      const action = await expectRosterError(activity(ctx, U.admin, { scope, actions: ["delete" as never] }), "validation");
      expect(action.message).toContain("delete");
      await expectRosterError(activity(ctx, U.admin, { scope, limit: 0 }), "validation");
      await expectRosterError(activity(ctx, U.admin, { scope, limit: 100_000 }), "validation");
      await expectRosterError(activity(ctx, U.admin, { scope, cursor: "not-a-cursor" }), "validation");
      await expectRosterError(activity(ctx, U.superAdmin, { scope: scopeOf("ws-nowhere") }), "not_found");
      await expectRosterError(activity(ctx, U.admin, { scope, memberId: "u-nobody" }), "not_found");
      await expectRosterError(activity(ctx, U.admin, { scope, memberId: U.stoppedAdmin }), "not_found");
    },
  },
];

/** The adapter of `actorId`, or a skip when it does not export. */
function exporter(ctx: ContractContext, actorId: string): Required<Pick<RosterAdapter, "exportMembers">> {
  const { exportMembers } = ctx.as(actorId);
  if (!exportMembers) return ctx.skip("the adapter has no exportMembers(): the export cases are skipped");
  return { exportMembers: (params) => exportMembers(params) };
}

const NO_FILTER: Omit<MemberExportQuery, "scope"> = { search: "", statuses: [], roles: [], sort: { field: "name", direction: "asc" } };

/** An export as `actorId` gets it, read whole. */
async function exportFile(ctx: ContractContext, actorId: string, params: Partial<Omit<ExportMembersParams, "signal">> & Pick<ExportMembersParams, "scope">): Promise<CsvFile> {
  return readCsvStream(await exporter(ctx, actorId).exportMembers({ ...NO_FILTER, ...params, signal: liveSignal() }));
}

/** The rows an export of `query` must hold: every page of the list, each member as the core writes its cells. */
async function expectedRows(ctx: ContractContext, actorId: string, query: MemberExportQuery, columns: readonly MemberExportColumn[]): Promise<string[][]> {
  const { members } = await ctx.listAll(actorId, query);
  const groups = query.scope.kind === "workspace" ? await ctx.as(actorId).listGroups({ workspaceId: query.scope.workspaceId, signal: liveSignal() }) : [];
  const names = new Map(groups.map((group) => [group.id, group.name]));
  return members.map((member) => memberExportCells(member, columns, (id) => names.get(id)).map(neutraliseFormula));
}

const exportCases: ContractCase[] = [
  {
    title: "R25: an export holds the same rows, in the same order, as every page of the list with the same search, filters and sort",
    async run(ctx) {
      exporter(ctx, U.admin);
      const queries: MemberExportQuery[] = [
        { ...NO_FILTER, scope: scopeOf(W.main) },
        { ...NO_FILTER, scope: scopeOf(W.main), statuses: ["active"], sort: { field: "email", direction: "desc" } },
        { ...NO_FILTER, scope: scopeOf(W.main), search: "a", roles: [R.builder, R.endUser], sort: { field: "lastActiveAt", direction: "asc" } },
        { ...NO_FILTER, scope: scopeOf(W.main), sort: { field: "role", direction: "desc" } },
      ];
      for (const query of queries) {
        const file = await exportFile(ctx, U.admin, query);
        expect(file.byteOrderMark, "the file starts with a UTF-8 byte order mark").toBe(true);
        const [header, ...rows] = file.records;
        expect(header).toEqual([...MEMBER_EXPORT_COLUMNS]);
        expect(rows, JSON.stringify(query)).toEqual(await expectedRows(ctx, U.admin, query, MEMBER_EXPORT_COLUMNS));
      }
      const instance: MemberExportQuery = { ...NO_FILTER, scope: scopeOf(null), sort: { field: "invitedAt", direction: "desc" } };
      const all = await exportFile(ctx, U.superAdmin, instance);
      expect(all.records.slice(1)).toEqual(await expectedRows(ctx, U.superAdmin, instance, MEMBER_EXPORT_COLUMNS));
      expect(all.records.length - 1).toBe(ctx.fixture.users.length);
    },
  },
  {
    title: "R25: an export has the columns asked for, in that order, each cell as the member holds it",
    async run(ctx) {
      exporter(ctx, U.admin);
      const columns: MemberExportColumn[] = ["email", "groups", "metadata", "role", "lastActiveAt", "name"];
      const [header, ...rows] = (await exportFile(ctx, U.admin, { scope: scopeOf(W.main), columns, search: "eve" })).records;
      expect(header).toEqual(columns);
      expect(rows).toHaveLength(1);
      const [email, groups, metadata, role, lastActiveAt, name] = rows[0] ?? [];
      const eve = await ctx.member(U.admin, W.main, U.endUser);
      expect({ email, role, lastActiveAt, name }).toEqual({ email: eve.email, role: eve.role, lastActiveAt: eve.lastActiveAt, name: "Eve End" });
      expect(groups?.split("; ").sort()).toEqual(["Design", "Ops"]);
      expect(JSON.parse(metadata ?? "")).toEqual(eve.metadata);
      const invited = (await exportFile(ctx, U.admin, { scope: scopeOf(W.main), columns: ["lastActiveAt", "metadata", "groups"], search: "ivy" })).records[1];
      expect(invited, "nothing is an empty cell").toEqual(["", "", ""]);
    },
  },
  {
    title: "R25: an export neutralises cells a spreadsheet would run as formulas, and quotes what RFC 4180 says",
    async run(ctx) {
      exporter(ctx, U.admin);
      const names = ["=cmd()", "+1", "-1", "@x", '=HYPERLINK("http://evil.example","click")', "Lovelace, Ada", 'Ada "the Countess"'];
      const metadata = { formula: "=1+1", quoted: 'say "hi", then go' };
      const emails = names.map((_, index) => contractEmail(`formula-${String(index)}`));
      const { results } = await ctx.invite(U.admin, W.main, names.map((name, index) => invitee({ name, email: emails[index] ?? "", metadata })));
      for (const result of results) expectInvited(result);
      const query = { scope: scopeOf(W.main), search: "formula-", sort: { field: "email", direction: "asc" } } as const;
      const [, ...rows] = (await exportFile(ctx, U.admin, { ...query, columns: ["email", "name", "metadata"] })).records;
      expect(rows.map(([email]) => email)).toEqual(emails);
      expect(rows.map(([, name]) => name)).toEqual(["'=cmd()", "'+1", "'-1", "'@x", `'=HYPERLINK("http://evil.example","click")`, "Lovelace, Ada", 'Ada "the Countess"']);
      for (const [, , cell] of rows) expect(JSON.parse(cell ?? "")).toEqual(metadata);
    },
  },
  {
    title: "R25: an export refuses an unknown column, naming it, before any byte",
    async run(ctx) {
      const { exportMembers } = exporter(ctx, U.admin);
      const refused = await expectRosterError(
        exportMembers({ ...NO_FILTER, scope: scopeOf(W.main), columns: ["name", "password" as MemberExportColumn], signal: liveSignal() }),
        "validation",
      );
      expect(refused.message).toContain("password");
    },
  },
  {
    title: "R1, R2: exporting needs the right to list: an outsider cannot export a workspace, an admin cannot export the instance: forbidden",
    async run(ctx) {
      exporter(ctx, U.admin);
      await expectRosterError(exportFile(ctx, U.admin, { scope: scopeOf(W.twin) }), "forbidden", { rule: "R1" });
      await expectRosterError(exportFile(ctx, U.admin, { scope: scopeOf(null) }), "forbidden", { rule: "R2" });
      await expectRosterError(exportFile(ctx, U.superAdmin, { scope: scopeOf("ws-nowhere") }), "not_found");
    },
  },
];

/** The cases of the optional methods: activity history (R28) and export (R25). */
export const OPTIONAL_METHOD_CASES: readonly ContractCase[] = [...activityCases, ...exportCases];

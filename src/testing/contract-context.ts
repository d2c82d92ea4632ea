import { expect } from "vitest";
import type {
  InviteeFailure,
  InviteeInput,
  InviteeResult,
  InviteMembersResult,
  ListMembersResult,
  MemberQuery,
  MemberSort,
  RosterAdapter,
  StatusAction,
} from "../core/adapter.types";
import type { RosterConfig } from "../core/config";
import type { Member, MemberStatus, RoleId, RosterDataset, Scope } from "../core/domain.types";
import type { FieldIssue, RosterError, RosterErrorCode, RosterLimitName } from "../core/errors";
import { isRosterError } from "../core/errors";
import type { ValidationCode } from "../core/validation";
import { validationIssueOf } from "../core/validation";
import { LIFECYCLES } from "../core/vocabulary";

/**
 * What the conformance suite works with inside one case: the backend under test, loaded with the
 * contract fixture, and short ways to call it. Everything goes through the {@link RosterAdapter}
 * interface; the optional harness hooks only observe (outbox, link validity).
 * @module
 */

/** One email the backend sent, as the harness reports it. */
export interface SentInvitation {
  readonly to: string;
  readonly url: string;
  readonly workspaceId: string;
}

/**
 * What a host hands the conformance suite: a backend loaded with the fixture, seen through the adapter
 * of any signed-in user.
 */
export interface ContractHarness {
  /** The adapter for that signed-in user. */
  as(userId: string): RosterAdapter;
  /** Every invitation email sent so far, oldest first. Enables the R10/R14 email cases. */
  sentInvitations?(): readonly SentInvitation[] | Promise<readonly SentInvitation[]>;
  /** Whether an invitation URL would still let its invitee in. Enables the R10/R11 revocation cases. */
  isInvitationLinkValid?(url: string): boolean | Promise<boolean>;
  /**
   * Moves the backend's clock forward by `ms` milliseconds. Enables the R26 key-expiry case, which
   * expects the kit-default window of 24 hours, and the R27 link-expiry case (7 days).
   */
  advanceClock?(ms: number): void;
  /**
   * The invitee follows an invitation link and accepts (R27): resolves with the member as the backend
   * now holds it, or rejects with the backend's `RosterError`. Enables the link lifecycle cases.
   */
  acceptInvitation?(url: string): Promise<Member>;
  /** Every activity event recorded so far, oldest first (R28). Enables the activity cases. */
  activity?(): readonly ActivityEntry[] | Promise<readonly ActivityEntry[]>;
}

/** One activity event as the conformance suite reads it (R28). */
export interface ActivityEntry {
  /** The command: `archive`, `invite`, `changeRole`, … */
  readonly action: string;
  /** User id of who did it. */
  readonly actor: string;
  /** User id of whom it was done to. */
  readonly target: string;
  readonly scope: Scope;
  /** The member's status, role and version before; `null` for a new invite. */
  readonly before: { readonly status: string; readonly version: number } | null;
  readonly after: { readonly status: string; readonly version: number };
}

/** Builds a fresh harness for one case; called before every case with the fixture and config of its block. */
export type ContractHarnessFactory = (fixture: RosterDataset, config: RosterConfig) => ContractHarness | Promise<ContractHarness>;

/** Fields to change with {@link ContractContext.update}. */
export interface MemberChanges {
  readonly role?: RoleId;
  readonly groups?: readonly string[];
}

/** What every contract case receives. */
export interface ContractContext {
  readonly config: RosterConfig;
  readonly fixture: RosterDataset;
  readonly harness: ContractHarness;
  /** The stop action of the lifecycle: `archive` or `deactivate`. */
  readonly stop: StatusAction;
  /** The resume action of the lifecycle: `unarchive` or `reactivate`. */
  readonly resume: StatusAction;
  /** The status a stopped membership has: `archived` or `inactive`. */
  readonly stopped: MemberStatus;
  /** The adapter of a signed-in user. */
  as(userId: string): RosterAdapter;
  /** Marks the case skipped (for optional harness hooks the host did not provide). */
  skip(note: string): never;
  /** A fresh idempotency key. */
  key(): string;
  /** A member as the actor sees it now, in a workspace (or instance scope with `null`). */
  member(actorId: string, workspaceId: string | null, memberId: string): Promise<Member>;
  /** Invites people as the actor. */
  invite(actorId: string, workspaceId: string, invitees: readonly InviteeInput[], idempotencyKey?: string): Promise<InviteMembersResult>;
  /** Invites one person and returns its result. */
  inviteOne(actorId: string, workspaceId: string, invitee: InviteeInput): Promise<InviteeResult>;
  /** Changes a member's status with its current version (or the one given). */
  changeStatus(
    actorId: string,
    workspaceId: string | null,
    memberId: string,
    action: StatusAction,
    options?: { readonly expectedVersion?: number; readonly idempotencyKey?: string },
  ): Promise<Member>;
  /** Changes a member's role and/or groups with its current version (or the one given). */
  update(actorId: string, workspaceId: string, memberId: string, changes: MemberChanges, expectedVersion?: number): Promise<Member>;
  /** Every member matching a query, across every page, with the totals each page reported. */
  listAll(actorId: string, query: Partial<Omit<MemberQuery, "page">> & { readonly scope: Scope }, pageSize?: number): Promise<ListedPages>;
  /** The outbox, or a skip when the harness has none. */
  outbox(): Promise<readonly SentInvitation[]>;
  /** Whether a link works, or a skip when the harness cannot tell. */
  linkValid(url: string): Promise<boolean>;
  /** Moves the backend's clock forward, or a skip when the harness cannot. */
  advanceClock(ms: number): void;
  /** Accepts an invitation link, or a skip when the harness cannot. */
  accept(url: string): Promise<Member>;
  /** The activity log, or a skip when the harness has none. */
  activity(): Promise<readonly ActivityEntry[]>;
}

/** The pages {@link ContractContext.listAll} fetched. */
export interface ListedPages {
  readonly members: readonly Member[];
  readonly pages: readonly ListMembersResult[];
}

/** A signal that never fires. */
export function liveSignal(): AbortSignal {
  return new AbortController().signal;
}

/** The scope of a workspace, or the instance scope for `null`. */
export function scopeOf(workspaceId: string | null): Scope {
  return workspaceId === null ? { kind: "instance" } : { kind: "workspace", workspaceId };
}

/** What {@link expectRosterError} may additionally check. */
export interface ExpectedRosterError {
  /** The rule, an id of docs/rules.md; checked only when the backend reports one. */
  readonly rule?: string;
}

/**
 * Awaits a promise that must reject with a {@link RosterError} of the code given, refused for a rule and
 * therefore not retryable. Returns the error for further checks.
 * @example
 * await expectRosterError(adapter.changeStatus(params), "last_admin", { rule: "R15" });
 */
export async function expectRosterError(promise: Promise<unknown>, code: RosterErrorCode, expected: ExpectedRosterError = {}): Promise<RosterError> {
  let settled: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    settled = { ok: true, value: await promise };
  } catch (error) {
    settled = { ok: false, error };
  }
  if (settled.ok) {
    expect.fail(`Expected a RosterError "${code}", but the call succeeded with ${JSON.stringify(settled.value)?.slice(0, 400) ?? "undefined"}.`);
  }
  const { error } = settled;
  if (!isRosterError(error)) {
    expect.fail(`Expected a RosterError "${code}", but got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}.`);
  }
  expect(error.code, `RosterError code (message: ${error.message})`).toBe(code);
  if (code !== "network" && code !== "rate_limited") expect(error.retryable, "rule refusals are not retryable").toBe(false);
  expect(typeof error.message).toBe("string");
  expect(error.message.length).toBeGreaterThan(0);
  if (expected.rule !== undefined && error.rule !== undefined) expect(error.rule).toBe(expected.rule);
  return error;
}

/**
 * Awaits a promise that must reject with `limit_exceeded` (R29) for the limit named; the `limit` details
 * are checked when the backend reports them.
 */
export async function expectLimitExceeded(promise: Promise<unknown>, name: RosterLimitName, max: number): Promise<RosterError> {
  const error = await expectRosterError(promise, "limit_exceeded", { rule: "R29" });
  if (error.limit !== undefined) expect(error.limit).toMatchObject({ name, max });
  return error;
}

/** Asserts that one invitee's result is a failure with the code given, and returns the failure. */
export function expectInviteeFailure(result: InviteeResult | undefined, code: RosterErrorCode): InviteeFailure {
  if (result === undefined) expect.fail("Expected a result for this invitee, at the same index as its input.");
  if (result.ok) expect.fail(`Expected the invitee to be refused with "${code}", but it was invited as ${result.member.status}.`);
  expect(result.error.code, `invitee failure code (message: ${result.error.message})`).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(0);
  return result.error;
}

/**
 * Asserts that a refused invitee's `field` carries its issue `{ field, code, params }` (R5, R6): a code of
 * the core's vocabulary with the values its sentence reads, so that a UI words the refusal in its host's
 * language rather than showing the backend's English. Returns the issue.
 */
export function expectFieldIssue(failure: InviteeFailure, field: string, code?: ValidationCode): FieldIssue {
  const issue = failure.issues?.find((candidate) => candidate.field === field);
  if (issue === undefined) expect.fail(`Expected the refusal of "${field}" to carry its issue { field, code, params }; issues: ${JSON.stringify(failure.issues ?? null)}.`);
  expect(validationIssueOf(issue.code, issue.params), `${JSON.stringify(issue)}: a validation code of the core, with the values its sentence reads`).toBeDefined();
  if (code !== undefined) expect(issue.code).toBe(code);
  return issue;
}

/** Asserts that one invitee's result is a success, and returns it. */
export function expectInvited(result: InviteeResult | undefined): Extract<InviteeResult, { ok: true }> {
  if (result === undefined) expect.fail("Expected a result for this invitee, at the same index as its input.");
  if (!result.ok) expect.fail(`Expected the invitee to be invited, but got "${result.error.code}": ${result.error.message}`);
  return result;
}

/** An invitee with every required field, for a fresh email unless one is given. */
export function invitee(overrides: Partial<InviteeInput> = {}): InviteeInput {
  return { name: "Nora New", email: "nora@rosterkit.test", role: "end-user", groups: [], metadata: {}, ...overrides };
}

/** The default query of {@link ContractContext.listAll}. */
const DEFAULT_SORT: MemberSort = { field: "name", direction: "asc" };

/**
 * Builds the context of one case. `readerId` is the user whose adapter reads versions before a write
 * (a super admin, who sees every member), so that a refused write is refused for the write itself.
 */
export function createContractContext(
  harness: ContractHarness,
  fixture: RosterDataset,
  config: RosterConfig,
  skip: (note: string) => never,
  readerId: string,
): ContractContext {
  let keys = 0;
  const as = (userId: string): RosterAdapter => harness.as(userId);
  const member = (actorId: string, workspaceId: string | null, memberId: string): Promise<Member> =>
    as(actorId).getMember({ scope: scopeOf(workspaceId), memberId, signal: liveSignal() });
  const key = (): string => {
    keys += 1;
    return `contract-${keys}-${Math.random().toString(36).slice(2)}`;
  };
  const invite = (actorId: string, workspaceId: string, invitees: readonly InviteeInput[], idempotencyKey?: string): Promise<InviteMembersResult> =>
    as(actorId).inviteMembers({ workspaceId, invitees, idempotencyKey: idempotencyKey ?? key(), signal: liveSignal() });

  return {
    config,
    fixture,
    harness,
    stop: LIFECYCLES[config.lifecycle].stop,
    resume: LIFECYCLES[config.lifecycle].resume,
    stopped: LIFECYCLES[config.lifecycle].stopped,
    as,
    skip,
    key,
    member,
    invite,
    async inviteOne(actorId, workspaceId, one) {
      const { results } = await invite(actorId, workspaceId, [one]);
      expect(results).toHaveLength(1);
      const [result] = results;
      if (result === undefined) return expect.fail("inviteMembers returned no result");
      return result;
    },
    async changeStatus(actorId, workspaceId, memberId, action, options = {}) {
      const expectedVersion = options.expectedVersion ?? (await member(readerId, workspaceId, memberId)).version;
      const result = await as(actorId).changeStatus({
        scope: scopeOf(workspaceId),
        memberId,
        action,
        expectedVersion,
        idempotencyKey: options.idempotencyKey ?? key(),
        signal: liveSignal(),
      });
      return result.member;
    },
    async update(actorId, workspaceId, memberId, changes, expectedVersion) {
      const version = expectedVersion ?? (await member(readerId, workspaceId, memberId)).version;
      return as(actorId).updateMember({
        workspaceId,
        memberId,
        ...(changes.role === undefined ? {} : { role: changes.role }),
        ...(changes.groups === undefined ? {} : { groups: changes.groups }),
        expectedVersion: version,
        idempotencyKey: key(),
        signal: liveSignal(),
      });
    },
    async listAll(actorId, query, pageSize) {
      const adapter = as(actorId);
      const { pagination, maxPageSize } = adapter.capabilities;
      const limit = Math.min(pageSize ?? maxPageSize, maxPageSize);
      const base = { search: "", statuses: [], roles: [], sort: DEFAULT_SORT, ...query };
      const pages: ListMembersResult[] = [];
      const members: Member[] = [];
      let offset = 0;
      let cursor: string | null = null;
      for (let guard = 0; guard < 1000; guard += 1) {
        const page: ListMembersResult = await adapter.listMembers({
          ...base,
          page: pagination === "cursor" ? { kind: "cursor", cursor, limit } : { kind: "offset", offset, limit },
          signal: liveSignal(),
        });
        pages.push(page);
        members.push(...page.members);
        if (pagination === "none") break;
        if (pagination === "cursor") {
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        } else {
          offset += page.members.length;
          if (page.members.length < limit || (page.total !== null && offset >= page.total)) break;
        }
      }
      return { members, pages };
    },
    async outbox() {
      const sent = harness.sentInvitations;
      if (!sent) return skip("the harness has no sentInvitations(): email cases are skipped");
      return sent.call(harness);
    },
    async linkValid(url) {
      const valid = harness.isInvitationLinkValid;
      if (!valid) return skip("the harness has no isInvitationLinkValid(): link revocation cases are skipped");
      return valid.call(harness, url);
    },
    async accept(url) {
      const accept = harness.acceptInvitation;
      if (!accept) return skip("the harness has no acceptInvitation(): the link lifecycle cases are skipped");
      return accept.call(harness, url);
    },
    async activity() {
      const read = harness.activity;
      if (!read) return skip("the harness has no activity(): the activity cases are skipped");
      return read.call(harness);
    },
    advanceClock(ms) {
      const advance = harness.advanceClock;
      if (!advance) return skip("the harness has no advanceClock(): the key-expiry case is skipped");
      advance.call(harness, ms);
    },
  };
}

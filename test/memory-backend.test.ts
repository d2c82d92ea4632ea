import { describe, expect, it } from "vitest";
import type { MemoryBackend, MemoryBackendOptions } from "../src/adapters";
import { SEED_USERS, createMemoryAdapter, createMemoryBackend, generateSeed } from "../src/adapters";
import type {
  InviteeInput,
  ListMembersParams,
  Member,
  MemberSortField,
  MemberStatus,
  Membership,
  RosterAdapter,
  RosterConfigInput,
  RosterDataset,
  Scope,
  User,
} from "../src/core";
import { MAX_PAGE_SIZE, MEMBER_SORT_FIELDS, MEMBER_STATUSES, RosterError } from "../src/core";

// A small hand-written roster for the backend-specific cases:
//   ws-a "Alpha": sole (admin), ann (builder, group g-a1), inv (invited, no account), gone (archived)
//   ws-b "Beta":  sole (admin), ann (end-user), gone (archived)
// `boss` is the super admin with no membership; `gone` is archived at instance level.
const A = "ws-a";
const B = "ws-b";
const signal = new AbortController().signal;

function dataset(lifecycle: "archive" | "deactivate" = "archive"): RosterDataset {
  const stopped = lifecycle === "archive" ? "archived" : "inactive";
  const user = (id: string, name: string, extra: Partial<User> = {}): User => ({
    id,
    name,
    email: `${id}@rosterkit.test`,
    instanceStatus: "active",
    superAdmin: false,
    hasAccount: true,
    ...extra,
  });
  const membership = (userId: string, workspaceId: string, role: string, status: Membership["status"], groups: string[] = []): Membership => ({
    userId,
    workspaceId,
    role,
    status,
    groups,
    metadata: {},
    invitedAt: "2026-01-01T09:00:00.000Z",
    lastActiveAt: status === "invited" ? null : "2026-01-10T09:00:00.000Z",
  });
  return {
    instance: { id: "i", name: "Test instance" },
    workspaces: [
      { id: A, name: "Alpha" },
      { id: B, name: "Beta" },
    ],
    users: [
      user("boss", "Bo Boss", { superAdmin: true }),
      user("sole", "Sol Sole"),
      user("ann", "Ann Builder"),
      user("inv", "Ivy Invited", { instanceStatus: "invited", hasAccount: false }),
      user("gone", "Gus Gone", lifecycle === "archive" ? { instanceStatus: "archived" } : {}),
    ],
    memberships: [
      membership("sole", A, "admin", "active"),
      membership("ann", A, "builder", "active", ["g-a1"]),
      membership("inv", A, "end-user", "invited"),
      membership("gone", A, "end-user", stopped),
      membership("sole", B, "admin", "active"),
      membership("ann", B, "end-user", "active"),
      membership("gone", B, "end-user", stopped),
    ],
    groups: [
      { id: "g-a1", workspaceId: A, name: "Reviewers" },
      { id: "g-a2", workspaceId: A, name: "Leads" },
      { id: "g-b1", workspaceId: B, name: "Ops" },
    ],
  };
}

let tick = 0;
function backend(config: RosterConfigInput = {}, extra: Partial<MemoryBackendOptions> = {}): MemoryBackend {
  return createMemoryBackend({
    dataset: dataset(config.lifecycle ?? "archive"),
    config,
    clock: () => new Date(Date.UTC(2026, 1, 1, 0, 0, (tick += 1))),
    ...extra,
  });
}

const ws = (workspaceId: string): Scope => ({ kind: "workspace", workspaceId });
const INSTANCE: Scope = { kind: "instance" };
let keys = 0;
const key = (): string => `key-${(keys += 1)}`;

function invitee(email: string, extra: Partial<InviteeInput> = {}): InviteeInput {
  return { name: email.split("@")[0] ?? email, email, role: "end-user", groups: [], metadata: {}, ...extra };
}

async function member(adapter: RosterAdapter, scope: Scope, memberId: string): Promise<Member> {
  return adapter.getMember({ scope, memberId, signal });
}

async function rejection(promise: Promise<unknown>): Promise<RosterError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
}

async function invite(adapter: RosterAdapter, workspaceId: string, ...invitees: InviteeInput[]) {
  return adapter.inviteMembers({ workspaceId, invitees, idempotencyKey: key(), signal });
}

async function changeStatus(adapter: RosterAdapter, scope: Scope, memberId: string, action: "archive" | "unarchive" | "deactivate" | "reactivate") {
  const current = await member(adapter, scope, memberId);
  return adapter.changeStatus({ scope, memberId, action, expectedVersion: current.version, idempotencyKey: key(), signal });
}

describe("memory backend: invitations, links and outbox", () => {
  it("R10: each invite emails a unique link that resolves to the invitee", async () => {
    const server = backend();
    const { results } = await invite(server.as("sole"), A, invitee("New.One@Example.com"), invitee("two@example.com"));
    const outbox = server.outbox();
    expect(outbox).toHaveLength(2);
    expect(outbox[0]).toMatchObject({ kind: "invitation", to: "new.one@example.com", workspaceId: A });
    expect(outbox[0]?.id).not.toBe(outbox[1]?.id);
    // R27: 256 bits of HMAC, unguessable.
    expect(outbox[0]?.url).toMatch(/^https:\/\/app\.example\.test\/invitations\/[0-9a-f]{64}$/);
    expect(outbox[0]?.url).not.toBe(outbox[1]?.url);
    const first = results[0];
    expect(first?.ok && first.invitationUrl).toBe(outbox[0]?.url);
    expect(await server.invitationFor(outbox[0]?.url ?? "")).toEqual({ userId: outbox[0]?.userId, workspaceId: A });
  });

  it("R10: a resend issues a new link, emails it, and the old link stops working", async () => {
    const server = backend();
    const admin = server.as("sole");
    const old = await admin.getInvitationLink({ workspaceId: A, memberId: "inv", signal });
    expect(await server.invitationFor(old.url)).toEqual({ userId: "inv", workspaceId: A });
    const fresh = await admin.resendInvitation({ workspaceId: A, memberId: "inv", idempotencyKey: key(), signal });
    expect(fresh.url).not.toBe(old.url);
    expect(await server.invitationFor(old.url)).toBeNull();
    expect(await server.invitationFor(fresh.url)).toEqual({ userId: "inv", workspaceId: A });
    expect(server.outbox().map((email) => email.url)).toEqual([fresh.url]);
    expect((await admin.getInvitationLink({ workspaceId: A, memberId: "inv", signal })).url).toBe(fresh.url);
  });

  it("R10: archiving an invited member revokes the link, and accepting the dead link is refused (R27)", async () => {
    const server = backend();
    const admin = server.as("sole");
    const { url } = await admin.getInvitationLink({ workspaceId: A, memberId: "inv", signal });
    await changeStatus(admin, ws(A), "inv", "archive");
    expect(await server.invitationFor(url)).toBeNull();
    await expect(server.acceptInvitation(url)).rejects.toMatchObject({ code: "invalid_transition" });
  });

  it("R10: cloud invites return no link to the admin, and links cannot be copied", async () => {
    const server = backend({ deployment: "cloud" });
    const { results } = await invite(server.as("sole"), A, invitee("cloud@example.com"));
    expect(results[0]).toMatchObject({ ok: true, invitationUrl: null });
    expect(server.outbox()).toHaveLength(1);
    const error = await rejection(server.as("sole").getInvitationLink({ workspaceId: A, memberId: "inv", signal }));
    expect(error).toMatchObject({ code: "forbidden", rule: "R10" });
  });

  type R9Row = [deployment: "self-hosted" | "cloud", email: string, status: MemberStatus];
  const r9: R9Row[] = [
    ["self-hosted", "fresh@example.com", "invited"],
    ["cloud", "fresh@example.com", "requested"],
    ["cloud", "boss@rosterkit.test", "invited"], // has an account: invited even in cloud
    ["cloud", "inv@rosterkit.test", "requested"], // known but no account yet
  ];
  it.each(r9)("R9: %s invite of %s is %s", async (deployment, email, status) => {
    const server = backend({ deployment });
    const { results } = await invite(server.as("boss"), B, invitee(email));
    expect(results[0]).toMatchObject({ ok: true, member: { status, scope: ws(B) } });
  });

  it("R9: a new email creates a user invited at instance level without an account", async () => {
    const server = backend();
    const { results } = await invite(server.as("sole"), A, invitee("  Newbie@Example.COM ", { name: "Nia Newbie" }));
    const result = results[0];
    if (!result?.ok) throw new Error("expected the invite to succeed");
    const user = server.snapshot().users.find((candidate) => candidate.id === result.member.id);
    expect(user).toEqual({ id: result.member.id, name: "Nia Newbie", email: "newbie@example.com", instanceStatus: "invited", superAdmin: false, hasAccount: false });
  });

  it("R5/R7/R8: each invitee is validated and reported on its own; duplicates within one request are duplicates", async () => {
    const server = backend();
    const { results } = await invite(
      server.as("boss"),
      A,
      invitee("ok@example.com"),
      invitee("not-an-email"),
      invitee("OK@example.com "),
      invitee("gone@rosterkit.test"),
      invitee("sole@rosterkit.test"),
      invitee("x@example.com", { groups: ["g-b1"] }),
    );
    expect(results.map((result) => (result.ok ? "ok" : result.error.code))).toEqual([
      "ok",
      "validation",
      "duplicate",
      "archived_in_instance",
      "duplicate",
      "validation",
    ]);
    expect(results[1]).toMatchObject({ ok: false, error: { fieldErrors: { email: expect.any(String) } } });
    expect(results[5]).toMatchObject({ ok: false, error: { fieldErrors: { groups: expect.stringContaining("g-b1") } } });
    expect(server.outbox()).toHaveLength(1);
  });

  it("R7: an archived membership is a duplicate that offers unarchive", async () => {
    const server = backend();
    await changeStatus(server.as("sole"), ws(A), "ann", "archive");
    const { results } = await invite(server.as("sole"), A, invitee("ann@rosterkit.test"));
    expect(results[0]).toMatchObject({ ok: false, error: { code: "duplicate", existing: { userId: "ann", status: "archived", offer: "unarchive" } } });
  });

  it("R1: a non-admin's invite is refused as a whole", async () => {
    const server = backend();
    const error = await rejection(invite(server.as("ann"), A, invitee("a@example.com")));
    expect(error).toMatchObject({ code: "forbidden", rule: "R1" });
    expect(server.outbox()).toHaveLength(0);
  });

  it("accepting an invitation activates the membership, the account and the instance status", async () => {
    const server = backend();
    const { results } = await invite(server.as("sole"), A, invitee("joiner@example.com"));
    const url = results[0]?.ok ? results[0].invitationUrl : null;
    const accepted = await server.acceptInvitation(url ?? "");
    expect(accepted).toMatchObject({ status: "active", hasAccount: true, instanceStatus: "active" });
    expect(accepted.lastActiveAt).not.toBeNull();
    expect(await server.invitationFor(url ?? "")).toBeNull();
  });
});

describe("memory backend: status changes", () => {
  it("R11: workspace archive touches that membership only", async () => {
    const server = backend();
    await changeStatus(server.as("boss"), ws(A), "ann", "archive");
    const snapshot = server.snapshot();
    const statuses = snapshot.memberships.filter((m) => m.userId === "ann").map((m) => [m.workspaceId, m.status]);
    expect(statuses).toEqual([
      [A, "archived"],
      [B, "active"],
    ]);
    expect(snapshot.users.find((user) => user.id === "ann")?.instanceStatus).toBe("active");
  });

  it("R12: instance archive archives the user and every membership, and revokes every link", async () => {
    const server = backend();
    const boss = server.as("boss");
    await invite(boss, B, invitee("inv@rosterkit.test"));
    const links = server.outbox().map((email) => email.url);
    const linkA = (await boss.getInvitationLink({ workspaceId: A, memberId: "inv", signal })).url;
    const { member: archived } = await changeStatus(boss, INSTANCE, "inv", "archive");
    expect(archived).toMatchObject({ status: "archived", instanceStatus: "archived", scope: INSTANCE });
    expect(archived.memberships.every((m) => m.status === "archived")).toBe(true);
    for (const url of [...links, linkA]) expect(await server.invitationFor(url)).toBeNull();
  });

  it("R12/R15: instance archive of the last admin of two workspaces is refused naming both, and changes nothing", async () => {
    const server = backend();
    const before = server.snapshot();
    const error = await rejection(changeStatus(server.as("boss"), INSTANCE, "sole", "archive"));
    expect(error).toMatchObject({ code: "last_admin", workspaces: [A, B], rule: "R15" });
    expect(error.message).toContain("Alpha, Beta");
    expect(server.snapshot()).toEqual(before);
  });

  it("R13: instance unarchive makes the user invited; memberships stay archived", async () => {
    const server = backend();
    const { member: unarchived } = await changeStatus(server.as("boss"), INSTANCE, "gone", "unarchive");
    expect(unarchived.status).toBe("invited");
    expect(unarchived.memberships.map((m) => m.status)).toEqual(["archived", "archived"]);
    expect(server.outbox()).toHaveLength(0);
  });

  it.each([
    ["self-hosted", "invited"],
    ["cloud", "invited"], // gone has an account
  ] as const)("R14: workspace unarchive of an instance-archived user (%s) re-invites and unarchives at instance level", async (deployment, status) => {
    const server = backend({ deployment });
    const { member: back } = await changeStatus(server.as("boss"), ws(B), "gone", "unarchive");
    expect(back).toMatchObject({ status, instanceStatus: "invited" });
    expect(back.memberships.find((m) => m.workspaceId === A)?.status).toBe("archived");
    expect(server.outbox()).toMatchObject([{ userId: "gone", workspaceId: B }]);
    expect(await server.invitationFor(server.outbox()[0]?.url ?? "")).toEqual({ userId: "gone", workspaceId: B });
  });

  it("R2/R14: a workspace admin cannot lift an instance archive by unarchiving in a workspace; nothing changes", async () => {
    const server = backend();
    const before = server.snapshot();
    const error = await rejection(changeStatus(server.as("sole"), ws(B), "gone", "unarchive"));
    expect(error).toMatchObject({ code: "forbidden", rule: "R2" });
    expect(server.snapshot()).toEqual(before);
    expect(server.outbox()).toHaveLength(0);
  });

  it("R14: workspace unarchive of someone without an account is requested in cloud", async () => {
    const server = backend({ deployment: "cloud" });
    await changeStatus(server.as("sole"), ws(A), "inv", "archive");
    const { member: back } = await changeStatus(server.as("sole"), ws(A), "inv", "unarchive");
    expect(back.status).toBe("requested");
  });

  it("R17/R18: deactivate then reactivate keeps role and groups", async () => {
    const server = backend({ lifecycle: "deactivate" });
    const admin = server.as("sole");
    const { member: off } = await changeStatus(admin, ws(A), "ann", "deactivate");
    expect(off.status).toBe("inactive");
    expect(server.actorFor("ann").roles).toEqual({ [B]: "end-user" });
    const { member: on } = await changeStatus(admin, ws(A), "ann", "reactivate");
    expect(on).toMatchObject({ status: "active", role: "builder", groups: ["g-a1"] });
  });

  it("R19: nothing is ever deleted, and the snapshot is deep-frozen", async () => {
    const server = backend();
    const boss = server.as("boss");
    const before = server.snapshot();
    await changeStatus(boss, ws(A), "ann", "archive");
    await changeStatus(boss, ws(A), "inv", "archive");
    await changeStatus(boss, INSTANCE, "ann", "archive");
    await invite(boss, B, invitee("new@example.com"));
    const after = server.snapshot();
    expect(after.users.map((user) => user.id)).toEqual([...before.users.map((user) => user.id), expect.any(String)]);
    for (const m of before.memberships) expect(after.memberships.some((n) => n.userId === m.userId && n.workspaceId === m.workspaceId)).toBe(true);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.memberships)).toBe(true);
    expect(Object.isFrozen(after.memberships[0])).toBe(true);
    expect(Object.isFrozen(after.memberships[0]?.groups)).toBe(true);
    expect(Object.isFrozen(after.users[0])).toBe(true);
  });
});

describe("memory backend: versions (R22)", () => {
  it("R22: a stale expectedVersion is a conflict carrying the member as now, and nothing changes", async () => {
    const server = backend();
    const admin = server.as("sole");
    const stale = await member(admin, ws(A), "ann");
    await admin.updateMember({ workspaceId: A, memberId: "ann", groups: ["g-a2"], expectedVersion: stale.version, idempotencyKey: key(), signal });
    const error = await rejection(
      admin.changeStatus({ scope: ws(A), memberId: "ann", action: "archive", expectedVersion: stale.version, idempotencyKey: key(), signal }),
    );
    expect(error.code).toBe("conflict");
    expect(error.current).toMatchObject({ id: "ann", status: "active", groups: ["g-a2"], version: stale.version + 1 });
    expect((await member(admin, ws(A), "ann")).status).toBe("active");
  });

  it("R22: a groups change bumps only that row; a status change bumps every row of the user", async () => {
    const server = backend();
    const boss = server.as("boss");
    const versions = async () => [
      (await member(boss, ws(A), "ann")).version,
      (await member(boss, ws(B), "ann")).version,
      (await member(boss, INSTANCE, "ann")).version,
    ];
    const start = await versions();
    await boss.updateMember({ workspaceId: A, memberId: "ann", groups: [], expectedVersion: start[0] ?? 0, idempotencyKey: key(), signal });
    const afterGroups = await versions();
    expect(afterGroups).toEqual([(start[0] ?? 0) + 1, start[1], start[2]]);
    await changeStatus(boss, ws(A), "ann", "archive");
    const afterArchive = await versions();
    afterArchive.forEach((version, i) => expect(version).toBe((afterGroups[i] ?? 0) + 1));
  });

  it("R22: an update that changes nothing keeps the version", async () => {
    const server = backend();
    const admin = server.as("sole");
    const before = await member(admin, ws(A), "ann");
    const same = await admin.updateMember({ workspaceId: A, memberId: "ann", role: "builder", groups: ["g-a1"], expectedVersion: before.version, idempotencyKey: key(), signal });
    expect(same.version).toBe(before.version);
  });

  it("R15: demoting the last admin is refused; unknown groups are a validation error naming them", async () => {
    const server = backend();
    const boss = server.as("boss");
    const sole = await member(boss, ws(A), "sole");
    const demote = await rejection(boss.updateMember({ workspaceId: A, memberId: "sole", role: "builder", expectedVersion: sole.version, idempotencyKey: key(), signal }));
    expect(demote).toMatchObject({ code: "last_admin", workspaces: [A] });
    const ann = await member(boss, ws(A), "ann");
    const groups = await rejection(boss.updateMember({ workspaceId: A, memberId: "ann", groups: ["g-b1"], expectedVersion: ann.version, idempotencyKey: key(), signal }));
    expect(groups).toMatchObject({ code: "validation", fieldErrors: { groups: expect.stringContaining('"g-b1"') } });
  });
});

/** A backend whose clock stands still until the test moves it. */
function backendAt(start: number, extra: Partial<MemoryBackendOptions> = {}): { server: MemoryBackend; advance: (ms: number) => void } {
  let now = start;
  const server = createMemoryBackend({ dataset: dataset(), clock: () => new Date(now), ...extra });
  return { server, advance: (ms) => (now += ms) };
}

const HOUR = 60 * 60 * 1000;

describe("memory backend: idempotency (R26) and aborts", () => {
  it("R26: the same key with the same request returns the first result and does not invite or email twice", async () => {
    const server = backend();
    const admin = server.as("sole");
    const params = { workspaceId: A, invitees: [invitee("once@example.com")], idempotencyKey: "same", signal };
    const first = await admin.inviteMembers(params);
    const second = await server.as("sole").inviteMembers(params);
    expect(second).toBe(first);
    expect(server.outbox()).toHaveLength(1);
    expect(server.snapshot().users.filter((user) => user.email === "once@example.com")).toHaveLength(1);
  });

  it("R26: the same key with the same request rethrows the first error without acting, even once the action would succeed", async () => {
    const server = backend();
    const boss = server.as("boss");
    const sole = await member(boss, ws(A), "sole");
    const params = { scope: ws(A), memberId: "sole", action: "archive" as const, expectedVersion: sole.version, idempotencyKey: "retry", signal };
    const first = await rejection(boss.changeStatus(params));
    expect(first.code).toBe("last_admin");
    // Another admin now exists, so a new request would succeed; the replay still answers the first outcome.
    const ann = await member(boss, ws(A), "ann");
    await boss.updateMember({ workspaceId: A, memberId: "ann", role: "admin", expectedVersion: ann.version, idempotencyKey: key(), signal });
    // The replay is the stored answer: an equal error, not a new decision.
    expect(await rejection(boss.changeStatus(params))).toEqual(first);
    expect((await member(boss, ws(A), "sole")).status).toBe("active");
  });

  it("R26: archiving one member with the key of another member's archive is idempotency_mismatch, and the second member stays as they were", async () => {
    const server = backend();
    const sole = server.as("sole");
    const ann = await member(sole, ws(A), "ann");
    const inv = await member(sole, ws(A), "inv");
    const archived = await sole.changeStatus({ scope: ws(A), memberId: "ann", action: "archive", expectedVersion: ann.version, idempotencyKey: "e1-key", signal });
    expect(archived.member.status).toBe("archived");
    const mismatch = await rejection(sole.changeStatus({ scope: ws(A), memberId: "inv", action: "archive", expectedVersion: inv.version, idempotencyKey: "e1-key", signal }));
    expect(mismatch).toMatchObject({ code: "idempotency_mismatch", rule: "R26", retryable: false });
    expect(mismatch.message).not.toMatch(/e1-key|inv|ann/);
    expect(await member(sole, ws(A), "inv")).toEqual(inv);
    expect((await member(sole, ws(A), "ann")).status).toBe("archived");
  });

  it("R26: two new invitees under a used key are refused as idempotency_mismatch; neither is created and nothing is emailed", async () => {
    const server = backend();
    const sole = server.as("sole");
    await sole.inviteMembers({ workspaceId: A, invitees: [invitee("first@example.com")], idempotencyKey: "used", signal });
    const mismatch = await rejection(
      sole.inviteMembers({ workspaceId: A, invitees: [invitee("second@example.com"), invitee("third@example.com")], idempotencyKey: "used", signal }),
    );
    expect(mismatch.code).toBe("idempotency_mismatch");
    const emails = server.snapshot().users.map((user) => user.email);
    expect(emails).toContain("first@example.com");
    expect(emails).not.toContain("second@example.com");
    expect(emails).not.toContain("third@example.com");
    expect(server.outbox().map((email) => email.to)).toEqual(["first@example.com"]);
  });

  it("R26: keys are per acting user; one user's key for a write of another kind, scope or target is a mismatch", async () => {
    const server = backend();
    const boss = server.as("boss");
    const sole = server.as("sole");
    await boss.inviteMembers({ workspaceId: A, invitees: [invitee("p@example.com")], idempotencyKey: "k", signal });
    await sole.inviteMembers({ workspaceId: A, invitees: [invitee("q@example.com")], idempotencyKey: "k", signal });
    expect((await rejection(boss.resendInvitation({ workspaceId: A, memberId: "inv", idempotencyKey: "k", signal }))).code).toBe("idempotency_mismatch");
    expect((await rejection(boss.inviteMembers({ workspaceId: B, invitees: [invitee("p@example.com")], idempotencyKey: "k", signal }))).code).toBe("idempotency_mismatch");
    expect(server.outbox().map((email) => email.to)).toEqual(["p@example.com", "q@example.com"]);
  });

  it("R26: the fingerprint ignores the order of fields, and covers the expected version", async () => {
    const server = backend();
    const sole = server.as("sole");
    const first = await sole.inviteMembers({ workspaceId: A, invitees: [invitee("o@example.com", { metadata: { a: 1, b: 2 } })], idempotencyKey: "order", signal });
    const reordered: InviteeInput = { metadata: { b: 2, a: 1 }, groups: [], role: "end-user", email: "o@example.com", name: "o" };
    expect(await sole.inviteMembers({ workspaceId: A, invitees: [reordered], idempotencyKey: "order", signal })).toBe(first);

    const ann = await member(sole, ws(A), "ann");
    const update = { workspaceId: A, memberId: "ann", groups: ["g-a2"], expectedVersion: ann.version, idempotencyKey: "version", signal };
    await sole.updateMember(update);
    expect((await rejection(sole.updateMember({ ...update, expectedVersion: ann.version + 1 }))).code).toBe("idempotency_mismatch");
  });

  it("R26: same-key requests that arrive at once act once: the same request shares the first answer, a different one is refused", async () => {
    const server = backend();
    const sole = server.as("sole");
    const params = { workspaceId: A, invitees: [invitee("race@example.com")], idempotencyKey: "race", signal };
    const [one, two] = await Promise.all([sole.inviteMembers(params), server.as("sole").inviteMembers(params)]);
    expect(two).toBe(one);
    const other = { ...params, invitees: [invitee("other@example.com")] };
    const outcomes = await Promise.allSettled([sole.inviteMembers({ ...params, idempotencyKey: "race-2" }), sole.inviteMembers({ ...other, idempotencyKey: "race-2" })]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected"]);
    expect(outcomes[1]).toMatchObject({ reason: { code: "idempotency_mismatch" } });
    expect(server.outbox().map((email) => email.to)).toEqual(["race@example.com"]);
  });

  it("R26: a key is remembered for 24 hours by default, then forgotten: the same key acts anew", async () => {
    const { server, advance } = backendAt(Date.UTC(2026, 2, 1));
    const sole = server.as("sole");
    const params = { workspaceId: A, invitees: [invitee("day@example.com")], idempotencyKey: "daily", signal };
    const first = await sole.inviteMembers(params);
    advance(24 * HOUR - 1);
    expect(await sole.inviteMembers(params)).toBe(first);
    expect((await rejection(sole.inviteMembers({ ...params, invitees: [invitee("night@example.com")] }))).code).toBe("idempotency_mismatch");
    advance(1);
    // Forgotten: a different request under the old key is a new request.
    const next = await sole.inviteMembers({ ...params, invitees: [invitee("night@example.com")] });
    expect(next.results[0]).toMatchObject({ ok: true });
    expect(server.outbox().map((email) => email.to)).toEqual(["day@example.com", "night@example.com"]);
  });

  it("R26: the window is configurable; the same request after it acts again and meets the rules anew (R7)", async () => {
    const { server, advance } = backendAt(Date.UTC(2026, 2, 1), { idempotencyWindowMs: 1000 });
    const sole = server.as("sole");
    const params = { workspaceId: A, invitees: [invitee("again@example.com")], idempotencyKey: "short", signal };
    expect((await sole.inviteMembers(params)).results[0]).toMatchObject({ ok: true });
    advance(1000);
    expect((await sole.inviteMembers(params)).results[0]).toMatchObject({ ok: false, error: { code: "duplicate" } });
    expect(server.outbox()).toHaveLength(1);
  });

  it("R29: more invitees than the limit are refused as a whole before any is looked at, naming the limit", async () => {
    const server = backend();
    const many = Array.from({ length: 101 }, (_, i) => invitee(`bulk-${String(i)}@example.com`));
    const refused = await rejection(server.as("sole").inviteMembers({ workspaceId: A, invitees: many, idempotencyKey: key(), signal }));
    expect(refused).toMatchObject({ code: "limit_exceeded", rule: "R29", retryable: false, limit: { name: "inviteesPerRequest", max: 100, actual: 101 } });
    expect(refused.message).toBe("At most 100 people can be invited at once; this request has 101. Invite them in smaller groups.");
    expect(server.outbox()).toHaveLength(0);

    const small = backend({ limits: { inviteesPerRequest: 2 } });
    const three = [invitee("a@example.com"), invitee("b@example.com"), invitee("c@example.com")];
    expect((await rejection(small.as("sole").inviteMembers({ workspaceId: A, invitees: three, idempotencyKey: key(), signal }))).limit).toEqual({ name: "inviteesPerRequest", max: 2, actual: 3 });
    const two = await small.as("sole").inviteMembers({ workspaceId: A, invitees: three.slice(0, 2), idempotencyKey: key(), signal });
    expect(two.results.every((result) => result.ok)).toBe(true);
  });

  it("R29: a request past the body limit is refused naming it, and nothing is invited", async () => {
    const server = backend({ limits: { requestBodyBytes: 4096 } });
    const bulky = [invitee("big@example.com", { metadata: { note: "x".repeat(5000) } })];
    const refused = await rejection(server.as("sole").inviteMembers({ workspaceId: A, invitees: bulky, idempotencyKey: key(), signal }));
    expect(refused).toMatchObject({ code: "limit_exceeded", limit: { name: "requestBodyBytes", max: 4096 } });
    expect(refused.message).toBe("This request is larger than the limit of 4 KiB. Send fewer people or less metadata at once.");
    expect(server.snapshot().users.map((user) => user.email)).not.toContain("big@example.com");
    // 10 MB of metadata over the default limit of 1 MiB: refused the same way.
    const huge = [invitee("huge@example.com", { metadata: { note: "y".repeat(10_000_000) } })];
    expect((await rejection(backend().as("sole").inviteMembers({ workspaceId: A, invitees: huge, idempotencyKey: key(), signal }))).limit).toEqual({
      name: "requestBodyBytes",
      max: 1_048_576,
    });
  });

  it("R29: data nested past the depth limit, 10,000 levels deep or in a cycle, is refused naming the limit", async () => {
    const server = backend();
    let deep: unknown = "bottom";
    for (let level = 0; level < 10_000; level += 1) deep = { level: deep };
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    for (const metadata of [deep, cycle]) {
      const invitees = [invitee("deep@example.com", { metadata: metadata as InviteeInput["metadata"] })];
      const refused = await rejection(server.as("sole").inviteMembers({ workspaceId: A, invitees, idempotencyKey: key(), signal }));
      expect(refused).toMatchObject({ code: "limit_exceeded", limit: { name: "jsonDepth", max: 32 } });
      expect(refused.message).toBe("This request nests data more than 32 levels deep, which is the limit. Send flatter data.");
    }
    expect(server.outbox()).toHaveLength(0);
  });

  it("R26: a window that is not a positive number of milliseconds is refused when the backend starts", () => {
    expect(() => createMemoryBackend({ dataset: dataset(), idempotencyWindowMs: 0 })).toThrow(
      "Memory backend: `idempotencyWindowMs` must be a positive number of milliseconds, got 0.",
    );
  });

  const aborted = AbortSignal.abort();
  const calls: [string, (adapter: RosterAdapter) => Promise<unknown>][] = [
    ["listMembers", (a) => a.listMembers({ ...listParams(ws(A), "name", "asc", 10), signal: aborted })],
    ["getMember", (a) => a.getMember({ scope: ws(A), memberId: "ann", signal: aborted })],
    ["inviteMembers", (a) => a.inviteMembers({ workspaceId: A, invitees: [invitee("z@example.com")], idempotencyKey: "x", signal: aborted })],
    ["changeStatus", (a) => a.changeStatus({ scope: ws(A), memberId: "ann", action: "archive", expectedVersion: 1, idempotencyKey: "x", signal: aborted })],
    ["updateMember", (a) => a.updateMember({ workspaceId: A, memberId: "ann", role: "end-user", expectedVersion: 1, idempotencyKey: "x", signal: aborted })],
    ["resendInvitation", (a) => a.resendInvitation({ workspaceId: A, memberId: "inv", idempotencyKey: "x", signal: aborted })],
    ["getInvitationLink", (a) => a.getInvitationLink({ workspaceId: A, memberId: "inv", signal: aborted })],
    ["listWorkspaces", (a) => a.listWorkspaces({ signal: aborted })],
    ["listRoles", (a) => a.listRoles({ signal: aborted })],
    ["listGroups", (a) => a.listGroups({ workspaceId: A, signal: aborted })],
  ];
  it.each(calls)("%s rejects with an AbortError when the signal is already aborted, and does not act", async (_name, call) => {
    const server = backend();
    const error: unknown = await call(server.as("boss")).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ name: "AbortError" });
    expect(server.outbox()).toHaveLength(0);
    expect((await member(server.as("boss"), ws(A), "ann")).version).toBe(1);
  });
});

describe("memory backend: actors, workspaces, roles and groups", () => {
  it("R1/R2: actors are derived from active memberships; an instance-archived user has no rights", async () => {
    const server = backend();
    expect(server.actorFor("ann")).toEqual({ userId: "ann", name: "Ann Builder", superAdmin: false, roles: { [A]: "builder", [B]: "end-user" } });
    expect(server.actorFor("inv").roles).toEqual({});
    expect(server.actorFor("boss").superAdmin).toBe(true);
    await changeStatus(server.as("boss"), ws(A), "ann", "archive");
    expect(server.actorFor("ann").roles).toEqual({ [B]: "end-user" });
    expect(() => server.as("nobody")).toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("R15/R16: listWorkspaces has exact counts; others see only workspaces where they are active", async () => {
    const server = backend();
    expect(await server.as("boss").listWorkspaces({ signal })).toEqual([
      { id: A, name: "Alpha", activeAdmins: 1, billableSeats: 3, totalMembers: 4 },
      { id: B, name: "Beta", activeAdmins: 1, billableSeats: 2, totalMembers: 3 },
    ]);
    await changeStatus(server.as("boss"), ws(B), "ann", "archive");
    expect((await server.as("ann").listWorkspaces({ signal })).map((w) => w.id)).toEqual([A]);
    expect((await server.as("boss").listWorkspaces({ signal }))[1]).toMatchObject({ billableSeats: 1, totalMembers: 3 });
    expect(await server.as("inv").listWorkspaces({ signal })).toEqual([]);
  });

  it("lists the configured roles and each workspace's groups", async () => {
    const server = backend({ roles: [{ id: "admin", label: "Admin" }, { id: "viewer", label: "Viewer" }] });
    expect((await server.as("sole").listRoles({ signal })).map((role) => role.id)).toEqual(["admin", "viewer"]);
    expect((await server.as("sole").listGroups({ workspaceId: B, signal })).map((group) => group.id)).toEqual(["g-b1"]);
    expect(await rejection(server.as("inv").listGroups({ workspaceId: A, signal }))).toMatchObject({ code: "forbidden" });
  });

  it("createMemoryAdapter returns an adapter for one actor with its backend", async () => {
    const adapter = createMemoryAdapter({ dataset: dataset(), actorId: "sole" });
    await invite(adapter, A, invitee("via@example.com"));
    expect(adapter.backend.outbox()).toHaveLength(1);
    expect(adapter.capabilities).toMatchObject({ pagination: "offset", maxPageSize: MAX_PAGE_SIZE, search: true });
    expect(createMemoryAdapter({ dataset: dataset(), actorId: "sole", pagination: "cursor" }).capabilities.pagination).toBe("cursor");
  });

  it("refuses an incoherent dataset with a message naming the problem", () => {
    const bad = dataset();
    expect(() => createMemoryBackend({ dataset: { ...bad, memberships: [...bad.memberships, bad.memberships[0] as Membership] } })).toThrow(/two memberships/);
    expect(() => createMemoryBackend({ dataset: bad, config: { lifecycle: "deactivate" } })).toThrow(/not a status of the deactivate lifecycle/);
  });
});

// ---- Lists: a reference implementation over the snapshot, compared with the indexed answers ----------

function listParams(scope: Scope, field: MemberSortField, direction: "asc" | "desc", limit: number, extra: Partial<ListMembersParams> = {}): ListMembersParams {
  return { scope, search: "", statuses: [], roles: [], sort: { field, direction }, page: { kind: "offset", offset: 0, limit }, signal, ...extra };
}

type Row = { id: string; name: string; email: string; status: MemberStatus; role: string | null; invitedAt: string; lastActiveAt: string | null };

function referenceRows(snapshot: RosterDataset, scope: Scope): Row[] {
  const users = new Map(snapshot.users.map((user) => [user.id, user]));
  if (scope.kind === "workspace") {
    return snapshot.memberships
      .filter((m) => m.workspaceId === scope.workspaceId)
      .map((m) => {
        const user = users.get(m.userId) as User;
        return { id: user.id, name: user.name, email: user.email, status: m.status, role: m.role, invitedAt: m.invitedAt, lastActiveAt: m.lastActiveAt };
      });
  }
  return snapshot.users.map((user) => {
    const own = snapshot.memberships.filter((m) => m.userId === user.id);
    const max = (values: (string | null)[]) => values.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
    return { id: user.id, name: user.name, email: user.email, status: user.instanceStatus, role: null, invitedAt: max(own.map((m) => m.invitedAt)) ?? "", lastActiveAt: max(own.map((m) => m.lastActiveAt)) };
  });
}

/** The documented order: text case-insensitive, status in display order, role in config order, null last ascending, id ascending on ties. */
function referenceSort(rows: Row[], field: MemberSortField, direction: "asc" | "desc", roleOrder: readonly string[]): Row[] {
  const key = (row: Row): string | number | null => {
    switch (field) {
      case "name":
        return row.name.toLowerCase();
      case "email":
        return row.email;
      case "status":
        return MEMBER_STATUSES.indexOf(row.status);
      case "role":
        return row.role === null ? null : roleOrder.indexOf(row.role);
      default:
        return row[field];
    }
  };
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    let order = 0;
    if (ka !== kb) order = ka === null ? 1 : kb === null ? -1 : ka < kb ? -1 : 1;
    return order * sign || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

function referenceFilter(rows: Row[], params: ListMembersParams): Row[] {
  const search = params.search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (params.statuses.length === 0 || params.statuses.includes(row.status)) &&
      (params.scope.kind === "instance" || params.roles.length === 0 || (row.role !== null && params.roles.includes(row.role))) &&
      (search === "" || row.name.toLowerCase().includes(search) || row.email.includes(search)),
  );
}

async function everyPageByCursor(adapter: RosterAdapter, params: ListMembersParams, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const page = await adapter.listMembers({ ...params, page: { kind: "cursor", cursor, limit } });
    ids.push(...page.members.map((m) => m.id));
    cursor = page.nextCursor;
    if (cursor === null) return ids;
  }
  throw new Error("cursor paging did not end");
}

const ROLE_ORDER = ["admin", "builder", "end-user"];
const ORDERS = MEMBER_SORT_FIELDS.flatMap((field) => (["asc", "desc"] as const).map((direction) => [field, direction] as const));

describe("memory backend: lists over sorted indexes (R25)", () => {
  const seeded = createMemoryBackend({ dataset: generateSeed({ members: 600, workspaces: 3, seed: 11 }) });
  const boss = seeded.as(SEED_USERS.superAdmin);

  it.each(ORDERS)("R25: sorts by %s %s in both scopes, by offset and by cursor, like the reference", async (field, direction) => {
    for (const scope of [ws("ws-1"), INSTANCE]) {
      const expected = referenceSort(referenceRows(seeded.snapshot(), scope), field, direction, ROLE_ORDER).map((row) => row.id);
      const params = listParams(scope, field, direction, 37);
      const offsetIds: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 37) {
        const page = await boss.listMembers({ ...params, page: { kind: "offset", offset, limit: 37 } });
        expect(page.total).toBe(expected.length);
        offsetIds.push(...page.members.map((m) => m.id));
      }
      expect(offsetIds).toEqual(expected);
      expect(await everyPageByCursor(boss, params, 37)).toEqual(expected);
    }
  });

  const filters: [string, Partial<ListMembersParams>][] = [
    ["search on name, any case", { search: "ADA" }],
    ["search on email domain", { search: "acme.test" }],
    ["status filter", { statuses: ["invited", "requested"] }],
    ["role filter", { roles: ["admin"] }],
    ["everything at once", { search: "a", statuses: ["active"], roles: ["builder", "end-user"] }],
    ["nothing matches", { search: "zzzz-nobody" }],
  ];
  it.each(filters)("R25: filters (%s) walk the index and count the total", async (_title, filter) => {
    for (const scope of [ws("ws-2"), INSTANCE]) {
      const params = listParams(scope, "lastActiveAt", "desc", 25, filter);
      const expected = referenceSort(referenceFilter(referenceRows(seeded.snapshot(), scope), params), "lastActiveAt", "desc", ROLE_ORDER).map((row) => row.id);
      const page = await boss.listMembers({ ...params, page: { kind: "offset", offset: 5, limit: 25 } });
      expect(page.total).toBe(expected.length);
      expect(page.members.map((m) => m.id)).toEqual(expected.slice(5, 30));
      expect(await everyPageByCursor(boss, params, 25)).toEqual(expected);
    }
  });

  it("R25: indexes follow every write (status, role, new members, instance archive)", async () => {
    const server = createMemoryBackend({ dataset: generateSeed({ members: 300, workspaces: 2, seed: 3 }) });
    const admin = server.as(SEED_USERS.superAdmin);
    const orders = [["status", "asc"], ["role", "desc"], ["name", "asc"], ["invitedAt", "desc"], ["lastActiveAt", "asc"]] as const;
    const check = async () => {
      for (const [field, direction] of orders) {
        for (const scope of [ws("ws-1"), INSTANCE]) {
          const expected = referenceSort(referenceRows(server.snapshot(), scope), field, direction, ROLE_ORDER).map((row) => row.id);
          const page = await admin.listMembers(listParams(scope, field, direction, MAX_PAGE_SIZE));
          expect(page.members.map((m) => m.id)).toEqual(expected.slice(0, MAX_PAGE_SIZE));
        }
      }
    };
    await check(); // builds the indexes
    await changeStatus(admin, ws("ws-1"), SEED_USERS.builder, "archive");
    const endUser = await member(admin, ws("ws-1"), SEED_USERS.endUser);
    await admin.updateMember({ workspaceId: "ws-1", memberId: SEED_USERS.endUser, role: "admin", expectedVersion: endUser.version, idempotencyKey: key(), signal });
    await invite(admin, "ws-1", invitee("aaron.aardvark@example.com", { name: "Aaron Aardvark" }), invitee("zed@example.com", { name: "Zed Zulu" }));
    await changeStatus(admin, INSTANCE, SEED_USERS.admin, "archive");
    await admin.resendInvitation({ workspaceId: "ws-1", memberId: SEED_USERS.invited, idempotencyKey: key(), signal });
    await check();
  });

  it.each([
    [{ kind: "offset", offset: 0, limit: MAX_PAGE_SIZE + 1 }, "limit"],
    [{ kind: "offset", offset: 0, limit: 0 }, "limit"],
    [{ kind: "offset", offset: -1, limit: 10 }, "offset"],
    [{ kind: "cursor", cursor: "not a cursor", limit: 10 }, "cursor"],
  ] as const)("R25: refuses a bad page %o with a validation error on %s", async (page, field) => {
    const error = await rejection(boss.listMembers({ ...listParams(ws("ws-1"), "name", "asc", 10), page }));
    expect(error.code).toBe("validation");
    expect(error.fieldErrors[field]).toBeDefined();
  });

  it("R25: a cursor of another sort order is refused", async () => {
    const first = await boss.listMembers({ ...listParams(ws("ws-1"), "name", "asc", 10), page: { kind: "cursor", cursor: null, limit: 10 } });
    const error = await rejection(
      boss.listMembers({ ...listParams(ws("ws-1"), "email", "asc", 10), page: { kind: "cursor", cursor: first.nextCursor, limit: 10 } }),
    );
    expect(error.fieldErrors["cursor"]).toBeDefined();
  });

  it("R1/R2: listing requires membership of the workspace, and super admin for the instance", async () => {
    const server = backend();
    expect(await rejection(server.as("sole").listMembers(listParams(INSTANCE, "name", "asc", 10)))).toMatchObject({ code: "forbidden", rule: "R2" });
    expect(await rejection(server.as("inv").listMembers(listParams(ws(A), "name", "asc", 10)))).toMatchObject({ code: "forbidden", rule: "R1" });
    const page = await server.as("ann").listMembers(listParams(ws(B), "name", "asc", 10));
    expect(page.members.map((m) => m.id)).toEqual(["ann", "gone", "sole"]);
    expect(page.members[0]?.memberships).toEqual([
      { workspaceId: A, status: "active", role: "builder" },
      { workspaceId: B, status: "active", role: "end-user" },
    ]);
  });

  it("R25: answers pages of 100,000 members correctly from the indexes", async () => {
    const big = createMemoryBackend({ dataset: generateSeed({ members: 100_000, workspaces: 1, seed: 2 }) });
    const admin = big.as(SEED_USERS.superAdmin);
    const rows = referenceRows(big.snapshot(), ws("ws-1"));
    expect(rows).toHaveLength(100_000);

    const byName = referenceSort(rows, "name", "asc", ROLE_ORDER).map((row) => row.id);
    const middle = await admin.listMembers({ ...listParams(ws("ws-1"), "name", "asc", 50), page: { kind: "offset", offset: 50_000, limit: 50 } });
    expect(middle.total).toBe(100_000);
    expect(middle.members.map((m) => m.id)).toEqual(byName.slice(50_000, 50_050));

    const params = listParams(ws("ws-1"), "invitedAt", "desc", 100, { statuses: ["active"], search: "son" });
    const filtered = referenceSort(referenceFilter(rows, params), "invitedAt", "desc", ROLE_ORDER).map((row) => row.id);
    let cursor: string | null = null;
    const pages: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const page = await admin.listMembers({ ...params, page: { kind: "cursor", cursor, limit: 100 } });
      expect(page.total).toBe(filtered.length);
      pages.push(...page.members.map((m) => m.id));
      cursor = page.nextCursor;
    }
    expect(pages).toEqual(filtered.slice(0, 300));

    // A write moves one member; the next page answer reflects it without a full rebuild.
    const first = await member(admin, ws("ws-1"), byName[0] ?? "");
    if (first.status === "active" && first.id !== SEED_USERS.superAdmin) {
      await admin.changeStatus({ scope: ws("ws-1"), memberId: first.id, action: "archive", expectedVersion: first.version, idempotencyKey: key(), signal });
      const archivedFirst = await admin.listMembers(listParams(ws("ws-1"), "name", "asc", 1, { statuses: ["archived"] }));
      expect(archivedFirst.members[0]?.id).toBe(first.id);
    }
  });
});

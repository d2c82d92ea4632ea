import { describe, expect, it } from "vitest";
import { SEED_FIRST_WORKSPACE, SEED_USERS, createMemoryBackend, generateSeed } from "../src/adapters";
import { mulberry32 } from "../src/adapters/memory/seed";
import type { Lifecycle, MemberStatus, RosterDataset } from "../src/core";
import { DEFAULT_ROLES, normalizeEmail } from "../src/core";

const LIFECYCLE_STATUSES: Record<Lifecycle, readonly MemberStatus[]> = {
  archive: ["requested", "invited", "active", "archived"],
  deactivate: ["invited", "active", "inactive"],
};

function membershipsOf(dataset: RosterDataset, userId: string) {
  return dataset.memberships.filter((membership) => membership.userId === userId);
}

describe("mulberry32", () => {
  it("is deterministic per seed", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe("generateSeed", () => {
  it("is deterministic: the same options give an equal dataset, another seed another one", () => {
    expect(generateSeed({ members: 300, seed: 5 })).toEqual(generateSeed({ members: 300, seed: 5 }));
    expect(generateSeed({ members: 300, seed: 5 })).not.toEqual(generateSeed({ members: 300, seed: 6 }));
  });

  it("creates the requested number of users, workspaces and groups with documented ids", () => {
    const dataset = generateSeed({ members: 120, workspaces: 4, groupsPerWorkspace: 2 });
    expect(dataset.users).toHaveLength(120);
    expect(dataset.users.map((user) => user.id).slice(0, 3)).toEqual(["u-1", "u-2", "u-3"]);
    expect(dataset.workspaces.map((workspace) => workspace.id)).toEqual(["ws-1", "ws-2", "ws-3", "ws-4"]);
    expect(dataset.groups.filter((group) => group.workspaceId === "ws-2").map((group) => group.id)).toEqual(["g-2-1", "g-2-2"]);
  });

  it("gives every user a unique, normalised email and a two-word name", () => {
    const dataset = generateSeed({ members: 20_000 });
    const emails = dataset.users.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((email) => email === normalizeEmail(email) && /^[a-z.]+\d*@[a-z.]+$/.test(email))).toBe(true);
    expect(dataset.users.every((user) => user.name.split(" ").length >= 2)).toBe(true);
  });

  it.each(["archive", "deactivate"] as const)("covers every status of the %s lifecycle and every built-in role", (lifecycle) => {
    const dataset = generateSeed({ members: 8, workspaces: 2, lifecycle });
    const statuses = new Set(dataset.memberships.map((membership) => membership.status));
    expect([...statuses].sort()).toEqual([...LIFECYCLE_STATUSES[lifecycle]].sort());
    const roles = new Set(dataset.memberships.map((membership) => membership.role));
    expect([...roles].sort()).toEqual(DEFAULT_ROLES.map((role) => role.id).sort());
  });

  it.each(["archive", "deactivate"] as const)("uses only statuses of the %s lifecycle at scale", (lifecycle) => {
    const dataset = generateSeed({ members: 5_000, workspaces: 5, lifecycle });
    const allowed = new Set(LIFECYCLE_STATUSES[lifecycle]);
    expect(dataset.memberships.every((membership) => allowed.has(membership.status))).toBe(true);
  });

  it("R15: every workspace has an active admin, and u-1 is a super admin and active admin of every workspace", () => {
    const dataset = generateSeed({ members: 40, workspaces: 6 });
    const superAdmin = dataset.users.find((user) => user.id === SEED_USERS.superAdmin);
    expect(superAdmin?.superAdmin).toBe(true);
    expect(dataset.users.filter((user) => user.superAdmin)).toHaveLength(1);
    for (const workspace of dataset.workspaces) {
      expect(
        dataset.memberships.some((m) => m.workspaceId === workspace.id && m.userId === "u-1" && m.status === "active" && m.role === "admin"),
      ).toBe(true);
    }
  });

  type FixedRow = [userId: string, lifecycle: Lifecycle, status: MemberStatus, role: string, hasAccount: boolean];
  const fixed: FixedRow[] = [
    [SEED_USERS.admin, "archive", "active", "admin", true],
    [SEED_USERS.builder, "archive", "active", "builder", true],
    [SEED_USERS.endUser, "archive", "active", "end-user", true],
    [SEED_USERS.invited, "archive", "invited", "end-user", false],
    [SEED_USERS.stopped, "archive", "archived", "builder", true],
    [SEED_USERS.stopped, "deactivate", "inactive", "builder", true],
    [SEED_USERS.pending, "archive", "requested", "end-user", false],
    [SEED_USERS.pending, "deactivate", "invited", "admin", false],
    [SEED_USERS.archivedOrStoppedAdmin, "deactivate", "inactive", "admin", true],
  ];
  it.each(fixed)("fixes %s in the %s lifecycle as %s %s in ws-1", (userId, lifecycle, status, role, hasAccount) => {
    const dataset = generateSeed({ members: 10, lifecycle });
    const membership = membershipsOf(dataset, userId).find((m) => m.workspaceId === SEED_FIRST_WORKSPACE);
    expect(membership).toMatchObject({ status, role });
    expect(dataset.users.find((user) => user.id === userId)?.hasAccount).toBe(hasAccount);
  });

  it("R12: u-8 is archived at instance level with every membership archived (archive lifecycle)", () => {
    const dataset = generateSeed({ members: 8, workspaces: 3 });
    expect(dataset.users.find((user) => user.id === SEED_USERS.archivedOrStoppedAdmin)?.instanceStatus).toBe("archived");
    const memberships = membershipsOf(dataset, SEED_USERS.archivedOrStoppedAdmin);
    expect(memberships.map((m) => m.workspaceId)).toEqual(["ws-1", "ws-2"]);
    expect(memberships.every((m) => m.status === "archived")).toBe(true);
  });

  it("R9: keeps accounts and statuses coherent (no account: only pending memberships; instance archived: all archived)", () => {
    const dataset = generateSeed({ members: 5_000, workspaces: 4 });
    const byUser = new Map<string, MemberStatus[]>();
    for (const m of dataset.memberships) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), m.status]);
    for (const user of dataset.users) {
      const statuses = byUser.get(user.id) ?? [];
      expect(statuses.length).toBeGreaterThan(0);
      if (!user.hasAccount) {
        expect(user.instanceStatus).toBe("invited");
        expect(statuses.every((status) => status === "invited" || status === "requested")).toBe(true);
      }
      if (statuses.includes("requested")) expect(user.hasAccount).toBe(false);
      if (user.instanceStatus === "archived") expect(statuses.every((status) => status === "archived")).toBe(true);
    }
  });

  it("gives pending memberships no last activity and groups of their own workspace only", () => {
    const dataset = generateSeed({ members: 2_000, workspaces: 3 });
    const groupWorkspace = new Map(dataset.groups.map((group) => [group.id, group.workspaceId]));
    for (const m of dataset.memberships) {
      const pending = m.status === "invited" || m.status === "requested";
      expect(m.lastActiveAt === null).toBe(pending);
      if (m.lastActiveAt !== null) expect(m.lastActiveAt >= m.invitedAt).toBe(true);
      expect(Number.isNaN(Date.parse(m.invitedAt))).toBe(false);
      for (const group of m.groups) expect(groupWorkspace.get(group)).toBe(m.workspaceId);
    }
  });

  it.each([
    [{ members: 0 }, /members/],
    [{ members: 2.5 }, /members/],
    [{ members: 5, workspaces: 0 }, /workspaces/],
    [{ members: 5, groupsPerWorkspace: -1 }, /groupsPerWorkspace/],
  ])("refuses invalid options %o", (options, message) => {
    expect(() => generateSeed(options)).toThrow(message);
  });

  it.each(["archive", "deactivate"] as const)("loads into the memory backend (%s lifecycle)", (lifecycle) => {
    const backend = createMemoryBackend({ dataset: generateSeed({ members: 500, lifecycle }), config: { lifecycle } });
    expect(backend.snapshot().users).toHaveLength(500);
  });

  it("generates 100,000 members", () => {
    const dataset = generateSeed({ members: 100_000, workspaces: 3 });
    expect(dataset.users).toHaveLength(100_000);
    expect(new Set(dataset.users.map((user) => user.email)).size).toBe(100_000);
    expect(dataset.memberships.length).toBeGreaterThanOrEqual(100_000);
  });
});

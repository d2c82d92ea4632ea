import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Member } from "../src/core";
import { createMemberMap, memberMapChanges } from "../src/core/member-map";

const base: Member = {
  id: "u-0",
  scope: { kind: "workspace", workspaceId: "ws-1" },
  name: "Member",
  email: "member@example.com",
  status: "active",
  instanceStatus: "active",
  role: "end-user",
  groups: [],
  superAdmin: false,
  hasAccount: true,
  invitedAt: "2026-01-05T10:00:00.000Z",
  lastActiveAt: null,
  version: 1,
  metadata: {},
  memberships: [],
};
const member = (id: string, version = 1): Member => ({ ...base, id, version });

/** `[id, before, after]` triples, sorted by id, that turn `before` into `after` (the model of `changes`). */
function modelChanges(before: ReadonlyMap<string, Member>, after: ReadonlyMap<string, Member>): (readonly [string, Member | undefined, Member | undefined])[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids]
    .filter((id) => before.get(id) !== after.get(id))
    .sort()
    .map((id) => [id, before.get(id), after.get(id)] as const);
}

describe("MemberMap", () => {
  it("reads like a ReadonlyMap", () => {
    const ada = member("u-ada");
    const bob = member("u-bob");
    const members = createMemberMap([ada, bob]);
    expect(members.size).toBe(2);
    expect(members.get("u-ada")).toBe(ada);
    expect(members.has("u-bob")).toBe(true);
    expect(members.get("u-cy")).toBeUndefined();
    expect(members.has("u-cy")).toBe(false);
    expect(new Map(members)).toEqual(new Map([["u-ada", ada], ["u-bob", bob]]));
    expect([...members.keys()].sort()).toEqual(["u-ada", "u-bob"]);
    expect([...members.values()]).toHaveLength(2);
    const seen: string[] = [];
    members.forEach((value, id, map) => {
      expect(map).toBe(members);
      expect(value.id).toBe(id);
      seen.push(id);
    });
    expect(seen.sort()).toEqual(["u-ada", "u-bob"]);
  });

  it("is immutable: with() returns a new map and leaves the old one as it was", () => {
    const bob = member("u-bob");
    const members = createMemberMap([bob]);
    const archived = { ...bob, status: "archived" as const };
    const next = members.with([archived]);
    expect(next).not.toBe(members);
    expect(next.get("u-bob")).toBe(archived);
    expect(members.get("u-bob")).toBe(bob);
    expect(next.size).toBe(1);
  });

  it("returns the same map when nothing changes, and lets choose() keep the previous reference", () => {
    const bob = member("u-bob");
    const members = createMemberMap([bob]);
    expect(members.with([bob])).toBe(members);
    expect(members.with([])).toBe(members);
    const keepEqual = (next: Member, previous: Member | undefined) => (previous && previous.version === next.version ? previous : next);
    expect(members.with([{ ...bob }], keepEqual)).toBe(members);
    expect(members.with([{ ...bob, version: 2 }], keepEqual).get("u-bob")?.version).toBe(2);
  });

  it("lists what changed between two maps, including members who joined or left", () => {
    const ada = member("u-ada");
    const bob = member("u-bob");
    const members = createMemberMap([ada, bob]);
    const renamed = { ...ada, name: "Ada L." };
    const cy = member("u-cy");
    const next = members.with([renamed, cy]);
    expect([...memberMapChanges(members, next)].sort(([a], [b]) => a.localeCompare(b))).toEqual([
      ["u-ada", ada, renamed],
      ["u-cy", undefined, cy],
    ]);
    expect([...memberMapChanges(next, createMemberMap([renamed]))].sort(([a], [b]) => a.localeCompare(b))).toEqual([
      ["u-bob", bob, undefined],
      ["u-cy", cy, undefined],
    ]);
    expect([...memberMapChanges(members, members)]).toEqual([]);
  });

  it("behaves as a Map copied on every write, for any sequence of writes (property)", () => {
    const write = fc.array(fc.record({ id: fc.integer({ min: 0, max: 600 }), version: fc.integer({ min: 1, max: 3 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 12 }), (writes) => {
        let map = createMemberMap();
        let model = new Map<string, Member>();
        const cache = new Map<string, Member>();
        // The same (id, version) is the same object, so rewriting it is "no change".
        const objectFor = (id: number, version: number): Member => {
          const key = `${id}:${version}`;
          const found = cache.get(key) ?? member(`u-${id}`, version);
          cache.set(key, found);
          return found;
        };
        for (const batch of writes) {
          const members = batch.map(({ id, version }) => objectFor(id, version));
          const before = map;
          const beforeModel = model;
          model = new Map(model);
          for (const value of members) model.set(value.id, value);
          map = map.with(members);
          expect(map.size).toBe(model.size);
          expect(new Map(map)).toEqual(model);
          const changed = modelChanges(beforeModel, model);
          expect([...memberMapChanges(before, map)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(changed);
          if (changed.length === 0) expect(map).toBe(before);
          for (const [id, value] of beforeModel) expect(before.get(id)).toBe(value);
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});

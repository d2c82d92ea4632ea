import { expect } from "vitest";
import type { MemberSort, MetadataFilter, RosterAdapter } from "../core/adapter.types";
import type { Member, Metadata } from "../core/domain.types";
import { metadataText } from "../core/member-match";
import { compareSorted, memberSortKey, metadataField, roleRanks } from "../core/member-order";
import type { ContractCase } from "./contract-cases";
import type { ContractContext } from "./contract-context";
import { expectInvited, expectRosterError, invitee, liveSignal, scopeOf } from "./contract-context";
import { CONTRACT_USERS as U, CONTRACT_WORKSPACES as W, contractEmail } from "./contract-fixture";
import { readCsvStream } from "./csv-records";

/**
 * The conformance cases of membership metadata in a workspace list (R25): a backend that declares
 * `capabilities.metadata.sort` sorts by any key over every page, in the order of the core's
 * `metadataSortKey` (numbers by value, then text, then members without the key; ties by id), and one that
 * declares `capabilities.metadata.filter` keeps members by a key's value, counted in the total. Neither is
 * ever done over one page (R25). The list of every user refuses both (metadata is a membership's). A
 * backend that declares neither skips these cases; the UI then offers neither.
 * @module
 */

/** People invited into `main` for these cases, with metadata of every kind: numbers, text, booleans, ties and gaps. */
const PEOPLE: readonly { readonly name: string; readonly metadata: Metadata }[] = [
  { name: "Mia Meta", metadata: { dept: "Sales", size: 10, start: "2024-03-01", remote: true } },
  { name: "Max Meta", metadata: { dept: "design", size: 9, start: "2023-01-15", remote: false } },
  { name: "Moe Meta", metadata: { dept: "Sales", size: 100, start: "2025-06-30" } },
  { name: "Meg Meta", metadata: { dept: "Ops", size: "n/a", remote: null } },
  { name: "Mel Meta", metadata: { size: 9, dept: "Zürich Ωmega" } },
];

/** Invites {@link PEOPLE} into `main` as its admin; returns their ids by name. */
async function invitePeople(ctx: ContractContext): Promise<ReadonlyMap<string, string>> {
  const result = await ctx.invite(
    U.admin,
    W.main,
    PEOPLE.map((person) => invitee({ name: person.name, email: contractEmail(person.name.split(" ")[0]?.toLowerCase() ?? "meta"), metadata: person.metadata })),
  );
  return new Map(result.results.map((outcome, index) => [PEOPLE[index]?.name ?? "", expectInvited(outcome).member.id]));
}

/** The adapter of the workspace admin, or a skip when it does not declare the metadata capability. */
function declaring(ctx: ContractContext, capability: "sort" | "filter"): RosterAdapter {
  const adapter = ctx.as(U.admin);
  if (adapter.capabilities.pagination === "none") ctx.skip("the adapter answers every member at once: the core sorts and filters metadata itself");
  if (adapter.capabilities.metadata?.[capability] !== true) ctx.skip(`the adapter does not declare capabilities.metadata.${capability}`);
  return adapter;
}

/** Every member of `main`, in the order the core gives a metadata sort (`member-order.ts`). */
async function expectedOrder(ctx: ContractContext, sort: MemberSort): Promise<string[]> {
  const { members } = await ctx.listAll(U.admin, { scope: scopeOf(W.main) });
  const ranks = roleRanks(ctx.config.roles);
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...members]
    .map((member) => ({ id: member.id, key: memberSortKey(member, sort.field, ranks) }))
    .sort((a, b) => compareSorted(a.key, a.id, b.key, b.id, sign))
    .map((entry) => entry.id);
}

/** The members of `main` whose metadata matches every filter, as the core reads a value (`metadataText`). */
function matching(members: readonly Member[], filters: readonly MetadataFilter[]): string[] {
  return members.filter((member) => filters.every(({ key, value }) => metadataText(member.metadata[key]) === value)).map((member) => member.id);
}

/** The cases of metadata sorting and filtering (R25), part of `CONTRACT_CASES`. */
export const METADATA_CASES: readonly ContractCase[] = [
  {
    title: "R25: sorts a workspace by a metadata key in both directions over every page: numbers by value, then text, then members without it, ties by id",
    async run(ctx) {
      declaring(ctx, "sort");
      const ids = await invitePeople(ctx);
      for (const key of ["size", "dept", "start", "remote"]) {
        for (const direction of ["asc", "desc"] as const) {
          const sort: MemberSort = { field: metadataField(key), direction };
          const expected = await expectedOrder(ctx, sort);
          const paged = await ctx.listAll(U.admin, { scope: scopeOf(W.main), sort }, 2);
          expect(paged.pages.length, `${key} ${direction}: read over several pages`).toBeGreaterThan(2);
          expect(paged.members.map((member) => member.id), `${key} ${direction}`).toEqual(expected);
        }
      }
      const bySize = (await ctx.listAll(U.admin, { scope: scopeOf(W.main), sort: { field: metadataField("size"), direction: "asc" } }, 3)).members.map((member) => member.id);
      const [max, mel] = [ids.get("Max Meta") ?? "", ids.get("Mel Meta") ?? ""].sort();
      expect(bySize.slice(0, 5)).toEqual([max, mel, ids.get("Mia Meta"), ids.get("Moe Meta"), ids.get("Meg Meta")]);
    },
  },
  {
    title: "R25: keeps the members whose metadata holds a value (text as it is, a number or boolean as JSON writes it) over every page, and counts them",
    async run(ctx) {
      declaring(ctx, "filter");
      const ids = await invitePeople(ctx);
      const { members } = await ctx.listAll(U.admin, { scope: scopeOf(W.main) });
      const cases: readonly (readonly [readonly MetadataFilter[], readonly string[]])[] = [
        [[{ key: "dept", value: "Sales" }], ["Mia Meta", "Moe Meta"]],
        [[{ key: "size", value: "9" }], ["Max Meta", "Mel Meta"]],
        [[{ key: "remote", value: "true" }], ["Mia Meta"]],
        [[{ key: "remote", value: "false" }], ["Max Meta"]],
        [[{ key: "dept", value: "Zürich Ωmega" }], ["Mel Meta"]],
        [[{ key: "dept", value: "Sales" }, { key: "size", value: "100" }], ["Moe Meta"]],
        [[{ key: "dept", value: "sales" }], []],
        [[{ key: "remote", value: "null" }], []],
      ];
      for (const [filters, names] of cases) {
        const label = JSON.stringify(filters);
        const expected = names.map((name) => ids.get(name) ?? name).sort();
        expect(matching(members, filters).sort(), `${label}: the core's reading`).toEqual(expected);
        const paged = await ctx.listAll(U.admin, { scope: scopeOf(W.main), metadata: filters }, 1);
        expect(paged.members.map((member) => member.id).sort(), label).toEqual(expected);
        const total = paged.pages[0]?.total;
        if (total !== null && total !== undefined) expect(total, `${label}: total`).toBe(expected.length);
      }
      const sorted = await ctx.listAll(U.admin, { scope: scopeOf(W.main), metadata: [{ key: "dept", value: "Sales" }], sort: { field: metadataField("size"), direction: "desc" } }, 1);
      if (ctx.as(U.admin).capabilities.metadata?.sort === true) expect(sorted.members.map((member) => member.id)).toEqual([ids.get("Moe Meta"), ids.get("Mia Meta")]);
    },
  },
  {
    title: "R25: the list of every user is not sorted or filtered by metadata (a membership's): refused, never ignored",
    async run(ctx) {
      declaring(ctx, "sort");
      const adapter = ctx.as(U.superAdmin);
      const base = { scope: scopeOf(null), search: "", statuses: [], roles: [], page: { kind: "offset", offset: 0, limit: 10 }, signal: liveSignal() } as const;
      await expectRosterError(adapter.listMembers({ ...base, sort: { field: metadataField("dept"), direction: "asc" } }), "validation");
      if (adapter.capabilities.metadata?.filter === true) {
        await expectRosterError(adapter.listMembers({ ...base, metadata: [{ key: "dept", value: "Sales" }], sort: { field: "name", direction: "asc" } }), "validation");
      }
    },
  },
  {
    title: "R25: an export of a view filtered and sorted by metadata holds its rows in its order, with metadata keys as columns",
    async run(ctx) {
      const adapter = declaring(ctx, "filter");
      if (adapter.capabilities.metadata?.sort !== true) ctx.skip("the adapter does not declare capabilities.metadata.sort");
      const { exportMembers } = adapter;
      if (!exportMembers) return ctx.skip("the adapter has no exportMembers()");
      await invitePeople(ctx);
      const query = { scope: scopeOf(W.main), search: "", statuses: [], roles: [], metadata: [{ key: "dept", value: "Sales" }], sort: { field: metadataField("size"), direction: "desc" } } as const;
      const file = await readCsvStream(await exportMembers.call(adapter, { ...query, columns: ["name", metadataField("size"), metadataField("start"), metadataField("missing")], signal: liveSignal() }));
      expect(file.records).toEqual([
        ["name", "metadata.size", "metadata.start", "metadata.missing"],
        ["Moe Meta", "100", "2025-06-30", ""],
        ["Mia Meta", "10", "2024-03-01", ""],
      ]);
    },
  },
];

import type {
  CustomGroup,
  InstanceStatus,
  Lifecycle,
  Membership,
  MemberStatus,
  Metadata,
  RoleId,
  RosterDataset,
  User,
  Workspace,
} from "../../core/domain.types";
import { LIFECYCLES } from "../../core/vocabulary";

/**
 * A deterministic generator of realistic rosters, from a handful of members for a demo up to 100,000
 * for scale tests. Same options, same dataset: a small seeded PRNG (mulberry32) drives every choice, and
 * times are laid out from a fixed epoch rather than the clock.
 * @module
 */

/** Options of {@link generateSeed}. */
export interface SeedOptions {
  /** How many users (people) to create; each has one or more memberships. At least 1. */
  readonly members: number;
  /**
   * How many workspaces (`ws-1` … `ws-N`).
   * @default 3
   */
  readonly workspaces?: number;
  /**
   * The PRNG seed: another number gives another, equally deterministic, roster.
   * @default 1
   */
  readonly seed?: number;
  /**
   * Which statuses to generate: `requested`/`invited`/`active`/`archived`, or `invited`/`active`/`inactive`.
   * @default "archive"
   */
  readonly lifecycle?: Lifecycle;
  /**
   * Custom groups per workspace, with ids `g-<workspace number>-<group number>` (e.g. `g-1-2`).
   * @default 3
   */
  readonly groupsPerWorkspace?: number;
}

/**
 * The users whose situation {@link generateSeed} fixes, so tests can rely on them. Each exists when
 * `members` is at least its number (`u-8` needs `members >= 8`); every other user is random.
 *
 * - `u-1` super admin, `active` admin of every workspace.
 * - `u-2` `active` admin of `ws-1` (a plain workspace admin, not a super admin).
 * - `u-3` `active` builder of `ws-1` (a non-admin actor, R1).
 * - `u-4` `active` end user of `ws-1`.
 * - `u-5` `invited` end user of `ws-1`, no account yet.
 * - `u-6` builder of `ws-1`, `archived` (archive lifecycle) or `inactive` (deactivate lifecycle).
 * - `u-7` archive lifecycle: `requested` end user of `ws-1`, no account. Deactivate lifecycle: `invited`
 *   admin of `ws-1`, no account (an admin who does not count for R15).
 * - `u-8` archive lifecycle: archived at instance level, every membership (`ws-1`, and `ws-2` when it
 *   exists) `archived`. Deactivate lifecycle: `inactive` admin of `ws-1`.
 */
export const SEED_USERS = {
  superAdmin: "u-1",
  admin: "u-2",
  builder: "u-3",
  endUser: "u-4",
  invited: "u-5",
  stopped: "u-6",
  pending: "u-7",
  archivedOrStoppedAdmin: "u-8",
} as const;

/** The first workspace of a generated roster, where the {@link SEED_USERS} live. */
export const SEED_FIRST_WORKSPACE = "ws-1";

/**
 * A seeded PRNG (mulberry32): returns a function giving floats in [0, 1).
 * @example
 * const next = mulberry32(42); next(); // 0.6011037519201636, every time
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger",
  "Hedy", "Tim", "Radia", "Vint", "Katherine", "John", "Annie", "Donald", "Karen", "Niklaus",
  "Sophie", "Guido", "Shafi", "Bjarne", "Lynn", "James", "Jean", "Brian", "Mary", "Yukihiro",
  "Leslie", "Anita", "Robin", "Elena", "Omar", "Priya", "Mateo", "Chen", "Amara", "Lucas",
  "Ingrid", "Kofi", "Aisha", "Tomas", "Yara", "Noah", "Mei", "Rafael", "Zainab", "Henrik",
  "Olga", "Diego", "Fatima", "Pierre", "Sakura", "Ivan", "Lena", "Kwame", "Nadia", "Hugo",
  "Ines", "Arjun", "Freya", "Tariq", "Camila", "Jonas", "Leila", "Marco", "Nina", "Oscar",
];

const LAST_NAMES = [
  "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra",
  "Lamarr", "Berners-Lee", "Perlman", "Cerf", "Johnson", "McCarthy", "Easley", "Knuth", "Sparck Jones", "Wirth",
  "Wilson", "van Rossum", "Goldwasser", "Stroustrup", "Conway", "Gosling", "Bartik", "Kernighan", "Keller", "Matsumoto",
  "Lamport", "Borg", "Milner", "Petrova", "Haddad", "Raman", "Silva", "Wei", "Okafor", "Moreau",
  "Lindqvist", "Mensah", "Rahman", "Novak", "Costa", "Schmidt", "Tanaka", "Garcia", "Nasser", "Berg",
  "Ivanova", "Fernandez", "Ali", "Dubois", "Sato", "Popov", "Fischer", "Owusu", "Karimi", "Laurent",
];

const EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "acme.test", "globex.test"];

const WORKSPACE_NAMES = ["Design", "Engineering", "Sales", "Support", "Marketing", "Research", "Finance", "Operations"];

const GROUP_NAMES = ["Core team", "Reviewers", "On call", "Contractors", "Leads", "Interns", "Partners", "Alumni"];

const DEPARTMENTS = ["Product", "Platform", "Growth", "Customer success", "Legal", "People"];

const DAY_SECONDS = 86_400;
/** Fixed epoch of generated times: 2024-01-01T00:00:00Z. */
const EPOCH = Date.UTC(2024, 0, 1);
/** Generated times fall within this many days from the epoch. */
const SPAN_DAYS = 730;

let dayPrefixes: readonly string[] | undefined;

/**
 * An ISO 8601 time `seconds` after the epoch. Formats from a table of day prefixes: `toISOString` on
 * 200,000 dates is a noticeable part of generating 100,000 members.
 */
function isoAt(seconds: number): string {
  dayPrefixes ??= Array.from({ length: SPAN_DAYS }, (_, day) => new Date(EPOCH + day * DAY_SECONDS * 1000).toISOString().slice(0, 11));
  const day = Math.min(Math.floor(seconds / DAY_SECONDS), SPAN_DAYS - 1);
  const rest = seconds - day * DAY_SECONDS;
  const hours = Math.floor(rest / 3600);
  const minutes = Math.floor((rest % 3600) / 60);
  const secs = rest % 60;
  const two = (value: number): string => (value < 10 ? `0${value}` : String(value));
  return `${dayPrefixes[day] ?? ""}${two(hours)}:${two(minutes)}:${two(secs)}.000Z`;
}

function integerOption(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateSeed: \`${name}\` must be an integer of at least ${min}, got ${String(value)}.`);
  }
  return value;
}

/** Draws from weighted choices with one PRNG value. */
function weighted<T>(next: () => number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new RangeError("weighted: no choices");
  return last[0];
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new RangeError("pick: no items");
  return item;
}

interface Draft {
  readonly user: { id: string; name: string; email: string; instanceStatus: InstanceStatus; superAdmin: boolean; hasAccount: boolean };
  readonly memberships: { workspaceId: string; status: MemberStatus; role: RoleId }[];
}

/**
 * Generates a deterministic, realistic roster: unique emails, names from a mixed list, members spread
 * over workspaces, every status of the lifecycle and every built-in role present (from 8 members on),
 * at least one active admin per workspace, and the fixed users of {@link SEED_USERS} (`u-1` is a super
 * admin and active admin of every workspace). Handles 100,000 members in well under a second.
 * @throws RangeError when `members` or `workspaces` is not a positive integer.
 * @example
 * const dataset = generateSeed({ members: 50, workspaces: 3 });
 * const backend = createMemoryBackend({ dataset });
 * const adapter = backend.as("u-1"); // super admin
 */
export function generateSeed(options: SeedOptions): RosterDataset {
  const memberCount = integerOption("members", options.members, 1);
  const workspaceCount = integerOption("workspaces", options.workspaces ?? 3, 1);
  const groupsPerWorkspace = integerOption("groupsPerWorkspace", options.groupsPerWorkspace ?? 3, 0);
  const lifecycle = options.lifecycle ?? "archive";
  const next = mulberry32(options.seed ?? 1);
  const { stopped } = LIFECYCLES[lifecycle];

  const workspaces: Workspace[] = [];
  const groups: CustomGroup[] = [];
  const groupsByWorkspace = new Map<string, string[]>();
  for (let w = 1; w <= workspaceCount; w += 1) {
    const base = WORKSPACE_NAMES[(w - 1) % WORKSPACE_NAMES.length] ?? "Workspace";
    const round = Math.floor((w - 1) / WORKSPACE_NAMES.length);
    const workspace: Workspace = { id: `ws-${w}`, name: round === 0 ? base : `${base} ${round + 1}` };
    workspaces.push(workspace);
    const ids: string[] = [];
    for (let g = 1; g <= groupsPerWorkspace; g += 1) {
      const id = `g-${w}-${g}`;
      const groupBase = GROUP_NAMES[(g - 1) % GROUP_NAMES.length] ?? "Group";
      const groupRound = Math.floor((g - 1) / GROUP_NAMES.length);
      groups.push({ id, workspaceId: workspace.id, name: groupRound === 0 ? groupBase : `${groupBase} ${groupRound + 1}` });
      ids.push(id);
    }
    groupsByWorkspace.set(workspace.id, ids);
  }

  const emailCounts = new Map<string, number>();
  const person = (id: string): Draft["user"] => {
    const first = pick(next, FIRST_NAMES);
    const last = pick(next, LAST_NAMES);
    const domain = pick(next, EMAIL_DOMAINS);
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]+/g, "");
    const base = `${local}@${domain}`;
    const seen = (emailCounts.get(base) ?? 0) + 1;
    emailCounts.set(base, seen);
    // Names hold no digits, so a numbered local part never collides with a plain one.
    const email = seen === 1 ? base : `${local}${seen}@${domain}`;
    return { id, name: `${first} ${last}`, email, instanceStatus: "active", superAdmin: false, hasAccount: true };
  };

  const ws1 = SEED_FIRST_WORKSPACE;
  const drafts: Draft[] = [];
  for (let i = 1; i <= memberCount; i += 1) {
    const user = person(`u-${i}`);
    const draft: Draft = { user, memberships: [] };
    drafts.push(draft);
    switch (i) {
      case 1:
        user.superAdmin = true;
        for (const workspace of workspaces) draft.memberships.push({ workspaceId: workspace.id, status: "active", role: "admin" });
        continue;
      case 2:
        draft.memberships.push({ workspaceId: ws1, status: "active", role: "admin" });
        continue;
      case 3:
        draft.memberships.push({ workspaceId: ws1, status: "active", role: "builder" });
        continue;
      case 4:
        draft.memberships.push({ workspaceId: ws1, status: "active", role: "end-user" });
        continue;
      case 5:
        Object.assign(user, { instanceStatus: "invited", hasAccount: false });
        draft.memberships.push({ workspaceId: ws1, status: "invited", role: "end-user" });
        continue;
      case 6:
        draft.memberships.push({ workspaceId: ws1, status: stopped, role: "builder" });
        continue;
      case 7:
        Object.assign(user, { instanceStatus: "invited", hasAccount: false });
        draft.memberships.push(
          lifecycle === "archive"
            ? { workspaceId: ws1, status: "requested", role: "end-user" }
            : { workspaceId: ws1, status: "invited", role: "admin" },
        );
        continue;
      case 8:
        if (lifecycle === "archive") {
          user.instanceStatus = "archived";
          for (const workspace of workspaces.slice(0, 2)) draft.memberships.push({ workspaceId: workspace.id, status: "archived", role: "end-user" });
        } else {
          draft.memberships.push({ workspaceId: ws1, status: "inactive", role: "admin" });
        }
        continue;
      default:
        randomMemberships(next, draft, workspaces, lifecycle);
    }
  }

  const users: User[] = [];
  const memberships: Membership[] = [];
  for (const { user, memberships: drafted } of drafts) {
    users.push({ ...user });
    for (const draft of drafted) {
      const invited = Math.floor(next() * 600 * DAY_SECONDS);
      const pending = draft.status === "invited" || draft.status === "requested";
      const lastActive = pending ? null : invited + Math.floor(next() * 120 * DAY_SECONDS);
      const workspaceGroups = groupsByWorkspace.get(draft.workspaceId) ?? [];
      const chosen: string[] = [];
      for (const group of workspaceGroups) if (next() < 0.25) chosen.push(group);
      let metadata: Metadata = {};
      if (next() < 0.3) metadata = { department: pick(next, DEPARTMENTS), seniority: 1 + Math.floor(next() * 5) };
      memberships.push({
        userId: user.id,
        workspaceId: draft.workspaceId,
        status: draft.status,
        role: draft.role,
        groups: chosen,
        metadata,
        invitedAt: isoAt(invited),
        lastActiveAt: lastActive === null ? null : isoAt(lastActive),
      });
    }
  }

  return { instance: { id: "instance-seed", name: "Seeded instance" }, workspaces, users, memberships, groups };
}

/** The memberships of a random user, coherent with their account: no account means only pending ones. */
function randomMemberships(next: () => number, draft: Draft, workspaces: readonly Workspace[], lifecycle: Lifecycle): void {
  const { user } = draft;
  const instanceArchived = lifecycle === "archive" && next() < 0.02;
  const hasAccount = instanceArchived || next() < 0.85;
  const home = pick(next, workspaces);
  const chosen = [home];
  if (workspaces.length > 1 && next() < 0.2) {
    const other = pick(next, workspaces);
    if (other.id !== home.id) chosen.push(other);
  }
  user.hasAccount = hasAccount;
  user.instanceStatus = instanceArchived ? "archived" : hasAccount ? "active" : "invited";
  for (const workspace of chosen) {
    const role = weighted<RoleId>(next, [["admin", 5], ["builder", 30], ["end-user", 65]]);
    let status: MemberStatus;
    if (instanceArchived) status = "archived";
    else if (!hasAccount) status = lifecycle === "archive" ? weighted<MemberStatus>(next, [["invited", 2], ["requested", 1]]) : "invited";
    else if (lifecycle === "archive") status = weighted<MemberStatus>(next, [["active", 80], ["invited", 6], ["archived", 14]]);
    else status = weighted<MemberStatus>(next, [["active", 80], ["invited", 6], ["inactive", 14]]);
    draft.memberships.push({ workspaceId: workspace.id, status, role });
  }
}

import { createMemoryAdapter, generateSeed, SEED_USERS } from "../../src/adapters";
import type { RosterAdapter, RosterSnapshotWith, Scope } from "../../src/core";
import { activityMachine } from "../../src/core/activity.machine";
import { createRosterStore } from "../../src/core/store";
import type { RosterStore } from "../../src/core/store";

/**
 * A store over the in-memory backend with a clock the test moves, for the activity views' tests (the log
 * and a member's timeline): history is made through the backend at the times the test sets.
 * @module
 */

/** The Design workspace of the seed. */
export const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };

/** The seed's super admin, admin of every workspace. */
export const TOMAS = { id: SEED_USERS.superAdmin, name: "Tomas Lovelace" };

/** The seed's end user of Design. */
export const OSCAR = { id: SEED_USERS.endUser, name: "Oscar Kernighan" };

/** What {@link activityHarness} gives a test. */
export interface ActivityHarness {
  /** Runs the activity machine from the start. */
  readonly store: RosterStore<RosterSnapshotWith<readonly [typeof activityMachine]>>;
  readonly memory: ReturnType<typeof createMemoryAdapter>;
  /** Moves the backend's clock. */
  readonly setNow: (iso: string) => void;
}

/** Options of {@link activityHarness}. */
export interface ActivityHarnessOptions {
  /** The backend clock's first reading (ISO). */
  readonly now: string;
  /** Who acts; Tomas unless said. */
  readonly actorId?: string;
  /** The store's first scope; Design unless said. */
  readonly scope?: Scope;
  /** Wraps the backend's adapter, e.g. to make a read fail. */
  readonly adapter?: (memory: RosterAdapter) => RosterAdapter;
}

/** A store over a seed of 20 members (deterministic) with idempotency keys `key-1`, `key-2`…. */
export function activityHarness(options: ActivityHarnessOptions): ActivityHarness {
  let now = new Date(options.now);
  const actorId = options.actorId ?? TOMAS.id;
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId, clock: () => now });
  const adapter = options.adapter ? options.adapter(memory) : memory;
  let keys = 0;
  const store = createRosterStore({ adapter, actor: memory.backend.actorFor(actorId), scope: options.scope ?? DESIGN, createIdempotencyKey: () => `key-${String(++keys)}`, machines: [activityMachine] });
  return { store, memory, setNow: (iso) => (now = new Date(iso)) };
}

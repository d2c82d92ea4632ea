import { beforeAll, describe, expect, it } from "vitest";
import { generateSeed } from "../src/adapters/memory/seed";
import { resolveConfig } from "../src/core/config";
import type { InvitationRecord, RosterStorage } from "../src/core/engine/storage.types";
import { migrate } from "../src/server/migrations";
import { seedPostgres } from "../src/server/postgres-seed";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { fromPGlite } from "../src/server/sql";
import type { SqlClient } from "../src/server/sql";
import { usePGlite } from "./support/pglite";

/**
 * The Postgres storage sends a transaction's writes as one statement (a batch of data-modifying CTEs)
 * before its next read and before COMMIT. These tests prove the batch keeps what statement-by-statement
 * writes gave: writes of the same rows apply in order, a read sees the writes before it, and a write that
 * does not land fails the whole transaction.
 */
const pglite = usePGlite();
const config = resolveConfig();
const dataset = generateSeed({ members: 12, workspaces: 2 });
let client: SqlClient;
let storage: RosterStorage;

beforeAll(async () => {
  client = fromPGlite(pglite());
  await migrate(client);
  await seedPostgres(client, dataset, { config });
  storage = await createPostgresStorage({ client, config });
}, 120_000);

/** A live link of a membership, created now. */
function link(id: string, workspaceId: string, userId: string): InvitationRecord {
  const now = Date.now();
  return { id, workspaceId, userId, tokenHash: `hash-${id}`, createdAt: new Date(now).toISOString(), expiresAt: new Date(now + 86_400_000).toISOString(), state: "live" };
}

async function states(workspaceId: string, userId: string): Promise<Record<string, string>> {
  const { rows } = await client.query<{ id: string; state: string }>(`SELECT id, state FROM rosterkit.invitations WHERE workspace_id = $1 AND user_id = $2`, [workspaceId, userId]);
  return Object.fromEntries(rows.map((row) => [row.id, row.state]));
}

describe("the storage's batched writes", () => {
  const [first, second] = dataset.memberships;

  it("R27: links of one membership issued, revoked and issued twice in one transaction end as written one by one, with one live link", async () => {
    if (!first) throw new Error("the seed has no membership");
    const { workspaceId, userId } = first;
    await storage.transaction(async (tx) => {
      await tx.putInvitation(link("a", workspaceId, userId));
      await tx.revokeInvitations(workspaceId, userId);
      await tx.putInvitation(link("b", workspaceId, userId));
      await tx.putInvitation(link("c", workspaceId, userId));
    });
    expect(await states(workspaceId, userId)).toMatchObject({ a: "revoked", b: "resent", c: "pending" });
    expect(Object.values(await states(workspaceId, userId)).filter((state) => state === "pending")).toHaveLength(1);
  });

  it("R27: a read in the transaction sees the links written before it", async () => {
    if (!second) throw new Error("the seed has no second membership");
    const { workspaceId, userId } = second;
    const live = await storage.transaction(async (tx) => {
      await tx.putInvitation(link("d", workspaceId, userId));
      return tx.liveInvitation(workspaceId, userId, new Date().toISOString());
    });
    expect(live?.id).toBe("d");
  });

  it("R26: an answer kept under a key the transaction never claimed fails the transaction, and nothing of it is written", async () => {
    if (!second) throw new Error("the seed has no second membership");
    const { workspaceId, userId } = second;
    const failed = storage.transaction(async (tx) => {
      await tx.putInvitation(link("e", workspaceId, userId));
      await tx.saveIdempotencyOutcome("u-nobody", "never-claimed", { ok: true, value: null });
    });
    await expect(failed).rejects.toThrow(/idempotency key "never-claimed" of "u-nobody" was not claimed in this transaction/);
    expect(await states(workspaceId, userId)).not.toHaveProperty("e");
  });

  it("writes the same with statements unprepared, and refuses a `preparedStatements` that is not true or false", async () => {
    if (!second) throw new Error("the seed has no second membership");
    const { workspaceId, userId } = second;
    const unprepared = await createPostgresStorage({ client, config, preparedStatements: false });
    await unprepared.transaction((tx) => tx.putInvitation(link("f", workspaceId, userId)));
    expect(await states(workspaceId, userId)).toMatchObject({ d: "resent", f: "pending" });
    await expect(createPostgresStorage({ client, config, preparedStatements: "yes" as unknown as boolean })).rejects.toThrow(/`preparedStatements` must be true or false, got yes/);
  });
});

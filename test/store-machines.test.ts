import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { SEED_FIRST_WORKSPACE, SEED_USERS, createMemoryBackend, generateSeed } from "../src/adapters";
import * as core from "../src/core";
import type { InviteState } from "../src/core/invite.machine";
import type { RosterMachine, RosterSnapshot, RosterStore, RosterStoreOptions } from "../src/core";
import { allMachines, createRosterStore, exportMachine, inviteMachine, statusChangeMachine } from "../src/core";

/**
 * The store runs the list alone and the machines its host adds (issue 11): `machines` at creation,
 * `use(…)` later. A command whose machine does not run fails loudly with the machine to add.
 */

const scope = { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } as const;

function options(actorId: string = SEED_USERS.admin): RosterStoreOptions {
  const backend = createMemoryBackend({ dataset: generateSeed({ members: 20 }), config: { lifecycle: "archive" } });
  return { adapter: backend.as(actorId), actor: backend.actorFor(actorId), config: backend.config, scope };
}

/** Resolves once the store's snapshot satisfies `done`. */
function until<Snapshot extends RosterSnapshot>(store: RosterStore<Snapshot>, done: (snapshot: Snapshot) => boolean): Promise<Snapshot> {
  return vi.waitFor(() => {
    const snapshot = store.getSnapshot();
    if (!done(snapshot)) throw new Error("not yet");
    return snapshot;
  });
}

/** Each machine of `allMachines` with the name `rosterkit/core` exports it under. */
const exported: readonly (readonly [string, RosterMachine])[] = Object.entries(core).flatMap(([name, value]) =>
  (allMachines as readonly unknown[]).includes(value) ? [[name, value as RosterMachine] as const] : [],
);

describe("the machines a store runs", () => {
  it("exports every machine of allMachines under its own name", () => {
    expect(exported.map(([, machine]) => machine.key).sort()).toEqual(allMachines.map((machine) => machine.key).sort());
  });

  it("runs the list alone by default: the other machines' states are not in the snapshot", () => {
    const store = createRosterStore(options());
    const snapshot = store.getSnapshot();
    expect(snapshot.list.status).toBe("loading");
    for (const machine of allMachines) expect(snapshot).not.toHaveProperty(machine.key);
    expectTypeOf(snapshot.invite).toEqualTypeOf<InviteState | undefined>();
    store.destroy();
  });

  it("throws, for every command of a machine it does not run, an error naming that machine and how to add it", () => {
    const store = createRosterStore(options());
    for (const [name, machine] of exported) {
      for (const type of machine.commands) {
        expect(() => store.send({ type } as core.RosterEvent)).toThrow(
          `RosterStore.send: no machine of this store handles "${type}". Add ${name} (from "rosterkit/core"): createRosterStore({ ..., machines: [${name}] }) or store.use(${name}).`,
        );
      }
    }
    store.destroy();
  });

  it("refuses an event of an unknown type (a typo) or one that is not an event, naming what it got", () => {
    const store = createRosterStore(options());
    expect(() => store.send({ type: "INVTE.ADD" } as unknown as core.RosterEvent)).toThrow('RosterStore.send: unknown event type "INVTE.ADD".');
    expect(() => store.send(null as unknown as core.RosterEvent)).toThrow(TypeError);
    expect(() => store.send(null as unknown as core.RosterEvent)).toThrow("an event is an object with a string `type`");
    store.destroy();
  });

  it("runs the machines given at creation, and types their states as present", () => {
    const store = createRosterStore({ ...options(), machines: [inviteMachine] });
    expect(store.getSnapshot().invite.status).toBe("editing");
    expect(store.getSnapshot()).not.toHaveProperty("export");
    expectTypeOf(store.getSnapshot().invite).toEqualTypeOf<InviteState>();
    expect(() => store.send({ type: "INVITE.ADD" })).not.toThrow();
    expect(store.getSnapshot().invite.drafts).toHaveLength(2);
    store.destroy();
  });

  it("adds a machine with use() without notifying anyone, once: the same machine again changes nothing", async () => {
    const store = createRosterStore(options());
    await until(store, (snapshot) => snapshot.list.status === "ready");
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();

    store.use(inviteMachine);
    const added = store.getSnapshot();
    expect(listener).not.toHaveBeenCalled();
    expect(added.invite?.status).toBe("editing");
    expect(added.list).toBe(before.list);
    expect(added.members).toBe(before.members);
    expect(store.getServerSnapshot().invite).toBe(added.invite);

    store.use(inviteMachine, inviteMachine);
    expect(store.getSnapshot()).toBe(added);
    expect(listener).not.toHaveBeenCalled();
    store.destroy();
  });

  it("R5: a machine added with use() then works: an invite through it lands in the in-memory backend", async () => {
    const backend = createMemoryBackend({ dataset: generateSeed({ members: 20 }), config: { lifecycle: "archive" } });
    const store = createRosterStore({ adapter: backend.as(SEED_USERS.admin), actor: backend.actorFor(SEED_USERS.admin), config: backend.config, scope });
    await until(store, (snapshot) => snapshot.list.status === "ready" && snapshot.workspaces.status === "ready" && snapshot.groups.status === "ready");
    store.use(inviteMachine);
    const draftId = store.getSnapshot().invite?.drafts[0]?.id ?? "";
    store.send({ type: "INVITE.UPDATE", draftId, patch: { name: "Cleo Added", email: "cleo.added@example.com", role: "end-user" } });
    store.send({ type: "INVITE.SUBMIT" });
    const done = await until(store, (snapshot) => snapshot.invite?.status === "done");
    expect(done.invite?.invited).toEqual([expect.objectContaining({ member: expect.objectContaining({ email: "cleo.added@example.com", status: "invited" }) })]);
    expect(backend.snapshot().users.some((user) => user.email === "cleo.added@example.com")).toBe(true);
    store.destroy();
  });

  it("a machine added later is reached by a scope switch too: an open status change is cancelled", async () => {
    const store = createRosterStore(options(SEED_USERS.superAdmin));
    await until(store, (snapshot) => snapshot.list.status === "ready" && snapshot.workspaces.status === "ready");
    store.use(statusChangeMachine);
    store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.builder, action: "archive" });
    expect(store.getSnapshot().statusChange?.status).toBe("confirming");
    const other = store.getSnapshot().workspaces.data.find((workspace) => workspace.id !== SEED_FIRST_WORKSPACE);
    expect(other).toBeDefined();
    store.send({ type: "SCOPE.SET", scope: { kind: "workspace", workspaceId: other?.id ?? "" } });
    expect(store.getSnapshot().statusChange?.status).toBe("idle");
    expect(store.getSnapshot().list.status).toBe("loading");
    store.destroy();
  });

  it("refuses a second machine under a key already taken, or one handling a command another handles", () => {
    const store = createRosterStore({ ...options(), machines: [inviteMachine] });
    const impostor: RosterMachine = { ...inviteMachine };
    expect(() => store.use(impostor)).toThrow(new TypeError('RosterStore.use: another machine already runs under the key "invite"; a store runs one machine per key.'));
    const poacher: RosterMachine = { ...exportMachine, key: "exportToo", commands: ["INVITE.ADD"] };
    expect(() => store.use(poacher)).toThrow(
      new TypeError('RosterStore.use: the machine "exportToo" handles "INVITE.ADD", which the machine "invite" already handles.'),
    );
    expect(store.getSnapshot()).not.toHaveProperty("exportToo");
    expect(() => createRosterStore({ ...options(), machines: [inviteMachine, impostor] })).toThrow(TypeError);
    store.destroy();
  });

  it("refuses what is not a machine, and a `machines` option that is not an array", () => {
    const store = createRosterStore(options());
    expect(() => store.use({ key: "invite" } as unknown as RosterMachine)).toThrow(
      new TypeError('RosterStore.use: expected machines from "rosterkit/core" (statusChangeMachine, inviteMachine, … or allMachines); got [object Object].'),
    );
    expect(() => createRosterStore({ ...options(), machines: inviteMachine as unknown as RosterMachine[] })).toThrow(
      new TypeError('createRosterStore: `machines` must be an array of machines from "rosterkit/core" (e.g. [statusChangeMachine] or allMachines); got [object Object].'),
    );
    store.destroy();
  });

  it("a production bundle of createRosterStore carries the list machine alone; a machine the app imports comes with it", async () => {
    const modules = async (contents: string): Promise<string[]> => {
      const result = await build({
        stdin: { contents, resolveDir: fileURLToPath(new URL("..", import.meta.url)), loader: "ts" },
        define: { "process.env.NODE_ENV": '"production"' },
        bundle: true,
        minify: true,
        format: "esm",
        platform: "neutral",
        write: false,
        metafile: true,
      });
      return Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    };
    const machineModules = (inputs: readonly string[]) => inputs.filter((path) => path.endsWith(".machine.ts")).map((path) => path.replace(/^(.*\/)?src\/core\//, "")).sort();
    const alone = await modules(`export { createRosterStore } from "./src/core/index.ts";`);
    expect(machineModules(alone)).toEqual(["list.machine.ts"]);
    expect(alone.filter((path) => /(^|\/)(validation|json-parse|bulk-invite|csv)\.ts$/.test(path))).toEqual([]);
    const withInvite = await modules(`export { createRosterStore, inviteMachine } from "./src/core/index.ts";`);
    expect(machineModules(withInvite)).toEqual(["invite.machine.ts", "list.machine.ts"]);
  });

  it("runs every machine with allMachines", () => {
    const store = createRosterStore({ ...options(), machines: allMachines });
    for (const machine of allMachines) expect(store.getSnapshot()).toHaveProperty(machine.key);
    store.destroy();
  });
});

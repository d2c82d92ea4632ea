"use client";

// Added to the Next.js example by test-package/consumer-nextjs.test.ts: the console on the in-memory
// adapter, whose answers arrive within a few microtasks, so during hydration. Before the store had a
// server snapshot, this page logged React error #418 (the title and the seat count rendered loaded data
// over the server's loading state).
import { UserManagement } from "rosterkit";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "rosterkit/adapters";

const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.admin });

export function InMemoryMembers() {
  return <UserManagement adapter={adapter} actor={adapter.backend.actorFor(SEED_USERS.admin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} />;
}

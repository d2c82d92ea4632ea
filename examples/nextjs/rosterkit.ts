// The Rosterkit server of this example, built once per server process: createRosterHandler over the
// in-memory storage (no database; a Postgres app uses createPostgresStorage, see docs/server.md in the
// package). Imported by the route handler and by the page, which both run on the server.
import type { Actor } from "rosterkit/core";
import { resolveConfig } from "rosterkit/core";
import { generateSeed, SEED_USERS } from "rosterkit/adapters";
import type { RosterHandler } from "rosterkit/server";
import { createMemoryStorage, createRosterHandler } from "rosterkit/server";

/**
 * Who is signed in. This example has no sign-in and treats every visitor as the sample roster's
 * workspace admin: replace it with your session (a cookie, a JWT, your auth library).
 */
function signedInUserId(): string {
  return SEED_USERS.admin;
}

function createHandler(): RosterHandler {
  const config = resolveConfig({ lifecycle: "archive", deployment: "cloud" });
  return createRosterHandler({
    storage: createMemoryStorage({ dataset: generateSeed({ members: 40 }), config }),
    config,
    invitations: { baseUrl: "http://localhost:3000/invite/", secret: process.env["ROSTERKIT_INVITATION_SECRET"] ?? "example secret: set ROSTERKIT_INVITATION_SECRET" },
    authenticate: () => signedInUserId(),
    basePath: "/api/rosterkit",
  });
}

// Next.js may evaluate this module once for the route handler and once for the page: keep one handler,
// and so one in-memory roster, per process.
const shared = globalThis as typeof globalThis & { rosterkitHandler?: RosterHandler };

/** The handler of `/api/rosterkit/…`. */
export const handler: RosterHandler = (shared.rosterkitHandler ??= createHandler());

/** The signed-in user as Rosterkit sees them: their roles, and whether they are a super admin. */
export function signedInActor(): Promise<Actor> {
  return handler.engine.actor(signedInUserId());
}

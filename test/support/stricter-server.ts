import type { RestFetch } from "../../src/adapters/rest";
import { createRestAdapter } from "../../src/adapters/rest";
import { createMemoryStorage } from "../../src/adapters/memory/memory-storage";
import { generateSeed } from "../../src/adapters/memory/seed";
import type { RosterAdapter } from "../../src/core/adapter.types";
import type { RosterConfigInput } from "../../src/core/config";
import { DEFAULT_ROLES, resolveConfig } from "../../src/core/config";
import { developmentAuthenticate, ROSTER_ACTOR_HEADER } from "../../src/server/dev-authenticate";
import type { RosterHandler } from "../../src/server/handler";
import { createRosterHandler } from "../../src/server/handler";

/**
 * Test support: the kit's server (`createRosterHandler` over the in-memory storage) configured stricter
 * than the kit's defaults, which a client validates with: metadata of at most {@link STRICT_METADATA_BYTES}
 * bytes and no builder role. So an invitee the client's check passes is refused by the server, which is
 * where a client and a server configured apart disagree. Its REST adapters reach the handler directly,
 * without a network.
 * @module
 */

/** The server's metadata limit, in bytes (the client's default is 8 KiB). */
export const STRICT_METADATA_BYTES = 32;

/** The server's configuration: stricter than `resolveConfig()`. */
export const STRICT_SERVER_CONFIG: RosterConfigInput = {
  metadataMaxBytes: STRICT_METADATA_BYTES,
  roles: DEFAULT_ROLES.filter((role) => role.id !== "builder"),
};

/** Where the stricter server's API is. */
export const STRICT_BASE_URL = "http://rosterkit.test/api";

/** The stricter server and a REST adapter acting as one of its users. */
export interface StricterServer {
  readonly handler: RosterHandler;
  /** Sends a request straight to the handler. */
  readonly fetch: RestFetch;
  /** A REST adapter acting as `actorId`, through `fetch` (e.g. one that checks answers against the OpenAPI document). */
  adapterFor(actorId: string, fetch?: RestFetch): RosterAdapter;
}

/** Starts a stricter server over a seeded in-memory storage. */
export function stricterServer(): StricterServer {
  const config = resolveConfig(STRICT_SERVER_CONFIG);
  const handler = createRosterHandler({
    storage: createMemoryStorage({ dataset: generateSeed({ members: 12, workspaces: 2 }), config }),
    config: STRICT_SERVER_CONFIG,
    invitations: { baseUrl: "https://app.example.test/join/", secret: "stricter-server-secret" },
    authenticate: developmentAuthenticate(),
    basePath: "/api",
  });
  const direct: RestFetch = (input, init) => handler(new Request(input, init));
  return {
    handler,
    fetch: direct,
    adapterFor: (actorId, fetch = direct) => createRestAdapter({ baseUrl: STRICT_BASE_URL, fetch, headers: { [ROSTER_ACTOR_HEADER]: actorId }, retry: false }),
  };
}

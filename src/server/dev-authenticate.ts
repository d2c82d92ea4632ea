import { RosterError } from "../core/errors";
import type { Authenticate } from "./handler";

/**
 * A development-only `authenticate` for demos, stories and tests: the signed-in user is named in a
 * header. Anyone can send any header, so it refuses to be created when `NODE_ENV` is `production`:
 * a production handler cannot run on it by accident.
 * @module
 */

/** The header {@link developmentAuthenticate} reads. */
export const ROSTER_ACTOR_HEADER = "X-Rosterkit-Actor";

function environment(): string | undefined {
  const processLike = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return processLike?.env?.["NODE_ENV"];
}

/**
 * Reads the signed-in user from the {@link ROSTER_ACTOR_HEADER} header (or another one); a request
 * without it is refused, naming the header.
 * @throws Error when `NODE_ENV` is `production`.
 * @example
 * createRosterHandler({ storage, authenticate: developmentAuthenticate(), invitations });
 */
export function developmentAuthenticate(options: { readonly header?: string } = {}): Authenticate {
  if (environment() === "production") {
    throw new Error("developmentAuthenticate() trusts a header anyone can send, so it is refused when NODE_ENV is production. Give createRosterHandler your own authenticate.");
  }
  const header = options.header ?? ROSTER_ACTOR_HEADER;
  return (request) => {
    const actorId = request.headers.get(header)?.trim();
    if (!actorId) throw new RosterError("forbidden", `Sign in first: name the user in the ${header} header (development sign-in).`);
    return actorId;
  };
}

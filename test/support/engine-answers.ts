import type { ListMembersResult, MemberQuery } from "../../src/core/adapter.types";
import type { RosterEngine } from "../../src/core/engine/roster-engine";
import { isRosterError } from "../../src/core/errors";

/**
 * What an engine answers, in a shape two storages' answers can be compared by (Postgres against memory).
 * @module
 */

/** Every page of a query as user `u-1`: one answer for offset paging, the whole cursor chain for cursor paging. */
export async function pages(engine: RosterEngine, query: MemberQuery): Promise<ListMembersResult[]> {
  const results = [await engine.listMembers("u-1", query)];
  for (let last = results[0]; last?.nextCursor; last = results[results.length - 1]) {
    results.push(await engine.listMembers("u-1", { ...query, page: { kind: "cursor", cursor: last.nextCursor, limit: query.page.limit } }));
    if (results.length > 500) throw new Error("The cursor chain does not end.");
  }
  return results;
}

/** The refusal `work` ends with: its code, message and field errors; throws when it succeeds or fails otherwise. */
export async function refusal(work: Promise<unknown>): Promise<unknown> {
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isRosterError(error)) throw new Error(`Expected a RosterError, got ${String(error)}`);
  return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
}

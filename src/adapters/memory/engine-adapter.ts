import type { AdapterCapabilities, RosterAdapter } from "../../core/adapter.types";
import type { RosterEngine } from "../../core/engine/roster-engine";

/**
 * The adapter contract answered in-process by a roster engine, acting as one signed-in user: what the
 * in-memory backend hands to the store. Requests whose signal already fired are refused before they
 * reach the engine, so an aborted write does nothing. Internal to `src/adapters/memory`.
 * @module
 */

/** Rejects with an `AbortError` when the request was cancelled before it reached the backend. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") throw reason;
  throw new DOMException("The request was aborted.", "AbortError");
}

/** The adapter of `actorId` over an engine. */
export function createEngineAdapter(engine: RosterEngine, actorId: string, capabilities: AdapterCapabilities): RosterAdapter {
  const run = async <T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> => {
    throwIfAborted(signal);
    return work();
  };
  return {
    capabilities,
    listMembers: ({ signal, scope, search, statuses, roles, metadata, sort, page }) =>
      run(signal, () => engine.listMembers(actorId, { scope, search, statuses, roles, ...(metadata === undefined ? {} : { metadata }), sort, page })),
    getMember: ({ signal, scope, memberId }) => run(signal, () => engine.getMember(actorId, scope, memberId)),
    inviteMembers: ({ signal, workspaceId, invitees, idempotencyKey }) => run(signal, () => engine.inviteMembers({ actorId, idempotencyKey }, workspaceId, invitees)),
    changeStatus: ({ signal, scope, memberId, action, expectedVersion, idempotencyKey }) =>
      run(signal, () => engine.changeStatus({ actorId, idempotencyKey }, scope, memberId, action, expectedVersion)),
    updateMember: ({ signal, workspaceId, memberId, role, groups, expectedVersion, idempotencyKey }) =>
      run(signal, () => engine.updateMember({ actorId, idempotencyKey }, workspaceId, memberId, { ...(role === undefined ? {} : { role }), ...(groups === undefined ? {} : { groups }) }, expectedVersion)),
    resendInvitation: ({ signal, workspaceId, memberId, idempotencyKey }) => run(signal, () => engine.resendInvitation({ actorId, idempotencyKey }, workspaceId, memberId)),
    getInvitationLink: ({ signal, workspaceId, memberId }) => run(signal, () => engine.getInvitationLink(actorId, workspaceId, memberId)),
    listWorkspaces: ({ signal }) => run(signal, () => engine.listWorkspaces(actorId)),
    listRoles: ({ signal }) => run(signal, () => engine.listRoles(actorId)),
    listGroups: ({ signal, workspaceId }) => run(signal, () => engine.listGroups(actorId, workspaceId)),
    listActivity: ({ signal, scope, memberId, actions, actorId: by, cursor, limit }) =>
      run(signal, () => engine.listActivity(actorId, { scope, memberId: memberId ?? null, actions: actions ?? [], actorId: by ?? null, cursor, limit })),
    exportMembers: ({ signal, scope, search, statuses, roles, metadata, sort, columns }) =>
      run(signal, async () => {
        const file = await engine.exportMembers(actorId, { scope, search, statuses, roles, ...(metadata === undefined ? {} : { metadata }), sort }, columns);
        // Cancelling the request stops the export: the stream errors with the abort, and reads no more pages.
        return file.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), { signal });
      }),
  };
}

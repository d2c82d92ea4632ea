/**
 * Shared fixtures of the node tests: one `Member` builder and the actors most tests sign in as.
 * Each test passes the values its assertions depend on (ids, names, versions, memberships) as
 * overrides, so a change to a default never silently changes what a test checks.
 * @module
 */
import type { Actor, Member } from "../../src/core";

/** The workspace the fixtures live in. */
export const WS = "ws-1";

/** An admin of {@link WS}. */
export const admin: Actor = { userId: "u-admin", superAdmin: false, roles: { [WS]: "admin" } };

/** A super admin with no workspace role of their own. */
export const superAdmin: Actor = { userId: "u-super", superAdmin: true, roles: {} };

/**
 * A member row: by default an active builder of {@link WS} (workspace scope), with an account,
 * no groups, no metadata, never active, no other memberships, at version 1.
 */
export function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    id: "u-1",
    scope: { kind: "workspace", workspaceId: WS },
    name: "Ada",
    email: "ada@example.com",
    status: "active",
    instanceStatus: "active",
    superAdmin: false,
    hasAccount: true,
    role: "builder",
    groups: [],
    metadata: {},
    invitedAt: "2026-01-01T00:00:00.000Z",
    lastActiveAt: null,
    memberships: [],
    version: 1,
    ...overrides,
  };
}

/**
 * Every operation of the REST protocol (`openapi/rosterkit.openapi.json`): its id, method and path. The
 * handler registers its routes from this table and the mocks find an operation's id with it; a test
 * holds it equal to the document's paths.
 * @module
 */

/** The operations of the OpenAPI document, by `operationId`. */
export type RosterOperationId =
  | "getCapabilities"
  | "listWorkspaces"
  | "listRoles"
  | "listGroups"
  | "listWorkspaceMembers"
  | "listInstanceMembers"
  | "exportWorkspaceMembers"
  | "exportInstanceMembers"
  | "getWorkspaceMember"
  | "getInstanceMember"
  | "inviteMembers"
  | "changeWorkspaceMemberStatus"
  | "changeInstanceMemberStatus"
  | "updateMember"
  | "resendInvitation"
  | "revokeInvitation"
  | "getInvitationLink"
  | "acceptInvitation"
  | "listWorkspaceActivity"
  | "listMemberActivity"
  | "listInstanceActivity";

/** One operation: its method, its path as the OpenAPI document writes it, and its id. */
export interface RosterOperation {
  readonly operationId: RosterOperationId;
  readonly method: "get" | "post" | "patch" | "delete";
  /** The path template, e.g. `/workspaces/{workspaceId}/members`. */
  readonly path: string;
}

/** Every operation of the protocol. */
export const ROSTER_OPERATIONS: readonly RosterOperation[] = [
  { operationId: "getCapabilities", method: "get", path: "/capabilities" },
  { operationId: "listWorkspaces", method: "get", path: "/workspaces" },
  { operationId: "listRoles", method: "get", path: "/roles" },
  { operationId: "listGroups", method: "get", path: "/workspaces/{workspaceId}/groups" },
  { operationId: "listWorkspaceMembers", method: "get", path: "/workspaces/{workspaceId}/members" },
  { operationId: "listInstanceMembers", method: "get", path: "/members" },
  { operationId: "exportWorkspaceMembers", method: "get", path: "/workspaces/{workspaceId}/members.csv" },
  { operationId: "exportInstanceMembers", method: "get", path: "/members.csv" },
  { operationId: "getWorkspaceMember", method: "get", path: "/workspaces/{workspaceId}/members/{memberId}" },
  { operationId: "getInstanceMember", method: "get", path: "/members/{memberId}" },
  { operationId: "inviteMembers", method: "post", path: "/workspaces/{workspaceId}/invitations" },
  { operationId: "changeWorkspaceMemberStatus", method: "post", path: "/workspaces/{workspaceId}/members/{memberId}/status" },
  { operationId: "changeInstanceMemberStatus", method: "post", path: "/members/{memberId}/status" },
  { operationId: "updateMember", method: "patch", path: "/workspaces/{workspaceId}/members/{memberId}" },
  { operationId: "resendInvitation", method: "post", path: "/workspaces/{workspaceId}/members/{memberId}/invitation/resend" },
  { operationId: "revokeInvitation", method: "delete", path: "/workspaces/{workspaceId}/members/{memberId}/invitation" },
  { operationId: "getInvitationLink", method: "get", path: "/workspaces/{workspaceId}/members/{memberId}/invitation" },
  { operationId: "acceptInvitation", method: "post", path: "/invitations/accept" },
  // R28: the activity history is read only; no operation edits or deletes it.
  { operationId: "listWorkspaceActivity", method: "get", path: "/workspaces/{workspaceId}/activity" },
  { operationId: "listMemberActivity", method: "get", path: "/members/{memberId}/activity" },
  { operationId: "listInstanceActivity", method: "get", path: "/activity" },
];

/** The operation a method and path (under the API root) ask for, with its path parameters; `null` when none. */
export function matchOperation(method: string, path: string): { operation: RosterOperation; params: Record<string, string> } | null {
  const verb = method.toLowerCase();
  for (const operation of ROSTER_OPERATIONS) {
    if (operation.method !== verb) continue;
    const names: string[] = [];
    const literal = operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`^${literal.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}/?$`);
    const match = pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? "");
    });
    return { operation, params };
  }
  return null;
}

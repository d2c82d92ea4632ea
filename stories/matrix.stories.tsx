import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import type { Actor, Lifecycle, Member, MemberStatus, PolicyContext, Scope } from "../src/core";
import { denialSentence, memberActions, resolveConfig } from "../src/core";
import { MessagesProvider, StatusBadge, defaultMessages } from "../src/react";
import { memberActionLabel } from "../src/react/member-actions-menu";

/**
 * Every status × action state, as the core answers it: members in every status of both lifecycles, seen
 * by the actors whose rights differ, with the actions `memberActions` offers (R24) and, for each
 * disabled one, the policy's reason and rule (R3). A static table: no store, no backend, only the core.
 */

const EPOCH = "2024-01-01T00:00:00.000Z";
const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };
const INSTANCE: Scope = { kind: "instance" };

const SUPER_ADMIN: Actor = { userId: "u-1", name: "Sam Super", superAdmin: true, roles: { "ws-1": "admin" } };
const WORKSPACE_ADMIN: Actor = { userId: "u-2", name: "Wren Admin", superAdmin: false, roles: { "ws-1": "admin" } };
const BUILDER: Actor = { userId: "u-3", name: "Bo Builder", superAdmin: false, roles: { "ws-1": "builder" } };

function member(id: string, name: string, status: MemberStatus, scope: Scope, overrides: Partial<Member> = {}): Member {
  const pending = status === "invited" || status === "requested";
  return {
    id,
    scope,
    name,
    email: `${name.split(" ")[0]?.toLowerCase() ?? id}@example.com`,
    status,
    instanceStatus: status === "archived" && scope.kind === "instance" ? "archived" : pending ? "invited" : "active",
    superAdmin: false,
    hasAccount: status !== "requested",
    role: scope.kind === "instance" ? null : "end-user",
    groups: [],
    metadata: {},
    invitedAt: EPOCH,
    lastActiveAt: pending ? null : EPOCH,
    memberships: scope.kind === "instance" ? [{ workspaceId: "ws-1", status: status === "invited" ? "invited" : status, role: "end-user" }] : [],
    version: 1,
    ...overrides,
  } as Member;
}

/** One line of the matrix: who acts, on whom, and with what the policy knows. */
interface Case {
  readonly lifecycle: Lifecycle;
  readonly situation: string;
  readonly actor: Actor;
  readonly member: Member;
  /** Active admins per workspace, when the policy knows them (R15). */
  readonly activeAdmins?: number;
}

const STATUSES: Readonly<Record<Lifecycle, readonly MemberStatus[]>> = {
  archive: ["requested", "invited", "active", "archived"],
  deactivate: ["invited", "active", "inactive"],
};

function casesOf(lifecycle: Lifecycle): Case[] {
  const everyStatus = STATUSES[lifecycle].map<Case>((status) => ({
    lifecycle,
    situation: "Super admin, a member in this status",
    actor: SUPER_ADMIN,
    member: member(`u-${status}`, `Eli ${status[0]?.toUpperCase()}${status.slice(1)}`, status, DESIGN),
    activeAdmins: 2,
  }));
  const guards: Case[] = [
    { lifecycle, situation: "Super admin, themselves (R4)", actor: SUPER_ADMIN, member: member("u-1", "Sam Super", "active", DESIGN, { superAdmin: true, role: "admin" }), activeAdmins: 2 },
    { lifecycle, situation: "Workspace admin, a super admin (R4)", actor: WORKSPACE_ADMIN, member: member("u-1", "Sam Super", "active", DESIGN, { superAdmin: true, role: "admin" }), activeAdmins: 2 },
    { lifecycle, situation: "Builder, an active member (R1)", actor: BUILDER, member: member("u-4", "Eli Active", "active", DESIGN) },
    { lifecycle, situation: "Super admin, the last active admin (R15)", actor: SUPER_ADMIN, member: member("u-9", "Lin Last", "active", DESIGN, { role: "admin" }), activeAdmins: 1 },
  ];
  if (lifecycle === "deactivate") return [...everyStatus, ...guards];
  const instance: Case[] = (["active", "invited", "archived"] as const).map((status) => ({
    lifecycle,
    situation: `All users, super admin (R2, R12, R13)`,
    actor: SUPER_ADMIN,
    member: member(`u-i-${status}`, `Ida ${status[0]?.toUpperCase()}${status.slice(1)}`, status, INSTANCE),
    activeAdmins: 2,
  }));
  const notSuper: Case = {
    lifecycle,
    situation: "All users, workspace admin (R2)",
    actor: WORKSPACE_ADMIN,
    member: member("u-i-active", "Ida Active", "active", INSTANCE),
    activeAdmins: 2,
  };
  return [...everyStatus, ...guards, ...instance, notSuper];
}

const CASES: readonly Case[] = [...casesOf("archive"), ...casesOf("deactivate")];

function policyOf(entry: Case): PolicyContext {
  const admins = entry.activeAdmins;
  return {
    config: resolveConfig({ lifecycle: entry.lifecycle, deployment: "self-hosted" }),
    actor: entry.actor,
    ...(admins === undefined ? {} : { activeAdmins: () => admins }),
    workspaceName: (workspaceId) => (workspaceId === "ws-1" ? "Design" : undefined),
  };
}

function ActionMatrix() {
  return (
    <div data-rk-root="styled" style={{ padding: 16, background: "var(--rk-color-bg)", color: "var(--rk-color-text)" }}>
      <table data-scope="action-matrix" style={{ borderCollapse: "collapse", inlineSize: "100%" }}>
        <caption style={{ textAlign: "start", fontWeight: 600, paddingBlockEnd: 8 }}>
          Actions offered per lifecycle, actor and member status (core selector memberActions, self-hosted)
        </caption>
        <thead>
          <tr>
            {["Lifecycle", "Scope", "Who acts, on whom", "Member", "Status", "Actions"].map((heading) => (
              <th key={heading} scope="col" style={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CASES.map((entry, index) => {
            const offers = memberActions(policyOf(entry), entry.member);
            return (
              <tr key={index} data-lifecycle={entry.lifecycle} data-status={entry.member.status}>
                <td style={cell}>{entry.lifecycle}</td>
                <td style={cell}>{entry.member.scope.kind}</td>
                <td style={cell}>{entry.situation}</td>
                <th scope="row" style={cell}>
                  {entry.member.name}
                </th>
                <td style={cell}>
                  <StatusBadge status={entry.member.status} lifecycle={entry.lifecycle} />
                </td>
                <td style={cell}>
                  {offers.length === 0 ? (
                    "None"
                  ) : (
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {offers.map((offer) => (
                        <li key={offer.action} data-action={offer.action} data-enabled={offer.enabled}>
                          <strong>{memberActionLabel(defaultMessages.actions, offer.action, entry.member)}</strong>
                          {offer.enabled ? ": enabled" : `: disabled (${offer.denied?.rule ?? "?"}): ${offer.denied ? denialSentence(offer.denied) : ""} [${offer.denied?.reasonKey ?? "?"}]`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const cell = { border: "1px solid var(--rk-color-border, #d0d7de)", padding: "4px 8px", textAlign: "start", verticalAlign: "top" } as const;

const meta = {
  title: "Reference/Action matrix",
  component: ActionMatrix,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof ActionMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** R3, R19, R23, R24: every status × action state, with the reasons of disabled actions; no delete anywhere. */
export const EveryStatusAndAction: Story = {
  render: () => (
    <MessagesProvider>
      <ActionMatrix />
    </MessagesProvider>
  ),
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    const rows = within(table).getAllByRole("row");
    await expect(rows).toHaveLength(CASES.length + 1);
    // R24: each status of each lifecycle appears, with a text badge (R23).
    for (const label of ["Requested", "Invited", "Active", "Archived", "Inactive"]) await expect(within(table).getAllByText(label).length).toBeGreaterThan(0);
    // R3: disabled actions carry their rule and reason.
    for (const rule of ["(R1)", "(R2)", "(R4)", "(R15)"]) await expect(within(table).getAllByText(new RegExp(`disabled \\${rule.slice(0, -1)}\\)`)).length).toBeGreaterThan(0);
    // R19: there is no delete.
    await expect(within(table).queryByText(/delete/i)).toBeNull();
  },
};

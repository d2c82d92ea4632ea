import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_USERS } from "../src/adapters";
import type { Member, RosterAdapter, RosterSnapshotWith, Scope, UpdateMemberParams } from "../src/core";
import { RosterError, statusChangeMachine } from "../src/core";
import type { RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { formatDate } from "../src/react/format";
import { LiveRegion } from "../src/react/live-region";
import { MemberDetailsPanel } from "../src/react/member-details-panel";
import type { RosterMessagesOverrides } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";

// Seed of 20 members (generateSeed is deterministic); see SEED_USERS for the fixed ones.
const OSCAR = { id: SEED_USERS.endUser, name: "Oscar Kernighan", email: "oscar.kernighan@example.net" }; // end user of Design
const TOMAS = { id: SEED_USERS.superAdmin, name: "Tomas Lovelace" }; // super admin, admin of Design, Engineering, Sales
const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };
const ENGINEERING: Scope = { kind: "workspace", workspaceId: "ws-2" }; // Tomas is its only active admin

/** The machines the stores of these tests run from the start, so that tests read their states. */
const MACHINES = [statusChangeMachine] as const;

interface Harness {
  readonly store: RosterStore<RosterSnapshotWith<typeof MACHINES>>;
  readonly backend: ReturnType<typeof createMemoryAdapter>["backend"];
  readonly updates: UpdateMemberParams[];
  readonly getMember: ReturnType<typeof vi.fn>;
}

interface HarnessOptions {
  readonly scope?: Scope;
  readonly actorId?: string;
  readonly pageSize?: number;
  readonly updateMember?: (params: UpdateMemberParams, real: RosterAdapter["updateMember"]) => Promise<Member>;
}

function harness(options: HarnessOptions = {}): Harness {
  const actorId = options.actorId ?? SEED_USERS.superAdmin;
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId });
  const updates: UpdateMemberParams[] = [];
  const realUpdate = memory.updateMember.bind(memory);
  const getMember = vi.fn(memory.getMember.bind(memory));
  const adapter: RosterAdapter = {
    ...memory,
    getMember,
    updateMember: (params) => {
      updates.push(params);
      return options.updateMember ? options.updateMember(params, realUpdate) : realUpdate(params);
    },
  };
  let keys = 0;
  const store = createRosterStore({
    adapter,
    actor: memory.backend.actorFor(actorId),
    scope: options.scope ?? DESIGN,
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    createIdempotencyKey: () => `key-${++keys}`,
    machines: MACHINES,
  });
  return { store, backend: memory.backend, updates, getMember };
}

async function renderPanel(h: Harness, member: { id: string; name: string }, onClose?: () => void, messages?: RosterMessagesOverrides) {
  const view = render(
    <RosterProvider store={h.store} {...(messages ? { messages } : {})}>
      <LiveRegion />
      <MemberDetailsPanel memberId={member.id} {...(onClose ? { onClose } : {})} />
      <ConfirmStatusModal />
    </RosterProvider>,
  );
  const panel = await screen.findByRole("region", { name: `Details of ${member.name}` });
  await waitFor(() => expect(h.store.getSnapshot().workspaces.status).toBe("ready"));
  // Groups belong to a workspace: none are loaded in the All users view.
  await waitFor(() => expect(h.store.getSnapshot().groups.status).not.toBe("loading"));
  return { ...view, panel };
}

/** The value of a term in a definition list. */
function valueOf(list: HTMLElement, term: string): HTMLElement {
  const dt = within(list).getAllByRole("term").find((element) => element.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`No value for ${term}`);
  return dd;
}

describe("MemberDetailsPanel", () => {
  it("R23: shows every field: name, email, status badge, role, groups, dates, metadata; passes axe", async () => {
    const h = harness();
    const onClose = vi.fn();
    const { panel, container } = await renderPanel(h, OSCAR, onClose);
    const member = h.store.getSnapshot().members.get(OSCAR.id)!;

    expect(within(panel).getByRole("heading", { level: 2, name: OSCAR.name })).toBeInTheDocument();
    expect(valueOf(panel, "Email")).toHaveTextContent(OSCAR.email);
    expect(valueOf(panel, "Status")).toHaveTextContent("Active");
    expect(valueOf(panel, "Role")).toHaveTextContent("End user");
    expect(valueOf(panel, "Groups")).toHaveTextContent("Core team and Reviewers");
    expect(valueOf(panel, "Invited")).toHaveTextContent(formatDate(member.invitedAt, "en"));
    expect(valueOf(panel, "Last active")).toHaveTextContent(formatDate(member.lastActiveAt ?? "", "en"));
    const metadata = valueOf(panel, "Metadata");
    expect(valueOf(metadata, "department")).toHaveTextContent("Legal");
    expect(valueOf(metadata, "seniority")).toHaveTextContent("2");

    await userEvent.click(within(panel).getByRole("button", { name: "Close details" }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("lists the user's other workspace memberships, and every membership in the All users view", async () => {
    const h = harness();
    const { panel } = await renderPanel(h, TOMAS);
    const other = within(panel).getByRole("region", { name: "Other workspaces" });
    expect(within(other).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["EngineeringActiveAdmin", "SalesActiveAdmin"]);
    expect(within(panel).getByText("Super admin")).toBeInTheDocument();
    expect(within(panel).getByText("You")).toBeInTheDocument();
  });

  it("R2: in the All users view it lists every membership and offers the instance archive", async () => {
    const h = harness({ scope: { kind: "instance" } });
    const { panel } = await renderPanel(h, { id: "u-14", name: "Henrik Dijkstra" });
    const workspaces = within(panel).getByRole("region", { name: "Workspaces" });
    expect(within(workspaces).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["SalesActiveBuilder", "EngineeringActiveBuilder"]);
    expect(within(panel).getByRole("button", { name: "Archive from instance" })).toBeInTheDocument();
    expect(within(panel).queryByRole("button", { name: "Edit role and groups" })).not.toBeInTheDocument();
  });

  it("loads a member that is not on the current page with MEMBER.REFRESH", async () => {
    const h = harness({ pageSize: 2 });
    render(
      <RosterProvider store={h.store}>
        <MemberDetailsPanel memberId="u-19" />
      </RosterProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading member…");
    expect(await screen.findByRole("region", { name: "Details of Ines Garcia" })).toBeInTheDocument();
    expect(h.getMember).toHaveBeenCalledWith(expect.objectContaining({ memberId: "u-19" }));
  });

  it("R3, R4: an action the policy refuses is shown disabled with its reason, and does nothing", async () => {
    const user = userEvent.setup();
    const h = harness({ actorId: SEED_USERS.admin });
    const { panel } = await renderPanel(h, TOMAS);
    const archive = within(panel).getByRole("button", { name: "Archive user" });
    expect(archive).toHaveAttribute("aria-disabled", "true");
    // The refusal's own code, rule and key, not a made-up "forbidden".
    expect(archive).toHaveAttribute("data-code", "forbidden");
    expect(archive).toHaveAttribute("data-rule", "R4");
    expect(archive).toHaveAttribute("data-reason-key", "R4.superAdmin");
    expect(archive).toHaveAccessibleDescription("Only super admins can change the status of a super admin.");
    await user.click(archive);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(h.store.getSnapshot().statusChange.status).toBe("idle");
  });

  it("R21: the status button opens the same confirm modal as the row menu, through the same machine", async () => {
    const user = userEvent.setup();
    const h = harness();
    const { panel } = await renderPanel(h, OSCAR);
    await user.click(within(panel).getByRole("button", { name: "Archive user" }));
    expect(await screen.findByRole("alertdialog", { name: "Archive Oscar Kernighan?" })).toBeInTheDocument();
    expect(screen.getAllByRole("alertdialog")).toHaveLength(1);
    expect(h.store.getSnapshot().statusChange).toMatchObject({ status: "confirming", action: "archive", member: { id: OSCAR.id } });
  });
});

describe("MemberEditForm in the details panel", () => {
  it("edits role and groups by keyboard and mouse, saves, announces it and returns focus; passes axe", async () => {
    const user = userEvent.setup();
    const h = harness();
    const { panel, container } = await renderPanel(h, OSCAR);
    const edit = within(panel).getByRole("button", { name: "Edit role and groups" });
    await user.click(edit);
    const form = await within(panel).findByRole("form", { name: "Edit role and groups of Oscar Kernighan" });
    expect(edit).toHaveAttribute("aria-expanded", "true");
    expect(await axe(container)).toHaveNoViolations();

    const roles = within(form).getByRole("group", { name: "Role" });
    expect(within(roles).getByRole("radio", { name: "End user" })).toBeChecked();
    within(roles).getByRole("radio", { name: "End user" }).focus();
    await user.keyboard("{ArrowUp}"); // radio group: arrows move the one choice
    expect(within(roles).getByRole("radio", { name: "Builder" })).toBeChecked();
    const groups = within(form).getByRole("group", { name: "Groups" });
    await user.click(within(groups).getByRole("checkbox", { name: "Reviewers" }));
    await user.click(within(groups).getByRole("checkbox", { name: "On call" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    await waitFor(() => expect(within(panel).queryByRole("form")).not.toBeInTheDocument());
    expect(h.updates).toEqual([expect.objectContaining({ memberId: OSCAR.id, role: "builder", groups: ["g-1-1", "g-1-3"], expectedVersion: 1 })]);
    expect(valueOf(panel, "Role")).toHaveTextContent("Builder");
    expect(valueOf(panel, "Groups")).toHaveTextContent("Core team and On call");
    expect(screen.getByRole("status")).toHaveTextContent("Oscar Kernighan was updated.");
    expect(edit).toHaveFocus();
  });

  it("Cancel closes the editor without saving and returns focus", async () => {
    const user = userEvent.setup();
    const h = harness();
    const { panel } = await renderPanel(h, OSCAR);
    const edit = within(panel).getByRole("button", { name: "Edit role and groups" });
    await user.click(edit);
    const form = await within(panel).findByRole("form");
    await user.click(within(form).getByRole("radio", { name: "Admin" }));
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(within(panel).queryByRole("form")).not.toBeInTheDocument();
    expect(h.updates).toHaveLength(0);
    expect(edit).toHaveFocus();
  });

  it("a backend error is shown, nothing chosen is lost, and Try again sends the same save", async () => {
    const user = userEvent.setup();
    let failures = 1;
    const h = harness({
      updateMember: async (params, real) => {
        if (failures-- > 0) throw new RosterError("network", "The server could not be reached.");
        return real(params);
      },
    });
    const { panel, container } = await renderPanel(h, OSCAR);
    await user.click(within(panel).getByRole("button", { name: "Edit role and groups" }));
    const form = await within(panel).findByRole("form");
    await user.click(within(form).getByRole("radio", { name: "Builder" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await within(form).findByRole("alert")).toHaveTextContent("Not saved: The server could not be reached. Check your connection and try again. Your choices are kept.");
    expect(within(form).getByRole("radio", { name: "Builder" })).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(within(form).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(within(panel).queryByRole("form")).not.toBeInTheDocument());
    expect(h.updates.map((update) => update.idempotencyKey)).toEqual(["key-1", "key-1"]);
    expect(valueOf(panel, "Role")).toHaveTextContent("Builder");
  });

  it("R22: a conflict shows the member's current role and groups, and edits can start again from them", async () => {
    const user = userEvent.setup();
    const h = harness();
    const { panel, container } = await renderPanel(h, OSCAR);
    await user.click(within(panel).getByRole("button", { name: "Edit role and groups" }));
    const form = await within(panel).findByRole("form");
    await user.click(within(form).getByRole("radio", { name: "Builder" }));

    // Another admin changes Oscar's groups meanwhile.
    const signal = new AbortController().signal;
    await h.backend.as(SEED_USERS.admin).updateMember({ workspaceId: "ws-1", memberId: OSCAR.id, groups: ["g-1-3"], expectedVersion: 1, idempotencyKey: "other", signal });

    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    const alert = await within(form).findByRole("alert");
    expect(alert).toHaveTextContent("Oscar Kernighan was changed by someone else.");
    expect(alert).toHaveTextContent("Current values");
    const current = alert.querySelector<HTMLElement>('[data-part="current-values"]')!;
    expect(valueOf(current, "Role")).toHaveTextContent("End user");
    expect(valueOf(current, "Groups")).toHaveTextContent("On call");
    expect(within(form).getByRole("radio", { name: "Builder" })).toBeChecked(); // the choice is kept
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(form).getByRole("button", { name: "Edit their current values" }));
    expect(within(form).getByRole("radio", { name: "End user" })).toBeChecked();
    expect(within(form).getByRole("checkbox", { name: "On call" })).toBeChecked();
    await user.click(within(form).getByRole("radio", { name: "Builder" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(within(panel).queryByRole("form")).not.toBeInTheDocument());
    expect(h.updates.map((update) => update.expectedVersion)).toEqual([1, 2]);
  });

  it("R15: demoting the last active admin shows the policy's reason before saving, and Save sends nothing", async () => {
    const user = userEvent.setup();
    const h = harness({ scope: ENGINEERING });
    const { panel, container } = await renderPanel(h, TOMAS);
    await user.click(within(panel).getByRole("button", { name: "Edit role and groups" }));
    const form = await within(panel).findByRole("form");
    await user.click(within(form).getByRole("radio", { name: "Builder" }));

    const reason = within(form).getByRole("alert");
    expect(reason).toHaveTextContent("Tomas Lovelace is the last active admin of Engineering; removing their admin role would leave it without one.");
    const save = within(form).getByRole("button", { name: "Save changes" });
    expect(save).toHaveAttribute("aria-disabled", "true");
    expect(save).toHaveAccessibleDescription(/last active admin of Engineering/);
    await user.click(save);
    expect(h.updates).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(form).getByRole("radio", { name: "Admin" }));
    expect(within(form).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("R15, R3: a host that rewords the refusal by its key sees its words before saving, with the verb and workspaces it is made of", async () => {
    const user = userEvent.setup();
    const h = harness({ scope: ENGINEERING });
    const messages: RosterMessagesOverrides = {
      denials: {
        "R15.lastAdmin": ({ name, verb, workspaceNames }, f) => `${verb === "changeRole" ? "Demoting" : "Stopping"} ${name} leaves ${f.list(workspaceNames)} without an admin.`,
      },
    };
    const { panel } = await renderPanel(h, TOMAS, undefined, messages);
    await user.click(within(panel).getByRole("button", { name: "Edit role and groups" }));
    const form = await within(panel).findByRole("form");
    await user.click(within(form).getByRole("radio", { name: "Builder" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("Demoting Tomas Lovelace leaves Engineering without an admin.");
    expect(within(form).getByRole("button", { name: "Save changes" })).toHaveAccessibleDescription("Demoting Tomas Lovelace leaves Engineering without an admin.");
  });
});

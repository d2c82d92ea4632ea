import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_USERS } from "../src/adapters";
import type { ChangeStatusParams, ChangeStatusResult, Lifecycle, RosterAdapter, RosterSnapshotWith, Scope } from "../src/core";
import { RosterError, deniedError, statusChangeMachine } from "../src/core";
import { denial } from "../src/core/policy";
import type { RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { registerMemberTrigger } from "../src/react/focus-return";
import { LiveRegion } from "../src/react/live-region";
import { MemberDetailsPanel } from "../src/react/member-details-panel";
import { RosterProvider } from "../src/react/provider";

// Seed of 20 members (generateSeed is deterministic): ws-1 "Design" holds 12 billable seats.
const OSCAR = { id: SEED_USERS.endUser, name: "Oscar Kernighan" }; // active end user of Design
const HEDY = { id: SEED_USERS.stopped, name: "Hedy Matsumoto", email: "hedy.matsumoto@example.com" }; // archived in Design
const HENRIK = { id: "u-14", name: "Henrik Dijkstra" }; // active in Engineering (3 seats) and Sales (4 seats)
const DESIGN: Scope = { kind: "workspace", workspaceId: "ws-1" };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** The machines the stores of these tests run from the start, so that tests read their states. */
const MACHINES = [statusChangeMachine] as const;

interface Harness {
  readonly store: RosterStore<RosterSnapshotWith<typeof MACHINES>>;
  readonly backend: ReturnType<typeof createMemoryAdapter>["backend"];
  /** Every `changeStatus` request the store sent, in order. */
  readonly calls: ChangeStatusParams[];
}

interface HarnessOptions {
  readonly scope?: Scope;
  readonly lifecycle?: Lifecycle;
  readonly actorId?: string;
  /** Replaces `changeStatus`; `real` is the memory backend's. */
  readonly changeStatus?: (params: ChangeStatusParams, real: RosterAdapter["changeStatus"]) => Promise<ChangeStatusResult>;
  /** The store's `requestTimeoutMs`. */
  readonly requestTimeoutMs?: number;
}

/** The memory backend behind a wrapper that records (and may replace) every status change request. */
function harness(options: HarnessOptions = {}): Harness {
  const lifecycle = options.lifecycle ?? "archive";
  const actorId = options.actorId ?? SEED_USERS.superAdmin;
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20, lifecycle }), config: { lifecycle }, actorId });
  const calls: ChangeStatusParams[] = [];
  const real = memory.changeStatus.bind(memory);
  const adapter: RosterAdapter = {
    ...memory,
    changeStatus: (params) => {
      calls.push(params);
      return options.changeStatus ? options.changeStatus(params, real) : real(params);
    },
  };
  let keys = 0;
  const store = createRosterStore({
    adapter,
    actor: memory.backend.actorFor(actorId),
    config: { lifecycle },
    scope: options.scope ?? DESIGN,
    createIdempotencyKey: () => `key-${++keys}`,
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    machines: MACHINES,
  });
  return { store, backend: memory.backend, calls };
}

function renderConsole(store: RosterStore, children: ReactNode) {
  return render(
    <RosterProvider store={store}>
      <LiveRegion />
      {children}
      <ConfirmStatusModal />
    </RosterProvider>,
  );
}

/** Renders the details panel of a member and waits until it and the workspace summaries are loaded. */
async function openPanel(h: Harness, member: { id: string; name: string }) {
  const view = renderConsole(h.store, <MemberDetailsPanel memberId={member.id} />);
  await screen.findByRole("region", { name: `Details of ${member.name}` });
  await waitFor(() => expect(h.store.getSnapshot().workspaces.status).toBe("ready"));
  return view;
}

/** The details panel (the open modal hides the page from assistive technology, so not by role). */
function panel(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-scope="member-details"][data-part="root"]');
  if (!element) throw new Error("The details panel is not rendered.");
  return element;
}
const statusOf = () => within(panel()).getAllByText(/^(Active|Archived|Invited|Requested|Inactive)$/)[0];

describe("ConfirmStatusModal", () => {
  it("R20, R21: the details panel's button opens the modal naming the member, the action and its consequences", async () => {
    const user = userEvent.setup();
    const h = harness();
    const { baseElement } = await openPanel(h, OSCAR);

    await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    expect(dialog).toHaveAttribute("data-tone", "danger");
    expect(dialog).toHaveAccessibleDescription(/Oscar Kernighan loses access to Design/);
    const items = within(dialog).getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual([
      "Oscar Kernighan loses access to Design. Their other workspaces are not affected.",
      "Workspace affected: Design.",
      "No email is sent.",
      "Billable seats: 12 → 11.",
      "Nothing they made is deleted.",
    ]);
    const confirm = within(dialog).getByRole("button", { name: "Archive user" });
    expect(confirm).toHaveAttribute("data-variant", "danger");
    // The least destructive action has focus (alertdialog).
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    expect(await axe(baseElement)).toHaveNoViolations();
  });

  it("R20: confirming shows the new status at once, with progress, before the backend answers; then announces it and returns focus", async () => {
    const user = userEvent.setup();
    const answer = deferred<void>();
    const h = harness({ changeStatus: async (params, real) => (await answer.promise, real(params)) });
    await openPanel(h, OSCAR);
    const opener = within(panel()).getByRole("button", { name: "Archive user" });

    await user.click(opener);
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));

    // Optimistic: the badge already says Archived; the backend has not answered.
    expect(statusOf()).toHaveTextContent("Archived");
    const progress = within(dialog).getByRole("button", { name: "Archiving…" });
    expect(progress).toHaveAttribute("aria-disabled", "true");
    expect(dialog).toHaveAttribute("data-phase", "applying");
    await user.click(progress); // ignored while applying: no second request
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();
    expect(h.calls).toHaveLength(1);

    await act(async () => answer.resolve());
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("Oscar Kernighan is now archived.");
    expect(statusOf()).toHaveTextContent("Archived");
    // The same button, now the resume action, gets focus back.
    expect(within(panel()).getByRole("button", { name: "Unarchive user" })).toHaveFocus();
  });

  it("R20: Escape and the Cancel button cancel without sending anything; focus returns to the opener (keyboard)", async () => {
    const user = userEvent.setup();
    const h = harness();
    await openPanel(h, OSCAR);
    const opener = within(panel()).getByRole("button", { name: "Archive user" });

    opener.focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("alertdialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();

    await user.keyboard(" ");
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(h.calls).toHaveLength(0);
    expect(h.store.getSnapshot().statusChange.status).toBe("idle");
  });

  it("R20: confirming by keyboard (Tab to the confirm button, Enter) applies the change", async () => {
    const user = userEvent.setup();
    const h = harness();
    await openPanel(h, OSCAR);
    within(panel()).getByRole("button", { name: "Archive user" }).focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("alertdialog");
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Archive user" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(h.calls).toHaveLength(1);
    expect(h.backend.snapshot().memberships.find((m) => m.userId === OSCAR.id)?.status).toBe("archived");
  });

  it("R20: a network failure rolls the badge back, shows the error in the modal, and Retry sends the same idempotency key", async () => {
    const user = userEvent.setup();
    let failures = 1;
    const h = harness({
      changeStatus: async (params, real) => {
        if (failures-- > 0) throw new RosterError("network", "The server could not be reached.");
        return real(params);
      },
    });
    const { baseElement } = await openPanel(h, OSCAR);
    await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Oscar Kernighan was not changed: The server could not be reached.");
    expect(statusOf()).toHaveTextContent("Active"); // rolled back
    expect(screen.getByRole("status")).toHaveTextContent("Oscar Kernighan was not changed: The server could not be reached.");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toBeInTheDocument();
    expect(await axe(baseElement)).toHaveNoViolations();

    const retry = within(dialog).getByRole("button", { name: "Try again" });
    expect(retry).toHaveFocus(); // the confirm button became Retry: focus did not fall out
    await user.click(retry);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(h.calls.map((call) => call.idempotencyKey)).toEqual(["key-1", "key-1"]);
    expect(statusOf()).toHaveTextContent("Archived");
    expect(screen.getByRole("status")).toHaveTextContent("Oscar Kernighan is now archived.");
  });

  it("R20: a refusal that a retry cannot fix shows its reason with Cancel only; Cancel closes", async () => {
    const user = userEvent.setup();
    const h = harness({
      changeStatus: async () => {
        throw deniedError(denial("R15.lastAdmin", { name: "Oscar Kernighan", verb: "archive", workspaces: ["ws-1"], workspaceNames: ["Design"], count: 1 }));
      },
    });
    await openPanel(h, OSCAR);
    await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Oscar Kernighan is the last active admin of Design; archiving them would leave it without one.");
    expect(within(dialog).queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    expect(statusOf()).toHaveTextContent("Active");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  });

  it("R22: a member changed meanwhile is not changed; the modal shows their new state and can start again on it", async () => {
    const user = userEvent.setup();
    const h = harness();
    await openPanel(h, OSCAR);
    await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog");

    // Another admin promotes Oscar while the modal is open.
    const other = h.backend.as(SEED_USERS.admin);
    const signal = new AbortController().signal;
    await other.updateMember({ workspaceId: "ws-1", memberId: OSCAR.id, role: "builder", expectedVersion: 1, idempotencyKey: "other-1", signal });

    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));
    expect(await within(dialog).findByText(/Oscar Kernighan was changed by someone else while this was open/)).toBeInTheDocument();
    const current = dialog.querySelector('[data-part="current-state"]');
    expect(current).toHaveTextContent(/Current status\s*Active\s*Current role\s*Builder/);
    expect(h.backend.snapshot().memberships.find((m) => m.userId === OSCAR.id)?.status).toBe("active");
    expect(within(dialog).getByRole("button", { name: "Close" })).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Start again" }));
    const again = await screen.findByRole("alertdialog", { name: "Archive Oscar Kernighan?" });
    await user.click(within(again).getByRole("button", { name: "Archive user" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(h.calls.map((call) => call.expectedVersion)).toEqual([1, 2]);
    expect(h.backend.snapshot().memberships.find((m) => m.userId === OSCAR.id)?.status).toBe("archived");
  });

  it("R14, R16: unarchiving tells that an invitation email is sent and that a seat is taken", async () => {
    const user = userEvent.setup();
    const h = harness();
    await openPanel(h, HEDY);
    await user.click(within(panel()).getByRole("button", { name: "Unarchive user" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Unarchive Hedy Matsumoto?" });
    expect(dialog).not.toHaveAttribute("data-tone");
    expect(within(dialog).getByText(`An invitation email is sent to ${HEDY.email}.`)).toBeInTheDocument();
    expect(within(dialog).getByText("Billable seats: 12 → 13.")).toBeInTheDocument();
    expect(within(dialog).getByText(/Hedy Matsumoto is invited to Design again/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Unarchive user" })).toHaveAttribute("data-variant", "primary");

    await user.click(within(dialog).getByRole("button", { name: "Unarchive user" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(h.backend.outbox().some((email) => email.to === HEDY.email)).toBe(true);
    expect(screen.getByRole("status")).toHaveTextContent("Hedy Matsumoto is now invited.");
  });

  it("R10, R11, R16: archiving a pending invite says the invitation link stops working and frees its seat", async () => {
    const user = userEvent.setup();
    const h = harness();
    await openPanel(h, { id: SEED_USERS.invited, name: "Edsger Conway" });
    await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Archive Edsger Conway?" });
    expect(within(dialog).getByText("Their pending invitation link stops working.")).toBeInTheDocument();
    expect(within(dialog).getByText("Billable seats: 12 → 11.")).toBeInTheDocument();
  });

  it("is mirrored for right-to-left locales: the dialog is portalled into the provider's themed, dir-carrying container", async () => {
    const h = harness();
    render(
      <RosterProvider store={h.store} locale="ar">
        <ConfirmStatusModal />
      </RosterProvider>,
    );
    await waitFor(() => expect(h.store.getSnapshot().members.get(OSCAR.id)).toBeDefined());
    act(() => h.store.send({ type: "STATUS.OPEN", memberId: OSCAR.id, action: "archive" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.closest("[data-rk-portal]")).toHaveAttribute("dir", "rtl");
  });

  it("R12, R16: an instance archive names every workspace and each one's seat change", async () => {
    const user = userEvent.setup();
    const h = harness({ scope: { kind: "instance" } });
    await openPanel(h, HENRIK);
    await user.click(within(panel()).getByRole("button", { name: "Archive from instance" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Archive Henrik Dijkstra from the whole instance?" });
    const items = within(dialog).getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toContain("Workspaces affected: Sales and Engineering.");
    expect(items).toContain("Billable seats in Engineering: 3 → 2.");
    expect(items).toContain("Billable seats in Sales: 4 → 3.");
    expect(items[0]).toMatch(/can no longer sign in and loses access to every workspace/);
    expect(within(dialog).getByRole("button", { name: "Archive from instance" })).toBeInTheDocument();
  });

  it("deactivate lifecycle: Deactivate and Reactivate labels and consequences", async () => {
    const user = userEvent.setup();
    const h = harness({ lifecycle: "deactivate" });
    await openPanel(h, OSCAR);
    await user.click(within(panel()).getByRole("button", { name: "Deactivate" }));
    let dialog = await screen.findByRole("alertdialog", { name: "Deactivate Oscar Kernighan?" });
    expect(within(dialog).getByText(/can no longer sign in, stops receiving notifications/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Deactivate" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("Oscar Kernighan is now inactive.");

    await user.click(within(panel()).getByRole("button", { name: "Reactivate" }));
    dialog = await screen.findByRole("alertdialog", { name: "Reactivate Oscar Kernighan?" });
    expect(within(dialog).getByText(/can sign in again at once, with the role and groups they had before/)).toBeInTheDocument();
    const [, before, after] = /Billable seats: (\d+) → (\d+)\./.exec(dialog.textContent ?? "") ?? [];
    expect(Number(after)).toBe(Number(before) + 1);
  });

  it("R20: the modal keeps focus, presses and scrolling to itself without writing to the page, and gives focus back before it goes", async () => {
    const user = userEvent.setup();
    const h = harness();
    let outsideClicks = 0;
    renderConsole(
      h.store,
      <>
        <MemberDetailsPanel memberId={OSCAR.id} />
        <button type="button" onClick={() => (outsideClicks += 1)}>
          Outside
        </button>
      </>,
    );
    await screen.findByRole("region", { name: `Details of ${OSCAR.name}` });
    await waitFor(() => expect(h.store.getSnapshot().workspaces.status).toBe("ready"));
    const opener = within(panel()).getByRole("button", { name: "Archive user" });
    const outside = screen.getByRole("button", { name: "Outside" });
    await user.click(opener);
    const dialog = await screen.findByRole("alertdialog");
    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    const confirm = within(dialog).getByRole("button", { name: "Archive user" });

    // Modal for assistive technology: the page around it is hidden, the live region still heard.
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(screen.queryByRole("region", { name: `Details of ${OSCAR.name}` })).toBeNull();
    expect(screen.getByRole("status")).toBeInTheDocument();
    // Nothing written to <body>: its style and attributes are inherited by the whole page, which would restyle all of it.
    expect(document.body.attributes).toHaveLength(0);

    // Focus stays inside: Tab loops, and focus sent outside comes back.
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    act(() => outside.focus());
    expect(cancel).toHaveFocus();

    // A press outside reaches nothing, and the wheel does not scroll the page.
    await user.click(outside);
    expect(outsideClicks).toBe(0);
    expect(dialog).toBeInTheDocument();
    const wheel = new WheelEvent("wheel", { bubbles: true, cancelable: true, deltaY: 120 });
    outside.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);

    // Focus is back on the opener while the dialog is still in the document.
    let dialogPresentOnReturn: boolean | null = null;
    opener.addEventListener("focus", () => (dialogPresentOnReturn ??= dialog.isConnected), { once: true });
    await user.click(cancel);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(dialogPresentOnReturn).toBe(true);

    // Closed, the page is the page again.
    expect(screen.getByRole("region", { name: `Details of ${OSCAR.name}` })).toBeInTheDocument();
    await user.click(outside);
    expect(outsideClicks).toBe(1);
  });

  it("R21: opened from elsewhere (a row menu), focus returns to the member's registered row trigger", async () => {
    const user = userEvent.setup();
    const h = harness();
    renderConsole(
      h.store,
      <button type="button" ref={(element) => registerMemberTrigger(OSCAR.id, element)}>
        Actions for Oscar Kernighan
      </button>,
    );
    await waitFor(() => expect(h.store.getSnapshot().members.get(OSCAR.id)).toBeDefined());
    // A menu item that has gone away by now sent the event: nothing of it is left to focus.
    act(() => h.store.send({ type: "STATUS.OPEN", memberId: OSCAR.id, action: "archive" }));
    await screen.findByRole("alertdialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Actions for Oscar Kernighan" })).toHaveFocus();
  });

  it("R3, R4: a change the policy refuses shows the reason and a disabled confirm button; nothing is sent", async () => {
    const user = userEvent.setup();
    const h = harness({ actorId: SEED_USERS.admin });
    renderConsole(h.store, null);
    await waitFor(() => expect(h.store.getSnapshot().members.get(SEED_USERS.superAdmin)).toBeDefined());
    act(() => h.store.send({ type: "STATUS.OPEN", memberId: SEED_USERS.superAdmin, action: "archive" }));
    const dialog = await screen.findByRole("alertdialog");
    const confirm = within(dialog).getByRole("button", { name: "Archive user" });
    expect(confirm).toHaveAttribute("aria-disabled", "true");
    expect(confirm).toHaveAccessibleDescription("Only super admins can change the status of a super admin.");
    await user.click(confirm);
    expect(h.calls).toHaveLength(0);
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();
  });
  it("R20: Cancel stays available while the change is on its way: it abandons it, the badge rolls back, focus returns; the answer that comes after is dropped and the next refresh shows the truth", async () => {
    const user = userEvent.setup();
    const answer = deferred<void>();
    // The server applies the change after the client gave up on it; `applied` settles once it has.
    let applied: Promise<unknown> = Promise.resolve();
    const h = harness({
      changeStatus: (params, real) => {
        const write = answer.promise.then(() => real({ ...params, signal: new AbortController().signal }));
        applied = write.catch(() => undefined);
        return write;
      },
    });
    await openPanel(h, OSCAR);
    const opener = within(panel()).getByRole("button", { name: "Archive user" });
    await user.click(opener);
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));
    expect(statusOf()).toHaveTextContent("Archived");

    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    expect(cancel).not.toHaveAttribute("aria-disabled");
    await user.click(cancel);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(statusOf()).toHaveTextContent("Active"); // rolled back
    expect(opener).toHaveFocus();
    expect(h.calls[0]?.signal.aborted).toBe(true);
    expect(h.store.getSnapshot().pending).toEqual({});

    await act(async () => {
      answer.resolve();
      await applied;
    });
    expect(statusOf()).toHaveTextContent("Active"); // the late answer is dropped
    act(() => h.store.send({ type: "MEMBER.REFRESH", memberId: OSCAR.id }));
    await waitFor(() => expect(statusOf()).toHaveTextContent("Archived")); // the truth, read again
    expect(h.calls).toHaveLength(1);
  });

  it("R20: a change that never answers fails after the store's timeout: the badge rolls back, the modal says it timed out, Retry has focus and Escape closes", async () => {
    const user = userEvent.setup();
    const h = harness({ requestTimeoutMs: 50, changeStatus: () => new Promise<ChangeStatusResult>(() => undefined) });
    const { baseElement } = await openPanel(h, OSCAR);
    const opener = within(panel()).getByRole("button", { name: "Archive user" });
    await user.click(opener);
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));

    const said = "Oscar Kernighan was not changed: The server did not answer in time. Check your connection and try again.";
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(said);
    expect(dialog).toHaveAttribute("data-phase", "failed");
    expect(statusOf()).toHaveTextContent("Active");
    expect(screen.getByRole("status")).toHaveTextContent(said);
    expect(within(dialog).getByRole("button", { name: "Try again" })).toHaveFocus();
    expect(await axe(baseElement)).toHaveNoViolations();

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it("R22: a conflict is announced in the live region and focus moves to the news, not onto a renamed button; axe passes", async () => {
    const user = userEvent.setup();
    const h = harness();
    const { baseElement } = await openPanel(h, OSCAR);
    await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog");
    const other = h.backend.as(SEED_USERS.admin);
    await other.updateMember({ workspaceId: "ws-1", memberId: OSCAR.id, role: "builder", expectedVersion: 1, idempotencyKey: "other-1", signal: new AbortController().signal });

    const confirm = within(dialog).getByRole("button", { name: "Archive user" });
    await user.click(confirm);
    const news = await within(dialog).findByText(/Oscar Kernighan was changed by someone else while this was open/);
    expect(dialog).toHaveAttribute("data-phase", "conflict");
    expect(news).toHaveFocus();
    expect(confirm).not.toBeInTheDocument(); // "Start again" is a new button, not the confirm button renamed
    expect(screen.getByRole("status")).toHaveTextContent(
      "Oscar Kernighan was not changed: someone else changed them first. They are now active. Review their current state.",
    );
    expect(await axe(baseElement)).toHaveNoViolations();

    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Close" })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Start again" })).toHaveFocus();
  });

  it("errors shown to people never carry the request's method, path or ids; the kit's words stand in", async () => {
    const user = userEvent.setup();
    const internal = "POST /workspaces/ws-1/members/u-28/status answered 500 Internal Server Error with \"boom\".";
    const thrown: unknown[] = [
      new RosterError("unknown", internal, { retryable: true }),
      new RosterError("forbidden", `Refused: ${internal}`),
      new TypeError(`NetworkError when attempting to fetch https://api.example.test/v1/workspaces/ws-1/members/u-28/status`),
    ];
    const h = harness({
      changeStatus: async () => {
        throw thrown.shift();
      },
    });
    await openPanel(h, OSCAR);
    const shown: string[] = [];
    const kept: RosterError[] = [];
    for (const expected of ["Something went wrong. Try again.", "You are not allowed to do this.", "Something went wrong. Try again."]) {
      await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
      const dialog = await screen.findByRole("alertdialog");
      await user.click(within(dialog).getByRole("button", { name: "Archive user" }));
      const alert = await within(dialog).findByRole("alert");
      expect(alert).toHaveTextContent(`Oscar Kernighan was not changed: ${expected}`);
      shown.push(alert.textContent ?? "", screen.getByRole("status").textContent ?? "");
      const state = h.store.getSnapshot().statusChange;
      if (state.status === "failed") kept.push(state.error);
      await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
      await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    }
    for (const text of shown) expect(text).not.toMatch(/POST|\/workspaces|ws-1|u-28|https?:/);
    // The developer's account stays on the error object.
    expect(kept.map((error) => error.message.includes("/workspaces/ws-1/members/u-28") || error.detail?.includes("/workspaces/ws-1/members/u-28"))).toEqual([true, true, true]);
  });
});

import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HttpResponse, delay, getResponse, http } from "msw";
import type { HttpHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { SEED_FIRST_WORKSPACE, SEED_USERS, createMemoryBackend, createRestAdapter, generateSeed } from "../src/adapters";
import type { MemoryBackend } from "../src/adapters";
import type { Scope } from "../src/core";
import type { RosterSnapshotWith, RosterStore } from "../src/core/store";
import { statusChangeMachine } from "../src/core/status-change.machine";
import { createRosterStore } from "../src/core/store";
import { DEFAULT_MOCK_BASE_URL, ROSTER_ACTOR_HEADER, createRosterHandlers } from "../src/mocks";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { InviteUserDialog } from "../src/react/invite-user-dialog";
import { LiveRegion } from "../src/react/live-region";
import { MemberDetailsPanel } from "../src/react/member-details-panel";
import { RosterProvider } from "../src/react/provider";
import type { InviteFormPage } from "../src/testing/page-objects/invite-form-page";
import type { RosterPages } from "../src/testing/page-objects/roster-pages";
import { deferred } from "./support/async";
import { rosterPages } from "./support/pages";

/**
 * The fault matrix (issue 14): every fault a network or a server can throw at the two writes people
 * start — a status change (R20) and an invite (R5) — sent by the REST adapter to the MSW mock server,
 * through the store and the components. Each row asserts that nothing is lost (the row rolls back, what
 * was typed stays, nothing is applied twice, R26) and nothing is stuck (buttons usable, the dialog
 * closable), and that no text shown to people carries the request's method, path or ids.
 *
 * Timeouts are small numbers of milliseconds (the REST adapter's `timeoutMs`); no assertion measures time.
 */

const BASE = DEFAULT_MOCK_BASE_URL;
const WS = SEED_FIRST_WORKSPACE;
const DESIGN: Scope = { kind: "workspace", workspaceId: WS };
const ACTOR = SEED_USERS.superAdmin;
const OSCAR = { id: SEED_USERS.endUser, name: "Oscar Kernighan" }; // active end user of Design
const NORA = { name: "Nora Fault", email: "nora.fault@example.com", role: "End user", metadata: '{"team":"ops"}' };
/** The form's result line for Nora (R9: invited, or requested when she has no account yet). */
const INVITED = /^nora\.fault@example\.com: (invited|requested)/;
const STATUS_URL = `${BASE}/workspaces/:workspaceId/members/:memberId/status`;
const INVITE_URL = `${BASE}/workspaces/:workspaceId/invitations`;
/** What a leaky server might put in a problem: none of it may reach people. */
const LEAK = /POST|PATCH|\/workspaces|ws-1|u-\d|db-3|https?:/;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.events.removeAllListeners();
  server.resetHandlers();
});
afterAll(() => server.close());

type Flow = "status" | "invite";

/** One client, its store and the backend behind the mock server. */
/** The machines the stores of these tests run from the start, so that tests read their states. */
const MACHINES = [statusChangeMachine] as const;

interface World {
  readonly backend: MemoryBackend;
  readonly store: RosterStore<RosterSnapshotWith<typeof MACHINES>>;
  /** The real handlers: the server as it is when nothing goes wrong. */
  readonly handlers: readonly HttpHandler[];
  /** Writes the client sent (every attempt), with their idempotency keys. */
  readonly writes: { readonly flow: Flow; readonly key: string | null }[];
  /** Backoffs the REST adapter waited before a retry (recorded, not waited). */
  readonly waits: number[];
  /** The network and server work again. */
  heal(): void;
}

/** `timeoutMs`: how long the REST adapter waits for one attempt: short, so a hang ends within seconds, yet long enough that a loaded machine answers the requests that do not hang. */
function world(timeoutMs = 600): World {
  const backend = createMemoryBackend({ dataset: generateSeed({ members: 20 }) });
  const handlers = createRosterHandlers({ backend, baseUrl: BASE });
  server.resetHandlers(...handlers);
  const writes: World["writes"] = [];
  server.events.on("request:start", ({ request }) => {
    const path = new URL(request.url).pathname;
    if (request.method !== "POST") return;
    const flow: Flow | null = path.endsWith("/status") ? "status" : path.endsWith("/invitations") ? "invite" : null;
    if (flow) writes.push({ flow, key: request.headers.get("Idempotency-Key") });
  });
  const waits: number[] = [];
  const adapter = createRestAdapter({
    baseUrl: BASE,
    headers: { [ROSTER_ACTOR_HEADER]: ACTOR },
    timeoutMs,
    retry: {
      attempts: 2,
      sleep: async (ms, signal) => {
        waits.push(ms);
        if (signal.aborted) throw new DOMException("aborted", "AbortError");
      },
    },
  });
  const store = createRosterStore({ adapter, actor: backend.actorFor(ACTOR), config: { lifecycle: "archive" }, scope: DESIGN, machines: MACHINES });
  return { backend, store, handlers, writes, waits, heal: () => server.resetHandlers(...handlers) };
}

/** A problem answer, as a server (maybe a leaky one) writes it. */
function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ type: "about:blank", title: "Problem", status, ...body }, { status, headers: { "Content-Type": "application/problem+json", ...headers } });
}

interface Fault {
  readonly name: string;
  /** Breaks the network or the server for one flow (the status change is Oscar's archive). */
  readonly inject: (w: World, flow: Flow) => void | Promise<void>;
  /** Whether the kit offers "Try again" (the same request, same key, cannot act twice). */
  readonly retryable: boolean;
  /** What the person reads, after the member's or the request's part. */
  readonly says: string;
}

/** Answers every write of the flow with `answer`. */
function breakWrites(flow: Flow, answer: Parameters<typeof http.post>[1]): HttpHandler {
  return http.post(flow === "status" ? STATUS_URL : INVITE_URL, answer);
}

/** The failures that end in an error the person sees, then a retry once the fault is gone. */
const FAILURES: readonly Fault[] = [
  {
    name: "network loss",
    inject: (_w, flow) => void server.use(breakWrites(flow, () => HttpResponse.error())),
    retryable: true,
    says: "The server could not be reached. Check your connection and try again.",
  },
  {
    name: "the answer is lost after the server applied the write",
    inject: (w, flow) =>
      void server.use(
        breakWrites(flow, async ({ request }) => {
          await getResponse([...w.handlers], request); // applied (or answered from the key's first answer, R26)
          return HttpResponse.error();
        }),
      ),
    retryable: true,
    says: "The server could not be reached. Check your connection and try again.",
  },
  {
    name: "a hang past the timeout",
    inject: (_w, flow) =>
      void server.use(
        breakWrites(flow, async () => {
          await delay("infinite");
          return HttpResponse.error();
        }),
      ),
    retryable: true,
    says: "The server did not answer in time. Check your connection and try again.",
  },
  {
    name: "5xx with internals in its body",
    inject: (_w, flow) =>
      void server.use(breakWrites(flow, () => problem(503, { detail: "db-3.internal:5432 refused POST /workspaces/ws-1/members/u-8/status" }))),
    retryable: true,
    says: "Something went wrong. Try again.",
  },
  {
    name: "429 with Retry-After",
    inject: (_w, flow) => void server.use(breakWrites(flow, () => problem(429, { code: "rate_limited", detail: "Slow down." }, { "Retry-After": "1" }))),
    retryable: true,
    says: "Too many requests. Wait a moment and try again.",
  },
  {
    name: "403 refused by the server, naming its refusal key and values",
    inject: (_w, flow) =>
      void server.use(
        breakWrites(flow, () => problem(403, { code: "forbidden", detail: "Nur Admins von Design.", rule: "R1", reasonKey: "R1.notAdmin", params: { verb: "archive" } })),
      ),
    retryable: false,
    says: "Only admins of this workspace can archive members.",
  },
  {
    name: "403 refused by the server in its own words only",
    inject: (_w, flow) => void server.use(breakWrites(flow, () => problem(403, { code: "forbidden", detail: "Only admins of Design can do this.", rule: "R1" }))),
    retryable: false,
    says: "You are not allowed to do this.",
  },
];

function renderStatusConsole(store: RosterStore) {
  return render(
    <RosterProvider store={store}>
      <LiveRegion />
      <MemberDetailsPanel memberId={OSCAR.id} />
      <ConfirmStatusModal />
    </RosterProvider>,
  );
}

function panel(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-scope="member-details"][data-part="root"]');
  if (!element) throw new Error("The details panel is not rendered.");
  return element;
}
const badge = () => within(panel()).getAllByText(/^(Active|Archived|Invited|Requested|Inactive)$/)[0];

async function memberNow(w: World) {
  return w.backend.as(ACTOR).getMember({ scope: DESIGN, memberId: OSCAR.id, signal: new AbortController().signal });
}

/** Opens the archive dialog of Oscar from his details panel; returns the modal and its element. */
async function openArchive(user: ReturnType<typeof userEvent.setup>, pages: RosterPages<HTMLElement>) {
  await user.click(within(panel()).getByRole("button", { name: "Archive user" }));
  const modal = pages.confirmModal("Archive Oscar Kernighan?");
  return { modal, dialog: await modal.element() };
}

async function startStatusFlow(w: World) {
  const user = userEvent.setup();
  const view = renderStatusConsole(w.store);
  await screen.findByRole("region", { name: `Details of ${OSCAR.name}` });
  await waitFor(() => expect(w.store.getSnapshot().workspaces.status).toBe("ready"));
  return { user, pages: rosterPages(user), view, before: await memberNow(w) };
}

function renderInviteConsole(store: RosterStore) {
  return render(
    <RosterProvider store={store}>
      <InviteUserDialog closeOnSuccess="never" />
    </RosterProvider>,
  );
}

/** Everything typed for Nora is still in the form. */
async function expectNoraKept(form: InviteFormPage<HTMLElement>): Promise<void> {
  expect(await form.field("name")).toHaveValue(NORA.name);
  expect(await form.field("email")).toHaveValue(NORA.email);
  expect(await form.roleOption(NORA.role)).toBeChecked();
  expect(await form.field("metadata")).toHaveValue(NORA.metadata);
}

/** Nora was invited exactly once: one membership, one invitation email (R10, R26). */
function expectNoraInvitedOnce(w: World): void {
  const { users, memberships } = w.backend.snapshot();
  const ids = users.filter((entry) => entry.email === NORA.email).map((entry) => entry.id);
  expect(ids).toHaveLength(1);
  expect(memberships.filter((membership) => ids.includes(membership.userId) && membership.workspaceId === WS)).toHaveLength(1);
  expect(w.backend.outbox().filter((email) => email.to === NORA.email)).toHaveLength(1);
}

function expectNoraNotInvited(w: World): void {
  expect(w.backend.snapshot().users.filter((entry) => entry.email === NORA.email)).toHaveLength(0);
}

async function startInviteFlow(w: World) {
  const user = userEvent.setup();
  const pages = rosterPages(user);
  const view = renderInviteConsole(w.store);
  await waitFor(() => expect(w.store.getSnapshot().groups.status).toBe("ready"));
  const form = await pages.openInviteDialog();
  await form.fillInvitee(NORA);
  return { user, pages, form, view, dialog: await form.element() };
}

/** Every request the flow sent carried the same idempotency key: retries of one intent (R26). */
function expectOneIntent(w: World, flow: Flow): void {
  const keys = new Set(w.writes.filter((write) => write.flow === flow).map((write) => write.key));
  expect(keys.size).toBe(1);
  expect(keys.has(null)).toBe(false);
}

describe("fault matrix: a status change (R20) through REST, the store and the confirm modal", () => {
  for (const fault of FAILURES) {
    it(`R20, R26: ${fault.name}: the row rolls back, the modal says so in words for people, Cancel and Escape work${fault.retryable ? ", Try again applies it once" : ""}`, async () => {
      const w = world();
      const { user, pages, before } = await startStatusFlow(w);
      await fault.inject(w, "status");
      const { modal, dialog } = await openArchive(user, pages);
      await modal.confirm("Archive user");

      const alert = await within(dialog).findByRole("alert", {}, { timeout: 3000 });
      const said = `Oscar Kernighan was not changed: ${fault.says}`;
      expect(alert).toHaveTextContent(said);
      expect(screen.getByRole("status")).toHaveTextContent(said);
      for (const text of [alert.textContent, screen.getByRole("status").textContent]) expect(text).not.toMatch(LEAK);
      // Nothing lost: the row shows what the server last said, nothing optimistic is left behind.
      expect(badge()).toHaveTextContent("Active");
      expect(w.store.getSnapshot().pending).toEqual({});
      // Nothing stuck: Cancel is enabled, and Retry is offered when the same request may be sent again.
      const cancel = within(dialog).getByRole("button", { name: "Cancel" });
      expect(cancel).not.toHaveAttribute("aria-disabled");
      const retry = within(dialog).queryByRole("button", { name: "Try again" });
      expect(retry !== null).toBe(fault.retryable);
      if (fault.name.startsWith("429")) expect(w.waits).toContain(1000); // Retry-After was honoured before giving up

      if (!fault.retryable) {
        await user.keyboard("{Escape}");
        await modal.waitForClosed();
        expect((await memberNow(w)).status).toBe("active");
        return;
      }
      w.heal();
      await user.click(retry as HTMLElement);
      await modal.waitForClosed();
      expect(badge()).toHaveTextContent("Archived");
      const after = await memberNow(w);
      expect(after).toMatchObject({ status: "archived", version: before.version + 1 }); // applied once
      expectOneIntent(w, "status");
    });
  }

  it("R22: 409 conflict: nothing is applied, the news is announced and focused, Close works; axe passes", async () => {
    const w = world();
    const { user, pages, view, before } = await startStatusFlow(w);
    const { modal, dialog } = await openArchive(user, pages);
    // Another admin changes Oscar while the dialog is open: the server answers 409 with his new state.
    await w.backend.as(SEED_USERS.admin).updateMember({ workspaceId: WS, memberId: OSCAR.id, role: "builder", expectedVersion: before.version, idempotencyKey: "other-1", signal: new AbortController().signal });
    await modal.confirm("Archive user");

    const news = await within(dialog).findByText(/Oscar Kernighan was changed by someone else while this was open/);
    expect(news).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Oscar Kernighan was not changed: someone else changed them first. They are now active.");
    expect(await axe(view.baseElement)).toHaveNoViolations();
    expect(badge()).toHaveTextContent("Active");
    expect(await memberNow(w)).toMatchObject({ status: "active", role: "builder", version: before.version + 1 }); // only the other admin's change
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await modal.waitForClosed();
  });

  it("R20: abort: Escape while the change is on its way abandons it; the row rolls back; what the server did is shown on the next read", async () => {
    const w = world(60_000); // the person gives up long before the adapter would
    const { user, pages, before } = await startStatusFlow(w);
    const gate = deferred<void>();
    let aborted = false;
    // A slow server: it acts only after the client has given up.
    server.use(
      breakWrites("status", async ({ request }) => {
        request.signal.addEventListener("abort", () => (aborted = true));
        const replay = new Request(request.url, { method: "POST", headers: request.headers, body: await request.clone().text() });
        await gate.promise;
        await getResponse([...w.handlers], replay);
        return HttpResponse.error();
      }),
    );
    const { modal, dialog } = await openArchive(user, pages);
    await modal.confirm("Archive user");
    expect(within(dialog).getByRole("button", { name: "Archiving…" })).toHaveAttribute("aria-disabled", "true");
    expect(badge()).toHaveTextContent("Archived"); // optimistic

    await user.keyboard("{Escape}");
    await modal.waitForClosed();
    expect(badge()).toHaveTextContent("Active");
    expect(w.store.getSnapshot().statusChange.status).toBe("idle");
    await waitFor(() => expect(aborted).toBe(true));

    await act(async () => gate.resolve());
    const truth = await waitFor(async () => {
      const now = await memberNow(w);
      expect(now.version).toBe(before.version + 1); // the server applied it once, after all
      return now;
    });
    act(() => w.store.send({ type: "MEMBER.REFRESH", memberId: OSCAR.id }));
    await waitFor(() => expect(badge()).toHaveTextContent(truth.status === "archived" ? "Archived" : "Active"));
    expect(w.writes.filter((write) => write.flow === "status")).toHaveLength(1);
  });

  it("R20, R26: double submit: a double click on Confirm sends one request and archives once", async () => {
    const w = world();
    const { user, pages, before } = await startStatusFlow(w);
    const { modal } = await openArchive(user, pages);
    await user.dblClick(await modal.button("Archive user"));
    await modal.waitForClosed();
    expect(w.writes.filter((write) => write.flow === "status")).toHaveLength(1);
    expect(await memberNow(w)).toMatchObject({ status: "archived", version: before.version + 1 });
    expect(badge()).toHaveTextContent("Archived");
  });
});

describe("fault matrix: an invite (R5) through REST, the store and the invite dialog", () => {
  for (const fault of FAILURES) {
    it(`R5, R26: ${fault.name}: everything typed is kept, the form is usable again, the dialog closes and reopens${fault.retryable ? ", Try again invites once" : ""}`, async () => {
      const w = world();
      const { user, pages, form } = await startInviteFlow(w);
      await fault.inject(w, "invite");
      let dialog = await form.element();
      await form.submit();

      const alert = await within(dialog).findByRole("alert", {}, { timeout: 3000 });
      expect(alert.textContent).not.toMatch(LEAK);
      await expectNoraKept(form);
      // Not stuck on "Sending…": the submit button is back and usable.
      expect(await form.submitButton()).toHaveAccessibleName("Send invitation");
      expect(await form.submitButton()).not.toHaveAttribute("aria-disabled");

      // Closing and reopening keeps everything typed, and the failure.
      await user.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      dialog = await (await pages.openInviteDialog()).element();
      await expectNoraKept(form);
      expect(await form.submitButton()).toHaveAccessibleName("Send invitation");

      // Sent again once the fault is gone: by "Try again", or, after a refusal, by sending the same form again.
      w.heal();
      await user.click(fault.retryable ? within(dialog).getByRole("button", { name: "Try again" }) : await form.submitButton());
      await within(dialog).findByText(INVITED, {}, { timeout: 3000 });
      expectNoraInvitedOnce(w);
      expectOneIntent(w, "invite");
    });
  }

  it("409 on the whole request: everything typed is kept and nothing is invited", async () => {
    const w = world();
    const { user, form, dialog } = await startInviteFlow(w);
    server.use(breakWrites("invite", () => problem(409, { code: "conflict", detail: "The workspace changed; reload it." })));
    await form.submit();
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).not.toMatch(LEAK);
    await expectNoraKept(form);
    expect(await form.submitButton()).not.toHaveAttribute("aria-disabled");
    expectNoraNotInvited(w);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("R5: abort: closing the dialog while it sends loses nothing; reopened, it shows what was typed, then the answer", async () => {
    const w = world(60_000); // a slow server, not a broken one
    const { user, pages, form } = await startInviteFlow(w);
    const gate = deferred<void>();
    server.use(
      breakWrites("invite", async () => {
        await gate.promise; // then falls through to the real handler
      }),
    );
    await form.submit();
    expect(await form.submitButton()).toHaveAccessibleName("Sending…");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    const reopened = await (await pages.openInviteDialog()).element();
    await expectNoraKept(form);
    await act(async () => gate.resolve());
    expect(await within(reopened).findByText(INVITED)).toBeInTheDocument();
    expectNoraInvitedOnce(w);
    expect(w.writes.filter((write) => write.flow === "invite")).toHaveLength(1);
  });

  it("R5, R26: double submit: a double click on Send sends one request and invites once", async () => {
    const w = world();
    const { user, form, dialog } = await startInviteFlow(w);
    await user.dblClick(await form.submitButton());
    await within(dialog).findByText(INVITED);
    expect(w.writes.filter((write) => write.flow === "invite")).toHaveLength(1);
    expectNoraInvitedOnce(w);
  });

  it("R5, R26: double submit by keyboard: Enter twice in a field sends one request and invites once", async () => {
    const w = world();
    const { user, form, dialog } = await startInviteFlow(w);
    await user.click(await form.field("email"));
    await user.keyboard("{Enter}{Enter}");
    await within(dialog).findByText(INVITED);
    expect(w.writes.filter((write) => write.flow === "invite")).toHaveLength(1);
    expectNoraInvitedOnce(w);
  });
});

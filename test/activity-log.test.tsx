import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { SEED_USERS } from "../src/adapters";
import { RosterError } from "../src/core";
import { ActivityLog } from "../src/react/activity-log";
import { formatDate } from "../src/react/format";
import { LiveRegion } from "../src/react/live-region";
import { RosterProvider } from "../src/react/provider";
import { UserManagement } from "../src/react/user-management";
import type { ActivityHarness, ActivityHarnessOptions } from "./support/activity-harness";
import { activityHarness, DESIGN, OSCAR, TOMAS } from "./support/activity-harness";
import { live } from "./support/async";

// Seed of 20 members (generateSeed is deterministic); see SEED_USERS for the fixed ones.
const BUILDER = SEED_USERS.builder; // a builder of Design: not an admin
const harness = (options: Omit<ActivityHarnessOptions, "now"> = {}): ActivityHarness => activityHarness({ now: "2026-12-01T09:00:00.000Z", ...options });

/** Some history, made by Tomas through the backend: a role change of Oscar (Dec 1), then an archive of Oscar (Dec 2), then an instance archive of someone else (Dec 2). */
async function someHistory(h: ActivityHarness): Promise<{ readonly archivedAtInstance: string }> {
  const oscar = await h.memory.getMember({ scope: DESIGN, memberId: OSCAR.id, signal: live() });
  await h.memory.updateMember({ workspaceId: "ws-1", memberId: OSCAR.id, role: "builder", expectedVersion: oscar.version, idempotencyKey: "role", signal: live() });
  h.setNow("2026-12-02T15:30:00.000Z");
  const promoted = await h.memory.getMember({ scope: DESIGN, memberId: OSCAR.id, signal: live() });
  await h.memory.changeStatus({ scope: DESIGN, memberId: OSCAR.id, action: "archive", expectedVersion: promoted.version, idempotencyKey: "archive", signal: live() });
  const instance = await h.memory.listMembers({ scope: { kind: "instance" }, search: "", statuses: ["active"], roles: [], sort: { field: "name", direction: "asc" }, page: { kind: "offset", offset: 0, limit: 50 }, signal: live() });
  const other = instance.members.find((member) => !member.superAdmin && member.memberships.every((membership) => membership.role !== "admin"));
  if (!other) throw new Error("The seed has an active non-admin.");
  await h.memory.changeStatus({ scope: { kind: "instance" }, memberId: other.id, action: "archive", expectedVersion: other.version, idempotencyKey: "instance-archive", signal: live() });
  return { archivedAtInstance: other.name };
}

function renderLog(h: ActivityHarness, pageSize?: number) {
  return render(
    <RosterProvider store={h.store} timeZone="UTC">
      <LiveRegion />
      <ActivityLog {...(pageSize === undefined ? {} : { pageSize })} />
    </RosterProvider>,
  );
}

function entries(log: HTMLElement): string[] {
  return [...log.querySelectorAll('[data-part="entry"] [data-part="headline"]')].map((element) => element.textContent ?? "");
}

describe("ActivityLog (R28)", () => {
  it("R28: lists the workspace's changes newest first under a heading per day, each with who, whom, when (<time dateTime>), where and what changed; passes axe", async () => {
    const h = harness();
    await someHistory(h);
    renderLog(h);
    const log = await screen.findByRole("region", { name: "Activity" });
    await waitFor(() => expect(entries(log)).toEqual([`${TOMAS.name} archived ${OSCAR.name}`, `${TOMAS.name} changed the role of ${OSCAR.name}`]));
    const days = within(log).getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(days).toEqual([formatDate("2026-12-02T15:30:00.000Z", "en", { timeZone: "UTC" }), formatDate("2026-12-01T09:00:00.000Z", "en", { timeZone: "UTC" })]);
    const archived = within(log).getByText(`${TOMAS.name} archived ${OSCAR.name}`).closest("li") as HTMLElement;
    expect(archived.querySelector("time")?.getAttribute("dateTime")).toBe("2026-12-02T15:30:00.000Z");
    expect(within(archived).getByText("Design")).toBeInTheDocument();
    expect(within(archived).getByText("Status: Active → Archived")).toBeInTheDocument();
    const promoted = within(log).getByText(`${TOMAS.name} changed the role of ${OSCAR.name}`).closest("li") as HTMLElement;
    expect(within(promoted).getByText("Role: End user → Builder")).toBeInTheDocument();
    expect(await screen.findByText("2 events shown.")).toBeInTheDocument();
    expect(within(log).getByText("That is the whole history.")).toBeInTheDocument();
    expect(await axe(log)).toHaveNoViolations();
  });

  it("R2, R28: a super admin in the All users view reads the instance's log, with instance-level changes marked “All workspaces”", async () => {
    const h = harness({ scope: { kind: "instance" } });
    const { archivedAtInstance } = await someHistory(h);
    renderLog(h);
    const log = await screen.findByRole("region", { name: "Activity" });
    await waitFor(() => expect(entries(log)).toHaveLength(3));
    const entry = within(log).getByText(`${TOMAS.name} archived ${archivedAtInstance}`).closest("li") as HTMLElement;
    expect(within(entry).getByText("All workspaces")).toBeInTheDocument();
  });

  it("R1, R28: a builder's request is refused by the backend, and the log says so with “Try again” (it does not hide)", async () => {
    const h = harness({ actorId: BUILDER });
    renderLog(h);
    const alert = await screen.findByRole("alert");
    expect(alert.dataset.code).toBe("forbidden");
    expect(alert).toHaveTextContent(/^The activity could not be loaded\. /);
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("R28: filters by action with the select (keyboard), and says when nothing matches; Clear filters shows everything again", async () => {
    const user = userEvent.setup();
    const h = harness();
    await someHistory(h);
    renderLog(h);
    const log = await screen.findByRole("region", { name: "Activity" });
    await waitFor(() => expect(entries(log)).toHaveLength(2));
    await user.selectOptions(within(log).getByRole("combobox", { name: "Action" }), "Role changed");
    await waitFor(() => expect(entries(log)).toEqual([`${TOMAS.name} changed the role of ${OSCAR.name}`]));
    await user.selectOptions(within(log).getByRole("combobox", { name: "Action" }), "Invited");
    expect(await within(log).findByText("No activity matches these filters.")).toBeInTheDocument();
    await user.click(within(log).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(entries(log)).toHaveLength(2));
    expect(within(log).getByRole("combobox", { name: "Action" })).toHaveValue("");
  });

  it("R28: filters by person, as the one changed or the one who made the change; a name no one has keeps the text and says so", async () => {
    const user = userEvent.setup();
    const h = harness();
    await someHistory(h);
    // A change made by someone else: the admin of Design changes the builder's groups.
    const builder = await h.memory.backend.as(SEED_USERS.admin).getMember({ scope: DESIGN, memberId: BUILDER, signal: live() });
    await h.memory.backend.as(SEED_USERS.admin).updateMember({ workspaceId: "ws-1", memberId: BUILDER, groups: ["g-1-2"], expectedVersion: builder.version, idempotencyKey: "groups", signal: live() });
    const adminName = h.memory.backend.snapshot().users.find((candidate) => candidate.id === SEED_USERS.admin)?.name ?? "";
    renderLog(h);
    const log = await screen.findByRole("region", { name: "Activity" });
    await waitFor(() => expect(entries(log)).toHaveLength(3));

    const person = within(log).getByRole("combobox", { name: "Person" });
    await user.type(person, "nobody at all{Enter}");
    const error = await within(log).findByRole("alert");
    expect(error).toHaveTextContent('No one in the history matches "nobody at all".');
    expect(person).toHaveValue("nobody at all");
    expect(person).toHaveAttribute("aria-invalid", "true");
    expect(person).toHaveFocus();
    expect(entries(log)).toHaveLength(3);

    await user.clear(person);
    await user.type(person, OSCAR.name.toLowerCase());
    await user.click(within(log).getByRole("button", { name: "Filter" }));
    await waitFor(() => expect(entries(log)).toEqual([`${TOMAS.name} archived ${OSCAR.name}`, `${TOMAS.name} changed the role of ${OSCAR.name}`]));

    await user.clear(person);
    await user.type(person, `${adminName}{Enter}`);
    await user.selectOptions(within(log).getByRole("combobox", { name: "Their part" }), "Made the change");
    await waitFor(() => expect(entries(log)).toHaveLength(1));
    expect(entries(log)[0]).toMatch(new RegExp(`^${adminName} changed the groups of `));
  });

  it("R28: pages with “Load more” (the backend's cursor), announces the loaded count, and ends with the whole history", async () => {
    const user = userEvent.setup();
    const h = harness();
    for (let i = 0; i < 5; i += 1) {
      const member = await h.memory.getMember({ scope: DESIGN, memberId: OSCAR.id, signal: live() });
      await h.memory.updateMember({ workspaceId: "ws-1", memberId: OSCAR.id, groups: member.groups.includes("g-1-1") ? [] : ["g-1-1"], expectedVersion: member.version, idempotencyKey: `g-${String(i)}`, signal: live() });
    }
    renderLog(h, 2);
    const log = await screen.findByRole("region", { name: "Activity" });
    await waitFor(() => expect(entries(log)).toHaveLength(2));
    expect(await screen.findByText("2 events shown. Older events can be loaded.")).toBeInTheDocument();
    await user.click(within(log).getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(entries(log)).toHaveLength(4));
    expect(await screen.findByText("4 events shown. Older events can be loaded.")).toBeInTheDocument();
    within(log).getByRole("button", { name: "Load more" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(entries(log)).toHaveLength(5));
    expect(await screen.findByText("5 events shown.")).toBeInTheDocument();
    // The button went away with the last page: the end of the history has the focus, not the page.
    await waitFor(() => expect(within(log).getByText("That is the whole history.")).toHaveFocus());
  });

  it("R28: a log with no event says so; a failure shows “Try again”, which loads it", async () => {
    const user = userEvent.setup();
    let fail = true;
    const h = harness({
      adapter: (memory) => ({
        ...memory,
        listActivity: (params) => (fail ? Promise.reject(new RosterError("network", "The server could not be reached.", { retryable: true })) : (memory.listActivity?.(params) ?? Promise.reject(new Error("no history")))),
      }),
    });
    renderLog(h);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The activity could not be loaded. The server could not be reached. Check your connection and try again.");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("No activity recorded yet.")).toBeInTheDocument();
  });

  it("R28: the console switches between Members and Activity with pressed buttons, by keyboard", async () => {
    const user = userEvent.setup();
    const h = harness();
    await someHistory(h);
    render(<UserManagement store={h.store} timeZone="UTC" />);
    const activity = await screen.findByRole("button", { name: "Activity", pressed: false });
    expect(screen.getByRole("button", { name: "Members", pressed: true })).toBeInTheDocument();
    activity.focus();
    await user.keyboard(" ");
    const log = await screen.findByRole("region", { name: "Activity" });
    expect(screen.getByRole("button", { name: "Activity", pressed: true })).toBeInTheDocument();
    await waitFor(() => expect(entries(log)).toHaveLength(2));
    await user.click(screen.getByRole("button", { name: "Members" }));
    expect(screen.queryByRole("region", { name: "Activity" })).not.toBeInTheDocument();
    expect(await screen.findByRole("table")).toBeInTheDocument();
  });
});

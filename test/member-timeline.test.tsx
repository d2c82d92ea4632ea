import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { RosterError } from "../src/core";
import { ConfirmStatusModal } from "../src/react/confirm-status-modal";
import { formatDate, formatRelative } from "../src/react/format";
import { LiveRegion } from "../src/react/live-region";
import { MemberDetailsPanel } from "../src/react/member-details-panel";
import { MemberTimeline } from "../src/react/member-timeline";
import { RosterProvider } from "../src/react/provider";
import type { ActivityHarness, ActivityHarnessOptions } from "./support/activity-harness";
import { activityHarness, DESIGN, OSCAR, TOMAS } from "./support/activity-harness";
import { live } from "./support/async";

const harness = (options: Omit<ActivityHarnessOptions, "now" | "scope"> = {}): ActivityHarness => activityHarness({ now: "2026-12-03T10:00:00.000Z", ...options });

/** Changes Oscar's groups `times` times as Tomas, through the backend, one day apart: each change is one event. */
async function toggleGroups(h: ActivityHarness, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    h.setNow(`2026-11-${String(20 + i)}T09:00:00.000Z`);
    const member = await h.memory.getMember({ scope: DESIGN, memberId: OSCAR.id, signal: live() });
    const groups = member.groups.includes("g-1-1") ? member.groups.filter((group) => group !== "g-1-1") : [...member.groups, "g-1-1"];
    await h.memory.updateMember({ workspaceId: "ws-1", memberId: OSCAR.id, groups, expectedVersion: member.version, idempotencyKey: `toggle-${String(i)}`, signal: live() });
  }
}

function timelineOf(container: HTMLElement): HTMLElement {
  return within(container).getByRole("region", { name: "History" });
}

describe("MemberTimeline in the details panel (R28)", () => {
  it("R28: archiving a member in the panel adds “Archived by …”, the date and the workspace to their timeline", async () => {
    const user = userEvent.setup();
    const h = harness();
    render(
      <RosterProvider store={h.store} timeZone="UTC">
        <LiveRegion />
        <MemberDetailsPanel memberId={OSCAR.id} />
        <ConfirmStatusModal />
      </RosterProvider>,
    );
    const panel = await screen.findByRole("region", { name: `Details of ${OSCAR.name}` });
    const timeline = timelineOf(panel);
    expect(await within(timeline).findByText("No changes recorded yet.")).toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Archive user" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Archive user" }));

    await waitFor(() => expect(within(timeline).getByText(`Archived by ${TOMAS.name}`)).toBeInTheDocument());
    const item = within(timeline).getByText(`Archived by ${TOMAS.name}`).closest("li") as HTMLElement;
    const at = h.memory.backend.activity().at(-1)?.at ?? "";
    expect(at).toBe("2026-12-03T10:00:00.000Z");
    const time = item.querySelector("time");
    expect(time?.getAttribute("dateTime")).toBe(at);
    expect(time?.textContent).toBe(`${formatDate(at, "en", { timeZone: "UTC" })} (${formatRelative(at, "en")})`);
    expect(within(item).getByText("Design")).toBeInTheDocument();
    expect(within(item).getByText("Status: Active → Archived")).toBeInTheDocument();
    expect(within(timeline).queryByText("No changes recorded yet.")).not.toBeInTheDocument();
    expect(await axe(panel)).toHaveNoViolations();
  });

  it("R28: the timeline pages with “Load more”, announces what it loaded, and ends with the whole history", async () => {
    const user = userEvent.setup();
    const h = harness();
    await toggleGroups(h, 5);
    render(
      <RosterProvider store={h.store} timeZone="UTC">
        <LiveRegion />
        <MemberTimeline memberId={OSCAR.id} pageSize={2} />
      </RosterProvider>,
    );
    const timeline = await screen.findByRole("region", { name: "History" });
    await waitFor(() => expect(timeline.querySelectorAll('[data-part="entry"]')).toHaveLength(2));
    expect(within(timeline).getAllByText(`Groups changed by ${TOMAS.name}`)).toHaveLength(2);

    await user.click(within(timeline).getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(timeline.querySelectorAll('[data-part="entry"]')).toHaveLength(4));
    expect(await screen.findByText("4 events shown. Older events can be loaded.")).toBeInTheDocument();

    await user.click(within(timeline).getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(timeline.querySelectorAll('[data-part="entry"]')).toHaveLength(5));
    await waitFor(() => expect(within(timeline).getByText("That is the whole history.")).toHaveFocus());
    expect(within(timeline).queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    // Newest first, across pages.
    const times = [...timeline.querySelectorAll("time")].map((time) => time.getAttribute("dateTime"));
    expect(times).toEqual(["2026-11-24", "2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20"].map((day) => `${day}T09:00:00.000Z`));
  });

  it("R28: a refusal or a failure of the backend is shown with “Try again”, which reads the history again", async () => {
    const user = userEvent.setup();
    let refuse = true;
    const h = harness({
      adapter: (memory) => ({
        ...memory,
        listActivity: (params) => (refuse ? Promise.reject(new RosterError("forbidden", "Only admins read the history.")) : (memory.listActivity?.(params) ?? Promise.reject(new Error("no history")))),
      }),
    });
    await toggleGroups(h, 1);
    render(
      <RosterProvider store={h.store}>
        <MemberTimeline memberId={OSCAR.id} />
      </RosterProvider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The activity could not be loaded. You are not allowed to do this.");
    expect(alert.dataset.code).toBe("forbidden");
    refuse = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(`Groups changed by ${TOMAS.name}`)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("R28: an adapter that keeps no history shows no timeline (having listActivity is the capability)", async () => {
    const h = harness({
      adapter: (memory) => {
        const withoutHistory = { ...memory };
        delete withoutHistory.listActivity;
        return withoutHistory;
      },
    });
    render(
      <RosterProvider store={h.store}>
        <MemberDetailsPanel memberId={OSCAR.id} />
      </RosterProvider>,
    );
    const panel = await screen.findByRole("region", { name: `Details of ${OSCAR.name}` });
    expect(within(panel).queryByRole("region", { name: "History" })).not.toBeInTheDocument();
    expect(h.store.getSnapshot().activity.available).toBe(false);
  });
});

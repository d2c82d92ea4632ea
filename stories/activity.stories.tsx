import type { Meta, StoryObj } from "@storybook/react-vite";
import { HttpResponse, delay, http } from "msw";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import type { RosterScenario } from "../src/mocks";
import { ActivityLog, ConfirmStatusModal, LiveRegion, MemberDetailsPanel, MemberTimeline } from "../src/react";
import type { RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { ROSTER_STORY_BASE_URL, rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";
import { storyPages } from "./story-steps";

/**
 * The activity history (R28) over the mock REST backend: the console's activity log of a workspace (or of
 * the instance, for a super admin), and a member's timeline in the details panel. The seeded scenarios
 * come with three weeks of their admins' changes; every change made in a story is recorded by the
 * backend in the same transaction and shows at once.
 */

type ActivityStoryArgs = RosterStoryArgs & {
  /** What to show: the log, a member's timeline alone, or the details panel with its timeline. */
  readonly view: "log" | "timeline" | "panel";
  readonly memberId: string;
  readonly pageSize?: number;
};

const meta = {
  title: "Components/Activity",
  component: ActivityLog,
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters },
  args: { view: "log", memberId: SEED_USERS.endUser, lifecycle: "archive", deployment: "self-hosted", theme: "light" },
  argTypes: {
    view: { control: "inline-radio", options: ["log", "timeline", "panel"] },
    memberId: { control: "select", options: ["u-1", "u-2", "u-3", "u-4", "u-5", "u-6", "u-7", "u-8"] },
    lifecycle: { control: "inline-radio", options: ["archive", "deactivate"] },
    scope: { control: "inline-radio", options: ["workspace", "instance"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: ({ view, memberId, pageSize }) => (
    <div style={{ maxInlineSize: view === "log" ? 880 : 480 }}>
      <LiveRegion />
      {view === "log" && <ActivityLog {...(pageSize === undefined ? {} : { pageSize })} />}
      {view === "timeline" && <MemberTimeline memberId={memberId} {...(pageSize === undefined ? {} : { pageSize })} />}
      {view === "panel" && (
        <>
          <MemberDetailsPanel memberId={memberId} />
          <ConfirmStatusModal />
        </>
      )}
    </div>
  ),
} satisfies Meta<ActivityStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ rosterkit: parameters });
const STEP_TIMEOUT = { timeout: 8000 };

/** The log's region, once its first page is in. */
async function findLog(canvasElement: HTMLElement): Promise<HTMLElement> {
  const log = await within(canvasElement).findByRole("region", { name: "Activity" }, STEP_TIMEOUT);
  await waitFor(() => expect(log.querySelector('[data-part="entry"], [data-part="empty"], [data-part="error"]')).not.toBeNull(), STEP_TIMEOUT);
  return log;
}

function headlines(region: HTMLElement): string[] {
  return [...region.querySelectorAll('[data-part="entry"] [data-part="headline"]')].map((element) => element.textContent ?? "");
}

/** Changes a member's groups `times` times as the super admin: a long history. */
function manyChanges(memberId: string, times: number): (scenario: RosterScenario) => Promise<void> {
  return async (scenario) => {
    const admin = scenario.backend.as(SEED_USERS.superAdmin);
    const signal = new AbortController().signal;
    for (let i = 0; i < times; i += 1) {
      const member = await admin.getMember({ scope: { kind: "workspace", workspaceId: "ws-1" }, memberId, signal });
      const groups = member.groups.includes("g-1-2") ? member.groups.filter((group) => group !== "g-1-2") : [...member.groups, "g-1-2"];
      await admin.updateMember({ workspaceId: "ws-1", memberId, groups, expectedVersion: member.version, idempotencyKey: `story-${String(i)}`, signal });
    }
  };
}

/** A workspace's log: the seeded weeks of changes, newest first, a heading per day; filtered by action. */
export const WorkspaceLog: Story = {
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const log = await findLog(canvasElement);
    const superAdmin = roster.nameOf(SEED_USERS.superAdmin);
    await expect(headlines(log)).toContain(`${superAdmin} changed the role of ${roster.nameOf(SEED_USERS.builder)}`);
    await expect(within(log).getAllByRole("heading", { level: 3 }).length).toBeGreaterThan(3);
    await userEvent.selectOptions(within(log).getByRole("combobox", { name: "Action" }), "Archived");
    await waitFor(() => expect(headlines(log).every((headline) => headline.includes(" archived "))).toBe(true), STEP_TIMEOUT);
    await expect(headlines(log)).toContain(`${roster.nameOf(SEED_USERS.admin)} archived ${roster.nameOf(SEED_USERS.stopped)}`);
  },
};

/** R2: a super admin's instance log, with the instance-level archive marked "All workspaces". */
export const InstanceLog: Story = {
  args: { scope: "instance" },
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const log = await findLog(canvasElement);
    const entry = within(log).getByText(`${roster.nameOf(SEED_USERS.superAdmin)} archived ${roster.nameOf(SEED_USERS.archivedOrStoppedAdmin)}`).closest("li");
    await expect(entry).not.toBeNull();
    await expect(within(entry as HTMLElement).getByText("All workspaces")).toBeVisible();
  },
};

/** A long history (the workspace's six seeded changes and twelve more), five events a page: "Load more" follows the backend's cursor to the end. */
export const LongLogWithPaging: Story = {
  args: { pageSize: 5 },
  parameters: backend({ prepare: manyChanges(SEED_USERS.endUser, 12) }),
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await expect(headlines(log)).toHaveLength(5);
    for (const count of [10, 15, 18]) {
      await userEvent.click(within(log).getByRole("button", { name: "Load more" }));
      await waitFor(() => expect(headlines(log)).toHaveLength(count), STEP_TIMEOUT);
    }
    await expect(within(log).getByText("That is the whole history.")).toBeVisible();
  },
};

/** The person filter: the changes made to one member, typed by name. */
export const FilterByPerson: Story = {
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const log = await findLog(canvasElement);
    const name = roster.nameOf(SEED_USERS.endUser);
    await userEvent.type(within(log).getByRole("combobox", { name: "Person" }), `${name}{Enter}`);
    await waitFor(() => expect(headlines(log)).toHaveLength(2), STEP_TIMEOUT);
    await expect(headlines(log).every((headline) => headline.endsWith(name))).toBe(true);
  },
};

/** A workspace with no history yet (the empty scenario). */
export const EmptyLog: Story = {
  parameters: backend({ scenario: "empty" }),
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await expect(within(log).getByText("No activity recorded yet.")).toBeVisible();
  },
};

/** R1: a builder asks for the log; the backend refuses and the log says so (it does not rely on hiding). */
export const Refused: Story = {
  parameters: backend({ scenario: "forbidden" }),
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    const alert = within(log).getByRole("alert");
    await expect(alert).toHaveTextContent("The activity could not be loaded. Only admins of this workspace can see its activity.");
  },
};

/** The server fails: the error and "Try again". */
export const ServerError: Story = {
  parameters: backend({
    retry: false,
    handlers: () => [http.get(`${ROSTER_STORY_BASE_URL}/workspaces/:workspaceId/activity`, () => HttpResponse.json({ title: "Server error", status: 500, code: "unknown" }, { status: 500 }))],
  }),
  play: async ({ canvasElement }) => {
    const log = await findLog(canvasElement);
    await expect(within(log).getByRole("alert")).toHaveTextContent(/^The activity could not be loaded\./);
    await expect(within(log).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** Loading: the first page has not answered yet. */
export const Loading: Story = {
  parameters: backend({ handlers: () => [http.get(`${ROSTER_STORY_BASE_URL}/workspaces/:workspaceId/activity`, async () => delay("infinite"))] }),
  play: async ({ canvasElement }) => {
    const log = await within(canvasElement).findByRole("region", { name: "Activity" }, STEP_TIMEOUT);
    await expect(within(log).getByRole("status")).toHaveTextContent("Loading activity…");
  },
};

/** A member's timeline: who changed their groups and role, and when. */
export const Timeline: Story = {
  args: { view: "timeline" },
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const timeline = await within(canvasElement).findByRole("region", { name: "History" }, STEP_TIMEOUT);
    await waitFor(() => expect(headlines(timeline)).toEqual([`Role changed by ${roster.nameOf(SEED_USERS.superAdmin)}`, `Groups changed by ${roster.nameOf(SEED_USERS.admin)}`]), STEP_TIMEOUT);
    await expect(within(timeline).getByText("Role: Builder → End user")).toBeVisible();
  },
};

/** R28: archive a member in their panel; the timeline shows "Archived by …" with the workspace at once. */
export const TimelineAfterArchive: Story = {
  args: { view: "panel" },
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const name = roster.nameOf(SEED_USERS.endUser);
    const panel = within(await within(canvasElement).findByRole("region", { name: `Details of ${name}` }, STEP_TIMEOUT));
    const timeline = await panel.findByRole("region", { name: "History" }, STEP_TIMEOUT);
    await waitFor(() => expect(headlines(timeline)).toHaveLength(2), STEP_TIMEOUT);
    await userEvent.click(panel.getByRole("button", { name: "Archive user" }));
    await storyPages(canvasElement).confirmModal(`Archive ${name}?`).confirm("Archive user");
    await waitFor(() => expect(headlines(timeline)[0]).toBe(`Archived by ${roster.nameOf(SEED_USERS.superAdmin)}`), STEP_TIMEOUT);
    const entry = timeline.querySelector('[data-part="entry"]') as HTMLElement;
    await expect(within(entry).getByText("Design")).toBeVisible();
  },
};

/** A member with no recorded change (the empty scenario's only admin). */
export const EmptyTimeline: Story = {
  args: { view: "timeline", memberId: "u-1" },
  parameters: backend({ scenario: "empty" }),
  play: async ({ canvasElement }) => {
    const timeline = await within(canvasElement).findByRole("region", { name: "History" }, STEP_TIMEOUT);
    await expect(await within(timeline).findByText("No changes recorded yet.", {}, STEP_TIMEOUT)).toBeVisible();
  },
};

/** A long timeline, three events a page. */
export const LongTimeline: Story = {
  args: { view: "timeline", pageSize: 3 },
  parameters: backend({ prepare: manyChanges(SEED_USERS.endUser, 6) }),
  play: async ({ canvasElement }) => {
    const timeline = await within(canvasElement).findByRole("region", { name: "History" }, STEP_TIMEOUT);
    await waitFor(() => expect(headlines(timeline)).toHaveLength(3), STEP_TIMEOUT);
    await userEvent.click(within(timeline).getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(headlines(timeline)).toHaveLength(6), STEP_TIMEOUT);
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await findLog(canvasElement);
  },
};

/** Right to left (Arabic locale: dates and numbers in Arabic). */
export const RightToLeft: Story = {
  args: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await findLog(canvasElement);
  },
};

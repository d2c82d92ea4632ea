import type { Meta, StoryObj } from "@storybook/react-vite";
import { HttpResponse, delay, http } from "msw";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { ConfirmStatusModal, UsersTable } from "../src/react";
import type { UsersTableProps } from "../src/react";
import type { RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { ROSTER_STORY_BASE_URL, rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";
import { portal, settled, storyPages } from "./story-steps";

/**
 * The users table on its own (with the confirm modal it opens), over the mock REST backend: its loading,
 * empty and error states, server paging, search, filters and sort (R25), the row menu (R24) and bulk
 * selection.
 */

type TableStoryArgs = RosterStoryArgs & Pick<UsersTableProps, "onOpenDetails" | "onEditMember" | "selection" | "virtualize">;

const meta = {
  title: "Components/UsersTable",
  component: UsersTable,
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters },
  args: { lifecycle: "archive", deployment: "self-hosted", theme: "light", onOpenDetails: fn(), onEditMember: fn(), selection: "toggle" },
  argTypes: {
    lifecycle: { control: "inline-radio", options: ["archive", "deactivate"] },
    deployment: { control: "inline-radio", options: ["self-hosted", "cloud"] },
    scope: { control: "inline-radio", options: ["workspace", "instance"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    selection: { control: "inline-radio", options: ["toggle", "always", "off"] },
  },
  render: ({ onOpenDetails, onEditMember, selection, virtualize }) => (
    <>
      <UsersTable
        {...(onOpenDetails ? { onOpenDetails } : {})}
        {...(onEditMember ? { onEditMember } : {})}
        {...(selection === undefined ? {} : { selection })}
        {...(virtualize === undefined ? {} : { virtualize })}
        searchDebounceMs={50}
      />
      <ConfirmStatusModal />
    </>
  ),
} satisfies Meta<TableStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ rosterkit: parameters });
const MEMBERS = `${ROSTER_STORY_BASE_URL}/workspaces/:workspaceId/members`;

/** The first page of Design, 25 rows, sorted by name. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    await expect(within(canvasElement).getByRole("table", { name: "Members of Design" })).toBeVisible();
  },
};

/** Loading: the members request has not answered yet (it never does here). */
export const Loading: Story = {
  parameters: backend({ handlers: () => [http.get(MEMBERS, async () => delay("infinite"))] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Loading members…")).toBeVisible();
    await expect(canvas.getByRole("table")).toHaveAttribute("aria-busy", "true");
  },
};

/** Empty: the workspace has no members at all (the server answers an empty page). */
export const Empty: Story = {
  parameters: backend({ handlers: () => [http.get(MEMBERS, () => HttpResponse.json({ members: [], total: 0, nextCursor: null }))] }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No members yet")).toBeVisible();
  },
};

/** Error with retry: the first members request is answered 500 (no adapter retries), "Try again" loads the page. */
export const ErrorWithRetry: Story = {
  parameters: backend({
    retry: false,
    handlers: () => {
      let answered = 0;
      return [
        http.get(MEMBERS, () => {
          answered += 1;
          if (answered > 1) return undefined; // falls through to the scenario's handler
          return HttpResponse.json(
            { type: "urn:rosterkit:problem:unknown", title: "Internal error", status: 500, code: "unknown", detail: "The roster service is down." },
            { status: 500, headers: { "Content-Type": "application/problem+json" } },
          );
        }),
      ];
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent("Members could not be loaded");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await storyPages(canvasElement).table.waitForRows();
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

/** R25: paged on the server, 10 rows a page; next and previous pages. */
export const Paged: Story = {
  parameters: backend({ pageSize: 10 }),
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    const pagination = within(canvasElement).getByRole("navigation", { name: "Pagination" });
    await expect(pagination).toHaveTextContent(/^1–10 of \d+ · Page 1 of \d/);
    await userEvent.click(within(pagination).getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(pagination).toHaveTextContent(/^11–20 of \d+ · Page 2 of \d/), { timeout: 5000 });
    await userEvent.click(within(pagination).getByRole("button", { name: "Previous page" }));
    await waitFor(() => expect(pagination).toHaveTextContent(/^1–10 of \d+/), { timeout: 5000 });
  },
};

/** Cursor paging over 100,000 members, on the server (R25). */
export const ServerPaged100k: Story = {
  parameters: backend({ scenario: "large-100k" }),
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows({ timeout: 20000 });
    const pagination = within(canvasElement).getByRole("navigation", { name: "Pagination" });
    await userEvent.click(within(pagination).getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(pagination).toHaveTextContent(/^26–50/), { timeout: 8000 });
  },
};

/**
 * Issue 11: a page of 200 rows (over 100,000 members) is virtualised, with react-virtual loaded on demand:
 * only the rows in view are mounted, every row is sized exactly (the scroll height is the rows' own), and
 * the last row is reached by scrolling.
 */
export const VirtualisedLongPage: Story = {
  parameters: backend({ scenario: "large-100k", pageSize: 200 }),
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows({ timeout: 20000 });
    const table = within(canvasElement).getByRole("table", { name: "Members of Design" });
    await expect(table).toHaveAttribute("data-virtual");
    await expect(table).toHaveAttribute("aria-rowcount", "201");
    const viewport = table.closest<HTMLElement>('[data-part="viewport"]');
    if (viewport === null) throw new Error("no viewport");
    const rows = () => [...viewport.querySelectorAll<HTMLElement>('[data-part="row"]')];
    await expect(rows().length).toBeLessThan(40);
    // Exact sizes: the scroll height is the header's and 200 rows of the first row's height.
    await waitFor(() => {
      const heights = rows().map((row) => row.getBoundingClientRect().height);
      expect(new Set(heights.map((height) => height.toFixed(1))).size).toBe(1);
      const header = table.querySelector("thead")?.getBoundingClientRect().height ?? 0;
      expect(Math.abs(viewport.scrollHeight - (header + 200 * (heights[0] ?? 0)))).toBeLessThan(2);
    });
    viewport.scrollTop = viewport.scrollHeight;
    await waitFor(() => expect(rows().some((row) => row.getAttribute("aria-rowindex") === "201")).toBe(true), { timeout: 5000 });
    await expect(rows().length).toBeLessThan(40);
  },
};

/** R25: search by name or email goes to the server. */
export const Search: Story = {
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.builder);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search members" }), name);
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-part="row"]')).toHaveLength(1), { timeout: 5000 });
    await expect(await table.row(name)).toBeVisible();
    await userEvent.clear(canvas.getByRole("searchbox", { name: "Search members" }));
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search members" }), "nobody-matches-this");
    await expect(await canvas.findByText("No members match", {}, { timeout: 5000 })).toBeVisible();
  },
};

/** R25: filter by status and by role, on the server. */
export const Filter: Story = {
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Status" }), "archived");
    await waitFor(
      () => {
        const badges = [...canvasElement.querySelectorAll('[data-part="row"] [data-scope="status-badge"][data-part="root"]')].map((badge) => badge.textContent);
        expect(badges.length).toBeGreaterThan(0);
        expect(badges.filter((text) => !text?.includes("Archived"))).toEqual([]);
      },
      { timeout: 5000 },
    );
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Status" }), "");
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Role" }), "admin");
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-part="row"]').length).toBeLessThan(25), { timeout: 5000 });
  },
};

/** R25: sort by a column header, on the server; the header says how it is sorted (`aria-sort`). */
export const Sort: Story = {
  play: async ({ canvasElement }) => {
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const canvas = within(canvasElement);
    const header = canvas.getByRole("columnheader", { name: /Name/ });
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await userEvent.click(within(header).getByRole("button", { name: /Name/ }));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "descending"), { timeout: 5000 });
    await table.waitForRows();
    const invitedHeader = canvas.getByRole("columnheader", { name: /Invited/ });
    await userEvent.click(within(invitedHeader).getByRole("button", { name: /Invited/ }));
    await waitFor(() => expect(invitedHeader).toHaveAttribute("aria-sort", "ascending"), { timeout: 5000 });
    await expect(header).toHaveAttribute("aria-sort", "none");
  },
};

/** R21, R24: the row menu opens from the keyboard (Enter), focus moves into it, Escape returns focus to the trigger. */
export const RowMenuByKeyboard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const menu = await table.openRowMenu(name, { via: "keyboard" });
    const items = await menu.items();
    await waitFor(() => expect(items[0]).toHaveFocus());
    await expect(await menu.item("View details")).toBeVisible();
    await expect(await menu.item("Edit role and groups")).toBeVisible();
    await expect(await menu.item("Archive user")).toBeVisible();
    // R19: there is no delete.
    await expect(await menu.hasItem(/delete|remove/i)).toBe(false);
    await userEvent.keyboard("{ArrowDown}");
    await expect(items[1]).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await menu.waitForClosed();
    await expect(await table.rowMenuTrigger(name)).toHaveFocus();
  },
};

/** R24: an active member's open row menu (all items enabled), left open so the a11y check covers it. */
export const RowMenuOpen: Story = {
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const menu = await table.openRowMenu(name);
    await expect(await menu.items()).toHaveLength(3);
    await expect(await table.rowMenuTrigger(name)).toHaveAttribute("aria-expanded", "true");
  },
};

/**
 * Bulk selection: no checkboxes until "Select" is pressed; then select two members and archive them in
 * one go, each reported on its own. The bulk actions load when selection is turned on.
 */
export const BulkSelection: Story = {
  play: async ({ canvasElement, loaded }) => {
    const roster = rosterOf({ loaded });
    const first = roster.nameOf(SEED_USERS.endUser);
    const second = roster.nameOf(SEED_USERS.builder);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const canvas = within(canvasElement);
    await expect(canvas.queryAllByRole("checkbox")).toHaveLength(0);
    await expect(canvas.getByRole("button", { name: "Select" })).toHaveAttribute("aria-pressed", "false");
    await table.selectRow(first);
    await table.selectRow(second);
    await expect(canvas.getByRole("button", { name: "Select" })).toHaveAttribute("aria-pressed", "true");
    await expect(await canvas.findByText("2 selected")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Archive selected" }));
    const dialog = await settled(await portal(canvasElement).findByRole("dialog", { name: "Archive 2 members?" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Archive 2 members" }));
    await expect(await within(dialog).findByText("2 changed.", {}, { timeout: 5000 })).toBeVisible();
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await table.waitForStatus(first, "Archived");
    await expect(await table.statusText(second)).toBe("Archived");
  },
};

/** `selection="always"`: checkboxes from the start and no "Select" toggle; the bulk bar loads with the first selection. */
export const SelectionAlways: Story = {
  args: { selection: "always" },
  play: async ({ canvasElement, loaded }) => {
    const name = rosterOf({ loaded }).nameOf(SEED_USERS.endUser);
    const { table } = storyPages(canvasElement);
    await table.waitForRows();
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("button", { name: "Select" })).toBeNull();
    await table.selectRow(name);
    await expect(await canvas.findByRole("button", { name: "Archive selected" })).toBeVisible();
    await expect(canvas.getByText("1 selected")).toBeVisible();
  },
};

/** Deactivate lifecycle: its statuses in the filter, "Deactivate selected" for bulk. */
export const DeactivateLifecycle: Story = {
  args: { lifecycle: "deactivate" },
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    const status = within(canvasElement).getByRole("combobox", { name: "Status" });
    await expect(within(status).getByRole("option", { name: "Inactive" })).toBeInTheDocument();
    await expect(within(status).queryByRole("option", { name: "Archived" })).toBeNull();
  },
};

/** The instance scope ("All users", R2): a workspaces column instead of role and groups. */
export const InstanceScope: Story = {
  args: { scope: "instance" },
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    await expect(within(canvasElement).getByRole("table", { name: "All users" })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
  },
};

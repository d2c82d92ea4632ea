import type { Meta, StoryObj } from "@storybook/react-vite";
import { delay, http, HttpResponse } from "msw";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SEED_USERS } from "../src/adapters";
import { InviteBulk } from "../src/react";
import type { InviteBulkProps } from "../src/react";
import type { LoadedRoster, RosterStoryArgs, RosterStoryParameters } from "./story-backend";
import { ROSTER_STORY_BASE_URL, rosterLoader, rosterMswParameters, rosterOf, withRosterProvider } from "./story-backend";

/**
 * The bulk invite (R5–R8, R26, R29) over the mock REST backend: a CSV file previewed row by row with each
 * row's problems, sent in batches (two people per request here, so the batches show) with a progress
 * bar, and per-row results when some rows are refused or a batch fails.
 */

type BulkStoryArgs = RosterStoryArgs & Pick<InviteBulkProps, "onCancel" | "onOfferExisting">;

const INVITATIONS = `${ROSTER_STORY_BASE_URL}/workspaces/:workspaceId/invitations`;

const meta = {
  title: "Components/InviteBulk",
  component: InviteBulk,
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters, rosterkit: { config: { limits: { inviteesPerRequest: 2 } } } satisfies RosterStoryParameters },
  args: { lifecycle: "archive", deployment: "self-hosted", theme: "light", onCancel: fn(), onOfferExisting: fn() },
  argTypes: {
    lifecycle: { control: "inline-radio", options: ["archive", "deactivate"] },
    deployment: { control: "inline-radio", options: ["self-hosted", "cloud"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: ({ onCancel, onOfferExisting }) => (
    <div style={{ maxInlineSize: 960 }}>
      <InviteBulk {...(onCancel ? { onCancel } : {})} {...(onOfferExisting ? { onOfferExisting } : {})} />
    </div>
  ),
} satisfies Meta<BulkStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const backend = (parameters: RosterStoryParameters) => ({ rosterkit: { config: { limits: { inviteesPerRequest: 2 } }, ...parameters } });

function csv(lines: readonly string[]): File {
  return new File([lines.join("\r\n")], "people.csv", { type: "text/csv" });
}

const GOOD = ["Full name,E-mail,Role", "Amara Bulk,amara.bulk@example.com,Builder", "Bao Bulk,bao.bulk@example.com,", "Chidi Bulk,chidi.bulk@example.com,End user", "Dana Bulk,dana.bulk@example.com,"];

/** Uploads `file` through the file input, as a person choosing it would. */
async function upload(canvasElement: HTMLElement, file: File): Promise<void> {
  const canvas = within(canvasElement);
  await userEvent.upload(canvas.getByLabelText("CSV file"), file);
  await waitFor(() => expect(canvas.getByRole("heading", { name: "People to invite" })).toBeVisible(), { timeout: 8000 });
}

/**
 * The email of the workspace's active member whose name sorts last: with five members per page, sorted by
 * name, the store has not loaded them, so only the backend knows the email is taken (R7).
 */
function lastActiveByName({ scenario, scope }: LoadedRoster): string {
  const { users, memberships } = scenario.backend.snapshot();
  const workspaceId = scope.kind === "workspace" ? scope.workspaceId : "";
  const active = new Set(memberships.filter((membership) => membership.workspaceId === workspaceId && membership.status === "active").map((membership) => membership.userId));
  const last = users.filter((user) => active.has(user.id)).sort((a, b) => a.name.localeCompare(b.name)).at(-1);
  if (!last) throw new Error("the scenario has no active member");
  return last.email;
}

/** The row whose row header is `row`. */
function rowOf(canvasElement: HTMLElement, row: number): HTMLElement {
  const found = within(canvasElement)
    .getAllByRole("row")
    .find((element) => within(element).queryByRole("rowheader")?.textContent === String(row));
  if (!found) throw new Error(`no row ${String(row)}`);
  return found;
}

/** Nothing loaded: the file input with its template, the paste field and the role for rows without one. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("CSV file")).toHaveAccessibleDescription(/Up to 1,000 people\./);
    await expect(canvas.getByRole("link", { name: "Download the CSV template" })).toHaveAttribute("download", "invite-template.csv");
    await expect(canvas.getByRole("button", { name: "Add to the list" })).toBeDisabled();
  },
};

/** R5–R8: every row shows its own problems: a malformed email, the same email twice, an archived member (with the offer), one archived at instance level. */
export const PreviewWithErrors: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { emailOf } = rosterOf({ loaded });
    await upload(
      canvasElement,
      csv([...GOOD, "Eve Typo,eve@example,", "Amara Twice,AMARA.bulk@example.com,", `Archived Member,${emailOf(SEED_USERS.stopped)},`, `Instance Archived,${emailOf(SEED_USERS.archivedOrStoppedAdmin)},`]),
    );
    await expect(within(canvasElement).getByText("8 people: 4 ready, 4 to fix.")).toBeVisible();
    await expect(within(rowOf(canvasElement, 5)).getByRole("textbox", { name: "Email, row 5" })).toHaveAccessibleDescription('The domain "example" needs a dot, like example.com.');
    await expect(within(rowOf(canvasElement, 6)).getByText("The same email as row 1.")).toBeVisible();
    await expect(within(rowOf(canvasElement, 7)).getByRole("button", { name: "Unarchive instead" })).toBeVisible();
    await expect(within(rowOf(canvasElement, 8)).getByText(/A super admin must unarchive them first/)).toBeVisible();
    await expect(within(canvasElement).getByRole("button", { name: "Send 4 invitations" })).toBeVisible();
  },
};

/** R29: sending two people per request, with the second batch still in flight: the progress bar and "Stop after this batch". */
export const SendingWithProgress: Story = {
  parameters: backend({
    handlers: () => {
      let requests = 0;
      return [
        http.post(INVITATIONS, async () => {
          requests += 1;
          // The first batch goes through to the scenario's backend; the second never answers.
          if (requests > 1) await delay("infinite");
          return undefined;
        }),
      ];
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await upload(canvasElement, csv(GOOD));
    await userEvent.click(canvas.getByRole("button", { name: "Send 4 invitations" }));
    const progress = await canvas.findByRole("progressbar", { name: "Sending invitations" }, { timeout: 8000 });
    await waitFor(() => expect(progress).toHaveAttribute("value", "2"), { timeout: 8000 });
    await expect(progress).toHaveAttribute("max", "4");
    await expect(canvas.getByText("2 of 4 sent")).toBeVisible();
    await expect(within(rowOf(canvasElement, 1)).getByText("Invited")).toBeVisible();
    await expect(within(rowOf(canvasElement, 3)).getByText("Sending")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Stop after this batch" })).toBeEnabled();
  },
};

/** R7, R26: partial failure: one row refused by the backend (a member the preview did not know), one batch failed as a whole; both stay for retry. */
export const PartialFailure: Story = {
  parameters: backend({
    pageSize: 5,
    retry: false,
    handlers: () => {
      let requests = 0;
      return [
        http.post(INVITATIONS, () => {
          requests += 1;
          if (requests !== 2) return undefined;
          return HttpResponse.json(
            { type: "urn:rosterkit:problem:unknown", title: "Internal error", status: 500, code: "unknown", detail: "The roster service is down." },
            { status: 500, headers: { "Content-Type": "application/problem+json" } },
          );
        }),
      ];
    },
  }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const taken = lastActiveByName(rosterOf({ loaded }));
    await upload(canvasElement, csv(["name,email", `Already Here,${taken}`, "Fay Bulk,fay.bulk@example.com", "Gus Bulk,gus.bulk@example.com", "Hana Bulk,hana.bulk@example.com"]));
    await userEvent.click(canvas.getByRole("button", { name: "Send 4 invitations" }));
    await waitFor(() => expect(canvas.getByText(/1 invitation sent; 3 people were not invited/, { selector: '[data-part="summary"]' })).toBeVisible(), { timeout: 8000 });
    await expect(within(rowOf(canvasElement, 1)).getByText("Not invited")).toBeVisible();
    await expect(within(rowOf(canvasElement, 2)).getByText("Invited")).toBeVisible();
    await expect(within(rowOf(canvasElement, 3)).getByText("Not sent")).toBeVisible();
    await expect(within(rowOf(canvasElement, 4)).getByText(/^Not sent: /)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Retry 2 rows" })).toBeVisible();
  },
};

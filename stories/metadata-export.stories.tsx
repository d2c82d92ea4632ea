import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import type { Mock } from "storybook/test";
import type { ExportFile, RosterSnapshot } from "../src/core";
import { ExportMembers, UsersTable, useRosterSelector } from "../src/react";
import type { MetadataColumn } from "../src/react";
import type { RosterStoryArgs } from "./story-backend";
import { rosterLoader, rosterMswParameters, withRosterProvider } from "./story-backend";
import { portal, storyPages } from "./story-steps";

/**
 * Membership metadata as columns of the users table, sorted on the server (R25), and the CSV export of
 * the current view with its column choice, over the mock REST backend (its seed gives some members a
 * department and a seniority).
 */

const METADATA_COLUMNS: readonly MetadataColumn[] = [
  { key: "department", label: "Department" },
  { key: "seniority", label: "Seniority", format: "number" },
];

type Args = RosterStoryArgs & { readonly onSave?: Mock<(file: ExportFile) => void> };

const selectList = (snapshot: RosterSnapshot) => snapshot.list;

/** The export button alone, on the store's list, saving through `onSave` (no browser download in a story). */
function ExportOfList({ onSave }: { readonly onSave: (file: ExportFile) => void }): ReactNode {
  const list = useRosterSelector(selectList);
  return <ExportMembers list={list} extraColumns={[{ id: "metadata.department", label: "Department" }]} onSave={onSave} storageKey={null} />;
}

const meta: Meta<Args> = {
  title: "Components/UsersTable/Metadata and export",
  loaders: [rosterLoader],
  decorators: [withRosterProvider],
  parameters: { ...rosterMswParameters },
  args: { lifecycle: "archive", deployment: "self-hosted", theme: "light", onSave: fn() },
  render: () => <UsersTable metadataColumns={METADATA_COLUMNS} searchDebounceMs={50} />,
};

export default meta;
type Story = StoryObj<Args>;

/** Department and Seniority as columns; Department sorts on the server, ascending then descending. */
export const MetadataColumns: Story = {
  play: async ({ canvasElement }) => {
    await storyPages(canvasElement).table.waitForRows();
    const canvas = within(canvasElement);
    const header = canvas.getByRole("columnheader", { name: /Department/ });
    await expect(canvas.getByRole("columnheader", { name: /Seniority/ })).toBeVisible();
    await userEvent.click(within(header).getByRole("button", { name: /Department/ }));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "ascending"));
    await userEvent.click(within(header).getByRole("button", { name: /Department/ }));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "descending"));
  },
};

/** The export dialog: columns chosen, the current view exported over every page, the file handed to `onSave`. */
export const ExportDialog: Story = {
  render: ({ onSave }) => <ExportOfList onSave={onSave ?? (() => undefined)} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Export CSV" }));
    const dialog = await portal(canvasElement).findByRole("dialog", { name: "Export members as CSV" });
    const inDialog = within(dialog);
    for (const name of ["Groups", "Invited", "Last active", "All metadata (JSON)"]) await userEvent.click(inDialog.getByRole("checkbox", { name }));
    await userEvent.click(inDialog.getByRole("button", { name: "Export" }));
    await waitFor(() => expect(args.onSave).toHaveBeenCalledTimes(1));
    const file = args.onSave?.mock.calls[0]?.[0];
    await expect(file?.name).toMatch(/^design-members-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(await inDialog.findByRole("status")).toHaveTextContent(/members? exported to design-members-/);
  },
};

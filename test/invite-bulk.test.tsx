import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { axe } from "vitest-axe";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { InviteMembersParams, RosterAdapter } from "../src/core/adapter.types";
import type { RosterConfigInput } from "../src/core/config";
import { RosterError } from "../src/core/errors";
import { createRosterStore } from "../src/core/store";
import { InviteBulk } from "../src/react/invite-bulk";
import { InviteUserDialog } from "../src/react/invite-user-dialog";
import { MessagesProvider, RosterProvider } from "../src/react/provider";
import { de } from "../src/locales/de";

interface SetupOptions {
  readonly config?: RosterConfigInput;
  readonly wrapAdapter?: (adapter: RosterAdapter) => RosterAdapter;
  /** Whether a file the input's `accept` does not list is left out, as a browser's file picker does by default. */
  readonly applyAccept?: boolean;
  /** What to render in the provider. @default <InviteBulk /> */
  readonly children?: ReactNode;
}

async function setup({ config = {}, wrapAdapter, applyAccept = true, children = <InviteBulk /> }: SetupOptions = {}) {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.superAdmin, config });
  const { backend } = memory;
  const adapter = wrapAdapter ? wrapAdapter(memory) : memory;
  const store = createRosterStore({ adapter, actor: backend.actorFor(SEED_USERS.superAdmin), config, scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } });
  const user = userEvent.setup({ applyAccept });
  const view = render(
    <RosterProvider store={store}>{children}</RosterProvider>,
  );
  // The members the store knows are what a row is checked against (R7, R8).
  await waitFor(() => expect(store.getSnapshot().rows.length).toBeGreaterThan(0));
  const emailOf = (userId: string): string => backend.snapshot().users.find((entry) => entry.id === userId)?.email ?? "";
  return { backend, store, user, view, emailOf };
}

function csvFile(lines: readonly string[], name = "people.csv"): File {
  return new File([lines.join("\r\n")], name, { type: "text/csv" });
}

function rowOf(row: number): HTMLElement {
  const found = screen.getAllByRole("row").find((element) => within(element).queryByRole("rowheader")?.textContent === String(row));
  if (!found) throw new Error(`no row ${String(row)}`);
  return found;
}

/** The alert that says why a file or a paste was refused (the live region's own alert is another). */
function loadIssue(): Promise<HTMLElement> {
  return screen.findByText(/^Nothing was added:/, { selector: '[role="alert"]' });
}

const HEADER = "Full name,E-mail,Role,Groups,Metadata";

describe("InviteBulk", () => {
  it("R5, R6, R7, R8: every row of a CSV shows its own problems; bad rows are fixed in place or dropped, with only the rows to fix shown on demand", async () => {
    const { user, emailOf } = await setup();
    const file = csvFile([
      HEADER,
      "Ada Lovelace,ada.bulk@example.com,builder,,",
      "Bad Email,bad@example,,,",
      "Ada Again,ADA.bulk@example.com,,,",
      `Archived,${emailOf(SEED_USERS.stopped)},,,`,
      `Instance archived,${emailOf(SEED_USERS.archivedOrStoppedAdmin)},,,`,
      'Broken JSON,json@example.com,,,"{""team"":"',
    ]);
    await user.upload(screen.getByLabelText("CSV file"), file);

    expect(await screen.findByRole("heading", { name: "People to invite" })).toHaveFocus();
    expect(screen.getByText("6 people: 1 ready, 5 to fix.")).toBeInTheDocument();
    const email = within(rowOf(2)).getByRole("textbox", { name: "Email, row 2" });
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription('The domain "example" needs a dot, like example.com.');
    expect(within(rowOf(3)).getByText("The same email as row 1.")).toBeInTheDocument();
    expect(within(rowOf(4)).getByText(/is archived in this workspace/)).toBeInTheDocument();
    expect(within(rowOf(5)).getByText(/A super admin must unarchive them first/)).toBeInTheDocument();
    expect(within(rowOf(6)).getByText(/^Line 1, column 9: Unexpected end of the text/)).toBeInTheDocument();
    expect(within(rowOf(6)).getByText("To fix")).toBeInTheDocument();

    await user.clear(email);
    await user.type(email, "bad@example.com");
    expect(email).not.toHaveAttribute("aria-invalid");
    expect(within(rowOf(2)).getByText("Ready")).toBeInTheDocument();
    await user.click(within(rowOf(3)).getByRole("button", { name: "Remove row 3" }));
    expect(screen.queryAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["1", "2", "4", "5", "6"]);
    expect(screen.getByText("5 people: 2 ready, 3 to fix.")).toBeInTheDocument();
    // Only the rows to fix: fixing one keeps it in view until every row is shown again.
    const only = screen.getByRole("button", { name: "Show only the rows to fix" });
    await user.click(only);
    expect(only).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["4", "5", "6"]);
    const metadataRow = within(rowOf(6)).getByRole("button", { name: "Remove row 6" });
    await user.click(metadataRow);
    expect(screen.queryAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["4", "5"]);
    const email5 = within(rowOf(5)).getByRole("textbox", { name: "Email, row 5" });
    await user.clear(email5);
    await user.type(email5, "new.five@example.com");
    expect(email5).toHaveFocus();
    expect(within(rowOf(5)).getByText("Ready")).toBeInTheDocument();
    await user.click(only);
    expect(only).toHaveAttribute("aria-pressed", "false");
    expect(screen.queryAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["1", "2", "4", "5"]);
    await user.click(screen.getByRole("button", { name: "Remove the row with a problem" }));
    expect(screen.getByRole("button", { name: "Send 3 invitations" })).toBeEnabled();
  });

  it("R29: a file over the row limit is refused with a message naming the limit, and the rows already loaded stay", async () => {
    const { user } = await setup({ config: { bulkInviteMaxRows: 3 } });
    expect(screen.getByText(/Up to 3 people\./)).toBeInTheDocument();
    await user.type(screen.getByLabelText("Or paste emails"), "one@example.com, two@example.com");
    await user.click(screen.getByRole("button", { name: "Add to the list" }));
    expect(await screen.findByText("2 people: 2 ready, 0 to fix.")).toBeInTheDocument();
    expect(screen.getByLabelText("Or paste emails")).toHaveValue("");

    await user.upload(screen.getByLabelText("CSV file"), csvFile(["email", "a@example.com", "b@example.com", "c@example.com", "d@example.com"]));
    expect(await loadIssue()).toHaveTextContent("Nothing was added: At most 3 people can be invited at once; this has 4. Split it into smaller files. The rows already in the list are kept.");
    expect(screen.getByText("2 people: 2 ready, 0 to fix.")).toBeInTheDocument();

    await user.type(screen.getByLabelText("Or paste emails"), "x@example.com, y@example.com");
    await user.click(screen.getByRole("button", { name: "Add to the list" }));
    expect(await loadIssue()).toHaveTextContent("this has 4.");
    // Refused: what was pasted stays in the field.
    expect(screen.getByLabelText("Or paste emails")).toHaveValue("x@example.com, y@example.com");
  });

  it("R5: a file that is not text or has no email column is refused with its reason", async () => {
    // A person can pick "All files" in the file picker, whatever the input accepts.
    const { user } = await setup({ applyAccept: false });
    await user.upload(screen.getByLabelText("CSV file"), new File(["PK\u0003\u0004\u0000\u0000"], "people.xlsx"));
    expect(await loadIssue()).toHaveTextContent("This is not a text file. Save the spreadsheet as CSV (UTF-8) and choose that file.");
    await user.upload(screen.getByLabelText("CSV file"), csvFile(["Name,Phone", "Ada,123"]));
    await waitFor(async () => expect(await loadIssue()).toHaveTextContent("No column holds emails. The first row must name the columns (name, email, role, groups, metadata); it has: Name and Phone."));
  });

  it("R5: in German, a file headed with the form's German labels (E-Mail, Rolle, Gruppen) is read as one headed in English", async () => {
    const { store, user } = await setup({ children: <MessagesProvider locale={de.locale} messages={de.messages}><InviteBulk /></MessagesProvider> });
    await user.upload(screen.getByLabelText("CSV-Datei"), csvFile(["Name;E-Mail;Rolle;Gruppen", "Ada Deutsch;ada.deutsch@example.com;builder;"]));
    await waitFor(() => expect(store.getSnapshot().bulkInvite?.rows).toHaveLength(1));
    expect(store.getSnapshot().bulkInvite?.rows[0]?.draft).toMatchObject({ name: "Ada Deutsch", email: "ada.deutsch@example.com", role: "builder" });
    expect(screen.queryByText(/Ignorierte Spalten/)).toBeNull();
  });

  it("R26, R29: sends in batches of the per-request limit, one key per batch, with progress, then per-row results", async () => {
    const calls: InviteMembersParams[] = [];
    const { user, backend } = await setup({
      config: { limits: { inviteesPerRequest: 2 } },
      wrapAdapter: (adapter) => ({
        ...adapter,
        inviteMembers: (params) => {
          calls.push(params);
          return adapter.inviteMembers(params);
        },
      }),
    });
    await user.type(screen.getByLabelText("Or paste emails"), "a.bulk@example.com, b.bulk@example.com, c.bulk@example.com");
    await user.click(screen.getByRole("button", { name: "Add to the list" }));
    await user.click(await screen.findByRole("button", { name: "Send 3 invitations" }));

    expect(await screen.findByText("3 invitations sent.", { selector: '[data-part="summary"]' })).toHaveFocus();
    expect(calls.map((call) => call.invitees.map((invitee) => invitee.email))).toEqual([["a.bulk@example.com", "b.bulk@example.com"], ["c.bulk@example.com"]]);
    expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(2);
    expect(screen.getAllByText("Invited")).toHaveLength(3);
    expect(backend.outbox().map((email) => email.to)).toEqual(["a.bulk@example.com", "b.bulk@example.com", "c.bulk@example.com"]);
  });

  it("R5, R29: Stop after this batch lets the batch in flight finish; the rows not sent stay ready, as they were", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { user } = await setup({
      config: { limits: { inviteesPerRequest: 2 } },
      wrapAdapter: (adapter) => ({
        ...adapter,
        inviteMembers: async (params) => {
          await held;
          return adapter.inviteMembers(params);
        },
      }),
    });
    await user.type(screen.getByLabelText("Or paste emails"), "a.stop@example.com, b.stop@example.com, c.stop@example.com, d.stop@example.com");
    await user.click(screen.getByRole("button", { name: "Add to the list" }));
    await user.click(await screen.findByRole("button", { name: "Send 4 invitations" }));

    const progress = await screen.findByRole("progressbar", { name: "Sending invitations" });
    expect(progress).toHaveAttribute("max", "4");
    expect(progress).toHaveAttribute("value", "0");
    expect(within(rowOf(1)).getByText("Sending")).toBeInTheDocument();
    expect(within(rowOf(3)).getByText("Waiting")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Stop after this batch" }));
    expect(screen.getByRole("button", { name: "Stopping after this batch…" })).toBeDisabled();
    release();

    expect(await screen.findByText("2 invitations sent.", { selector: '[data-part="summary"]' })).toHaveFocus();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getAllByText("Invited")).toHaveLength(2);
    expect(within(rowOf(3)).getByRole("textbox", { name: "Email, row 3" })).toHaveValue("c.stop@example.com");
    expect(within(rowOf(4)).getByText("Ready")).toBeInTheDocument();
    expect(screen.getByText("4 people: 2 invited, 2 ready, 0 to fix.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Send 2 invitations" })).toBeInTheDocument();
  });

  it("R26: a batch that fails as a whole keeps its rows, says why, and Retry sends them again with the same key", async () => {
    const keys: string[] = [];
    let failNext = true;
    const { user } = await setup({
      wrapAdapter: (adapter) => ({
        ...adapter,
        inviteMembers: (params) => {
          keys.push(params.idempotencyKey);
          if (failNext) {
            failNext = false;
            return Promise.reject(new RosterError("network", "offline"));
          }
          return adapter.inviteMembers(params);
        },
      }),
    });
    await user.type(screen.getByLabelText("Or paste emails"), "Ada <ada.retry@example.com>");
    await user.click(screen.getByRole("button", { name: "Add to the list" }));
    await user.click(await screen.findByRole("button", { name: "Send 1 invitation" }));

    expect(await screen.findByText("0 invitations sent; 1 person was not invited: fix the row and retry.", { selector: '[data-part="summary"]' })).toHaveFocus();
    expect(within(rowOf(1)).getByText("Not sent")).toBeInTheDocument();
    expect(within(rowOf(1)).getByRole("textbox", { name: "Email, row 1" })).toHaveValue("ada.retry@example.com");
    await user.click(screen.getByRole("button", { name: "Retry 1 row" }));
    expect(await screen.findByText("1 invitation sent.", { selector: '[data-part="summary"]' })).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it("R5: in the invite dialog, the mode switch keeps the first field focused; what was loaded stays when the dialog closes", async () => {
    const { user } = await setup({ children: <InviteUserDialog /> });
    await user.click(screen.getByRole("button", { name: "Invite members" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite members" });
    await waitFor(() => expect(within(dialog).getAllByRole("textbox", { name: "Name" })[0]).toHaveFocus());
    await user.click(within(dialog).getByRole("button", { name: "From a list or CSV" }));
    expect(within(dialog).getByRole("button", { name: "From a list or CSV" })).toHaveAttribute("aria-pressed", "true");
    await user.type(await within(dialog).findByLabelText("Or paste emails"), "kept@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Add to the list" }));
    expect(await within(dialog).findByText("1 person: 1 ready, 0 to fix.")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(screen.getByRole("button", { name: "Invite members" }));
    const reopened = await screen.findByRole("dialog", { name: "Invite members" });
    expect(await within(reopened).findByRole("textbox", { name: "Email, row 1" })).toHaveValue("kept@example.com");
  });

  it("R5: the preview with problems has no axe violations", async () => {
    const { user, view } = await setup();
    await user.upload(screen.getByLabelText("CSV file"), csvFile([HEADER, "Ada,ada@,,,", "Bob,bob.bulk@example.com,,,"]));
    await screen.findByRole("heading", { name: "People to invite" });
    expect(await axe(view.container)).toHaveNoViolations();
  });
});

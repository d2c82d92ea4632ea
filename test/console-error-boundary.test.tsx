import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { Message, RosterMessagesOverrides } from "../src/react/messages";
import { defaultMessages } from "../src/react/messages";
import { UserManagement } from "../src/react/user-management";
import { rosterPages } from "./support/pages";

/**
 * A part of the console that throws while rendering (the crash of issue 14: a parser's RangeError
 * during the invite form's render) must take down that part only, say so in the host's words without
 * the error's internals, keep what was typed, and come back on "Try again".
 */

/** While `on`, the message it wraps throws the way the JSON parser once did, internals and all. */
const fault = { on: false };

function faulty<Params>(message: Message<Params>): Message<Params> {
  return (params, format) => {
    if (fault.on) throw new RangeError("Maximum call stack size exceeded at parseValue (src/core/json-parse.ts:88)");
    return message(params, format);
  };
}

const INTERNALS = /RangeError|Maximum call stack|json-parse|parseValue/;

function setup(messages: RosterMessagesOverrides) {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.superAdmin });
  const { backend } = adapter;
  const onPartError = vi.fn();
  const user = userEvent.setup();
  render(
    <UserManagement
      adapter={adapter}
      actor={backend.actorFor(SEED_USERS.superAdmin)}
      scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }}
      messages={messages}
      onPartError={onPartError}
    />,
  );
  const nameOf = (userId: string): string => backend.snapshot().users.find((entry) => entry.id === userId)?.name ?? "";
  return { backend, user, onPartError, nameOf, pages: rosterPages(user) };
}

beforeEach(() => {
  fault.on = false;
  // React reports every caught render error on the console; the test checks `onPartError` instead.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Console error boundaries", () => {
  it("R5, R6: the invite form fails while rendering: the dialog and the console keep working, and \"Try again\" brings back everything typed", async () => {
    const { user, onPartError, nameOf, pages } = setup({ invite: { metadataPosition: faulty(defaultMessages.invite.metadataPosition) } });
    await screen.findByRole("heading", { name: "Design" });
    const form = await pages.openInviteDialog();
    const dialog = await form.element();
    await form.groupOption("Core team");
    const metadata = '{"a": [[[';
    await form.fillInvitee({ name: "Ada Lovelace", email: "ada.kept@example.com", role: "Builder", groups: ["Core team"], metadata });

    // Leaving the field shows its syntax error, and building that message throws.
    fault.on = true;
    await user.tab();

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("The invite form could not be shown because of an error. The rest of the page still works and nothing you typed is lost.");
    expect(alert.textContent).not.toMatch(INTERNALS);
    const retry = within(alert).getByRole("button", { name: "Try again" });
    // The field that had focus went with the form: focus is on "Try again", which the message describes.
    expect(retry).toHaveFocus();
    expect(retry).toHaveAccessibleDescription(/The invite form could not be shown/);
    expect(onPartError).toHaveBeenCalledWith(expect.any(RangeError), "invite", expect.objectContaining({ componentStack: expect.any(String) }));
    // Only the form was replaced: the dialog's title and close button are still there.
    expect(within(dialog).getByRole("heading", { name: "Invite members" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Close" })).toBeEnabled();

    fault.on = false;
    await user.click(retry);

    const person = within(dialog).getByRole("group", { name: "Person 1" });
    expect(within(person).getByLabelText("Name")).toHaveValue("Ada Lovelace");
    expect(within(person).getByLabelText("Name")).toHaveFocus();
    expect(within(person).getByLabelText("Email")).toHaveValue("ada.kept@example.com");
    expect(within(person).getByRole("radio", { name: "Builder" })).toBeChecked();
    expect(within(person).getByRole("checkbox", { name: "Core team" })).toBeChecked();
    expect(within(person).getByLabelText(/Metadata/)).toHaveValue(metadata);
    expect(within(dialog).queryByRole("alert")).toBeNull();

    // The console around it works: close the dialog and search the table.
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByRole("heading", { name: "Design" })).toBeInTheDocument();
    const endUser = nameOf(SEED_USERS.endUser);
    await pages.table.search(endUser);
    expect(await pages.table.row(endUser)).toBeInTheDocument();
  });

  it("R5, R10, R16: the users table fails while rendering: the header and the invite dialog keep working, and \"Try again\" shows the table", async () => {
    fault.on = true;
    const { user, backend, onPartError, pages } = setup({ table: { workspaceCaption: faulty(defaultMessages.table.workspaceCaption) } });
    await screen.findByRole("heading", { name: "Design" });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The members table could not be shown because of an error. The rest of the page still works.");
    expect(alert.textContent).not.toMatch(INTERNALS);
    expect(screen.queryByRole("table")).toBeNull();
    expect(onPartError).toHaveBeenCalledWith(expect.any(RangeError), "table", expect.anything());
    // Nothing had focus when the table failed on its first render: the alert takes none.
    expect(document.body).toHaveFocus();
    expect(await screen.findByText(/billable seats?$/)).toBeInTheDocument();

    // The invite dialog works end to end while the table is down.
    const form = await pages.openInviteDialog();
    const dialog = await form.element();
    await form.fillInvitee({ name: "Grace Hopper", email: "grace.boundary@example.com", role: "End user" });
    await form.submit();
    expect(await within(dialog).findByText("grace.boundary@example.com: invited.")).toBeInTheDocument();
    expect(backend.outbox().map((email) => email.to)).toEqual(["grace.boundary@example.com"]);
    await user.click(within(within(dialog).getByRole("form", { name: "Invite members" })).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    fault.on = false;
    await user.click(within(screen.getByRole("alert")).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Members of Design" })).toBeInTheDocument();
    expect(await pages.table.row("Grace Hopper")).toBeInTheDocument();
    // Focus went back into the table, on its first control.
    expect(screen.getByRole("searchbox", { name: "Search members" })).toHaveFocus();
  });

  it("R21: the member's details fail while rendering: the panel offers \"Try again\" and \"Close\", and closing hands focus back to the row's menu", async () => {
    const { user, nameOf, onPartError, pages } = setup({ details: { title: faulty(defaultMessages.details.title) } });
    const builder = nameOf(SEED_USERS.builder);
    const row = await pages.table.row(builder);
    const menu = await pages.table.openRowMenu(builder);
    fault.on = true;
    await menu.choose("View details");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The member's details could not be shown because of an error. The rest of the page still works.");
    expect(onPartError).toHaveBeenCalledWith(expect.any(RangeError), "details", expect.anything());
    // The table beside it still answers.
    expect(within(row).getByText("Active")).toBeInTheDocument();

    await user.click(within(alert).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(await pages.table.rowMenuTrigger(builder)).toHaveFocus();
  });
});

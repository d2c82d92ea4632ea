import { render, renderHook, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createMemoryBackend, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { de } from "../src/locales/de";
import { defaultMessages, mergeMessages } from "../src/react/messages";
import { defaultMemberMessages } from "../src/react/messages/member";
import { defaultTableMessages } from "../src/react/messages/table";
import type { RosterMessagesOverrides } from "../src/react/messages/types";
import { useMessageSection, useMessageSections } from "../src/react/messages/use-section";
import { MessagesProvider, RosterProvider } from "../src/react/provider";
import { useRosterEnvironment, useRosterMessages } from "../src/react/use-roster-environment";
import { UsersTable } from "../src/react/users-table";

/**
 * Issue 11: each component asks for the sections of the messages it renders (`useMessageSection`),
 * merged from its English default and the host's overrides of that section; hosts keep the whole
 * catalogue (`useRosterMessages`, `useRosterEnvironment().messages`).
 */

const backend = createMemoryBackend();
const adapterProps = {
  adapter: backend.as(SEED_USERS.admin),
  actor: backend.actorFor(SEED_USERS.admin),
  scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
} as const;

describe("messages by section", () => {
  it("R23, R25: the users table says the host's words for what it overrides, in its own section and in others, and the English for the rest", async () => {
    render(
      <RosterProvider {...adapterProps} messages={{ table: { columns: { role: "Part" }, searchLabel: "Find people" } }}>
        <MessagesProvider messages={{ member: { you: "Me" }, status: { label: { active: "Enabled" } } }}>
          <UsersTable />
        </MessagesProvider>
      </RosterProvider>,
    );
    const table = await screen.findByRole("table");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers).toEqual(expect.arrayContaining([expect.stringMatching(/^Part/), expect.stringMatching(/^Name/), expect.stringMatching(/^Status/)]));
    expect(screen.getByRole("searchbox", { name: "Find people" })).toHaveAttribute("placeholder", defaultTableMessages.searchPlaceholder);
    expect(await within(table).findByText("Me")).toBeInTheDocument();
    expect(within(table).getAllByText("Enabled").length).toBeGreaterThan(0);
    expect(within(table).queryByText(defaultMessages.status.label.active)).toBeNull();
  });

  it("a section is its English default itself outside a provider and where the host overrides nothing of it, and one merged object per provider", () => {
    expect(renderHook(() => useMessageSection("table", defaultTableMessages)).result.current).toBe(defaultTableMessages);

    const overrides: RosterMessagesOverrides = { table: { columns: { email: "E-mail" } } };
    const wrapper = ({ children }: { readonly children?: ReactNode }) => <MessagesProvider messages={overrides}>{children}</MessagesProvider>;
    const { result, rerender } = renderHook(() => ({ table: useMessageSection("table", defaultTableMessages), member: useMessageSection("member", defaultMemberMessages) }), { wrapper });
    const first = result.current;
    expect(first.member).toBe(defaultMemberMessages);
    expect(first.table.columns).toEqual({ ...defaultTableMessages.columns, email: "E-mail" });
    expect(first.table.searchLabel).toBe(defaultTableMessages.searchLabel);
    rerender();
    expect(result.current.table).toBe(first.table);
    // Defaults are never changed by a merge.
    expect(defaultTableMessages.columns.email).toBe("Email");
  });

  it("several sections at once are one stable object, merged like single sections", () => {
    const defaults = { table: defaultTableMessages, member: defaultMemberMessages };
    const overrides: RosterMessagesOverrides = { member: { you: "Me" } };
    const wrapper = ({ children }: { readonly children?: ReactNode }) => <MessagesProvider messages={overrides}>{children}</MessagesProvider>;
    const { result, rerender } = renderHook(() => useMessageSections(defaults), { wrapper });
    const first = result.current;
    expect(first.member.you).toBe("Me");
    expect(first.member.superAdmin).toBe(defaultMemberMessages.superAdmin);
    expect(first.table).toBe(defaultTableMessages);
    rerender();
    expect(result.current).toBe(first);
  });

  it("overrides keep the deep merge's guard: prototype-polluting keys are ignored at every provider", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "table": {"constructor": {"x": 1}, "__proto__": {"polluted": true}, "retry": "Again"}}') as RosterMessagesOverrides;
    const wrapper = ({ children }: { readonly children?: ReactNode }) => (
      <MessagesProvider messages={{ table: { close: "Done" } }}>
        <MessagesProvider messages={hostile}>{children}</MessagesProvider>
      </MessagesProvider>
    );
    const { result } = renderHook(() => useMessageSection("table", defaultTableMessages), { wrapper });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.current, "constructor")).toBe(false);
    expect(result.current.retry).toBe("Again");
    expect(result.current.close).toBe("Done");
  });

  it("hosts keep the whole catalogue: a locale with a host's rewording, the same object while the provider does not change", () => {
    const rewording: RosterMessagesOverrides = { actions: { deactivate: "Sperren" } };
    const wrapper = ({ children }: { readonly children?: ReactNode }) => (
      <MessagesProvider locale={de.locale} messages={de.messages}>
        <MessagesProvider messages={rewording}>{children}</MessagesProvider>
      </MessagesProvider>
    );
    const { result, rerender } = renderHook(() => ({ messages: useRosterMessages(), environment: useRosterEnvironment() }), { wrapper });
    const { messages, environment } = result.current;
    expect(messages).toEqual(mergeMessages(rewording, mergeMessages(de.messages)));
    expect(messages.actions.deactivate).toBe("Sperren");
    expect(messages.actions.reactivate).toBe(de.messages.actions.reactivate);
    expect(environment.messages).toBe(messages);
    expect(environment.locale).toBe("de");
    rerender();
    expect(result.current.messages).toBe(messages);
  });
});

import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import type { RosterStore } from "../src/core/store";
import { createRosterStore } from "../src/core/store";
import { ar } from "../src/locales/ar";
import { he } from "../src/locales/he";
import { createFormat } from "../src/react/format";
import type { RosterMessages } from "../src/react/messages";
import { RosterProvider } from "../src/react/provider";
import { SeatCount } from "../src/react/seat-count";
import { UsersTable } from "../src/react/users-table";

/**
 * Bidirectional text (issue 12): on a right-to-left page, a message that starts with a count ("+1 more",
 * "20 billable seats") and a name or group typed by people keep their own order, because each sits in an
 * element of its own direction (`dir="auto"`, which browsers isolate); inside a translated sentence, a
 * name, email or workspace is isolated between FSI and PDI (U+2068, U+2069). jsdom has no layout: this
 * checks the markers; the Chromium screenshots of the RTL story show the result.
 */

const FSI = "\u2068";
const PDI = "\u2069";

function storeOf(): RosterStore {
  const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 30, groupsPerWorkspace: 4 }), actorId: SEED_USERS.superAdmin });
  return createRosterStore({ adapter, actor: adapter.backend.actorFor(SEED_USERS.superAdmin), scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE } });
}

async function renderConsole(props: { readonly dir?: "rtl"; readonly locale?: string; readonly messages?: RosterMessages }): Promise<HTMLElement> {
  const store = storeOf();
  const { container } = render(
    <RosterProvider store={store} {...props}>
      <SeatCount />
      <UsersTable visibleGroups={1} />
    </RosterProvider>,
  );
  await waitFor(() => expect(store.getSnapshot().list.status).toBe("ready"));
  await waitFor(() => expect(container.querySelector('[data-scope="seat-count"]')).not.toBeNull());
  return container;
}

/** The elements that hold one whole count-led message or one piece of people's text. */
function ownDirectionElements(container: HTMLElement): Record<string, Element[]> {
  const all = (selector: string) => [...container.querySelectorAll(selector)];
  return {
    "seat count": all('[data-scope="seat-count"][data-part="root"]'),
    "+N more chip": all('[data-part="group-more"] > [aria-hidden="true"]'),
    "group chips": all('[data-part="group-chip"]'),
    names: all('[data-scope="users-table"][data-part="member-name"]'),
    "page status": all('[data-part="page-status"]'),
  };
}

describe("issue 12: bidirectional text", () => {
  it("issue 12: with English messages on a right-to-left page, '+1 more', '20 billable seats', names and groups each render in their own direction", async () => {
    const container = await renderConsole({ dir: "rtl" });
    expect(container.querySelector("[data-rk-root]")?.getAttribute("dir")).toBe("rtl");
    expect(screen.getByText(/^\d+ billable seats?$/)).toHaveAttribute("dir", "auto");
    const more = screen.getAllByText(/^\+\d+ more$/);
    expect(more.length).toBeGreaterThan(0);
    for (const chip of more) expect(chip).toHaveAttribute("dir", "auto");
    for (const [part, elements] of Object.entries(ownDirectionElements(container))) {
      expect(elements.length, `${part} are rendered`).toBeGreaterThan(0);
      expect(elements.filter((element) => element.getAttribute("dir") !== "auto").map((element) => element.outerHTML), part).toEqual([]);
    }
  });

  it.each([
    ["ar", ar],
    ["he", he],
  ] as const)("issue 12: in %s the page is right to left, and the count-led messages still hold their own direction", async (tag, locale) => {
    const container = await renderConsole({ locale: locale.locale, messages: locale.messages });
    const root = container.querySelector("[data-rk-root]");
    expect(root?.getAttribute("dir")).toBe("rtl");
    expect(root?.getAttribute("lang")).toBe(tag);
    const count = Number(container.querySelector('[data-scope="seat-count"]')?.getAttribute("data-count"));
    expect(container.querySelector('[data-scope="seat-count"][data-part="root"]')?.firstChild?.textContent).toBe(
      locale.messages.table.billableSeats({ count }, createFormat(tag)),
    );
    for (const [part, elements] of Object.entries(ownDirectionElements(container))) {
      expect(elements.filter((element) => element.getAttribute("dir") !== "auto").map((element) => element.outerHTML), part).toEqual([]);
    }
  });

  it.each([
    ["ar", ar],
    ["he", he],
  ] as const)("issue 12: %s isolates names, emails and workspaces inside its sentences (FSI…PDI), so 'Ada (QA)' never reorders", (tag, locale) => {
    const format = createFormat(tag);
    const { messages } = locale;
    expect(messages.confirm.title.archive({ name: "Ada (QA)" }, format)).toContain(`${FSI}Ada (QA)${PDI}`);
    expect(messages.confirm.accessLostWorkspace({ name: "Ada (QA)", workspace: "Design 2" }, format)).toContain(`${FSI}Design 2${PDI}`);
    expect(messages.confirm.emailSent({ email: "ada@example.com" }, format)).toContain(`${FSI}ada@example.com${PDI}`);
    expect(messages.denials["R15.lastAdmin"]({ name: "Ada", verb: "archive", workspaces: ["ws-1", "ws-2"], workspaceNames: ["Design 2", "Sales (EU)"], count: 2 }, format)).toContain(
      `${FSI}Sales (EU)${PDI}`,
    );
  });
});

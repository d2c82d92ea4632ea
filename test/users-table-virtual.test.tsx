import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "../src/adapters";
import { RosterProvider } from "../src/react/provider";
import { UsersTable } from "../src/react/users-table";

/**
 * The virtualised body's jumps (issue 11): a scroll whose rows in view share none with the rows mounted
 * mounts the rows in view only, in the scroll event's render, and their overscan after that frame; a
 * scroll by a few rows keeps the overscan; the row holding focus stays mounted when scrolled away. jsdom has no layout: the viewport says it is 400 px high and
 * scrolled to `scrollTop`, each row says it is 50 px high.
 */

const VIEWPORT = 400;
const ROW = 50;
const PAGE = 150;
const OVERSCAN = 3;

let scrollTop = 0;

function mockLayout(): void {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute("data-virtual") ? VIEWPORT : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.tagName === "TR" ? ROW : 0;
  });
  vi.spyOn(Element.prototype, "scrollTop", "get").mockImplementation(function (this: Element) {
    return this.hasAttribute("data-virtual") ? scrollTop : 0;
  });
}

async function renderLongPage(): Promise<{ viewport: HTMLElement; rowIndexes: () => number[] }> {
  const memory = createMemoryAdapter({ dataset: generateSeed({ members: 400 }), actorId: SEED_USERS.superAdmin });
  render(
    <RosterProvider adapter={memory} actor={memory.backend.actorFor(SEED_USERS.superAdmin)} scope={{ kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE }} pageSize={PAGE}>
      <UsersTable />
    </RosterProvider>,
  );
  const table = await waitFor(() => {
    const shown = screen.getByRole("table");
    expect(shown).toHaveAttribute("data-virtual");
    expect(within(shown).getAllByRole("row").filter((row) => row.hasAttribute("data-member-id")).length).toBeGreaterThan(0);
    return shown;
    // The first test of the file waits for the virtualised body's module too.
  }, { timeout: 5000 });
  const rowIndexes = () =>
    within(table)
      .queryAllByRole("row")
      .filter((row) => row.hasAttribute("data-member-id"))
      .map((row) => Number(row.getAttribute("aria-rowindex")));
  const viewport = table.closest<HTMLElement>('[data-part="viewport"]');
  if (viewport === null) throw new Error("no viewport");
  return { viewport, rowIndexes };
}

function scrollTo(viewport: HTMLElement, offset: number): void {
  scrollTop = offset;
  act(() => {
    fireEvent.scroll(viewport);
  });
}

/** Waits for the task after the scroll's frame (where the overscan is rendered). */
async function nextTask(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const contiguous = (indexes: readonly number[]): boolean => indexes.every((index, at) => at === 0 || index === (indexes[at - 1] ?? 0) + 1);

afterEach(() => {
  scrollTop = 0;
  vi.restoreAllMocks();
});

describe("users table, virtualised body (issue 11)", () => {
  it("R25: a jump mounts the rows in view in the scroll's render and their overscan after it; aria-rowindex counts from the page's start", async () => {
    mockLayout();
    const { viewport, rowIndexes } = await renderLongPage();
    // From the top: the rows in view and the overscan below them.
    const top = rowIndexes();
    expect(top[0]).toBe(2);
    expect(contiguous(top)).toBe(true);

    scrollTo(viewport, 100 * ROW);
    const jumped = rowIndexes();
    expect(contiguous(jumped)).toBe(true);
    expect(jumped.some((index) => top.includes(index))).toBe(false);
    // The rows in view only (rows not laid out yet are estimated a little taller than 50 px, so about row 96).
    expect(Math.min(...jumped)).toBeGreaterThan(90);
    expect(jumped.length).toBeLessThanOrEqual(VIEWPORT / ROW + 1);

    await nextTask();
    const filled = rowIndexes();
    expect(contiguous(filled)).toBe(true);
    expect(filled.length).toBe(jumped.length + 2 * OVERSCAN);
    expect(filled.slice(OVERSCAN, OVERSCAN + jumped.length)).toEqual(jumped);
    expect(within(viewport).getByRole("table")).toHaveAttribute("aria-rowcount", String(PAGE + 1));
  });

  it("R25: a scroll by a few rows keeps the overscan on both sides in the scroll's own render", async () => {
    mockLayout();
    const { viewport, rowIndexes } = await renderLongPage();
    scrollTo(viewport, 50 * ROW);
    await nextTask();
    const before = rowIndexes();
    scrollTo(viewport, 52 * ROW);
    const after = rowIndexes();
    expect(contiguous(after)).toBe(true);
    expect(after.length).toBe(before.length);
    expect(after[0]).toBe((before[0] ?? 0) + 2);
  });

  it("R25: the row holding focus stays mounted, focused, with its aria-rowindex, when scrolled far away, and goes once focus leaves it", async () => {
    mockLayout();
    const { viewport, rowIndexes } = await renderLongPage();
    const row = within(viewport).getAllByRole("row").find((candidate) => candidate.getAttribute("aria-rowindex") === "4");
    const trigger = row === undefined ? null : within(row).getByRole("button", { name: /^Actions for / });
    if (row === undefined || trigger === null) throw new Error("no row 4 with its actions");
    act(() => trigger.focus());
    expect(trigger).toHaveFocus();

    scrollTo(viewport, 100 * ROW);
    await nextTask();
    const indexes = rowIndexes();
    // The focused row first (it comes first in the page), then the rows there, in order.
    expect(indexes[0]).toBe(4);
    expect(Math.min(...indexes.slice(1))).toBeGreaterThan(80);
    expect(contiguous(indexes.slice(1))).toBe(true);
    // The same row element, still holding focus (on its actions trigger, which may be the loaded menu's by now).
    expect(row.isConnected).toBe(true);
    expect(row.contains(document.activeElement)).toBe(true);
    expect(row).toHaveAttribute("aria-rowindex", "4");
    // Spacers keep the rows at their places: one above the focused row, one between it and the rows there.
    const body = within(viewport).getAllByRole("rowgroup")[1];
    expect([...(body?.children ?? [])].slice(0, 3).map((child) => child.getAttribute("data-part"))).toEqual(["spacer", "row", "spacer"]);

    act(() => (document.activeElement as HTMLElement | null)?.blur());
    scrollTo(viewport, 101 * ROW);
    expect(rowIndexes()).not.toContain(4);
    expect(contiguous(rowIndexes())).toBe(true);

    // Below the rows mounted, the same: a row focused there, then the list scrolled back to its top.
    const below = within(viewport).getAllByRole("row").filter((candidate) => candidate.hasAttribute("data-member-id")).at(-1);
    if (below === undefined) throw new Error("no row");
    const belowIndex = Number(below.getAttribute("aria-rowindex"));
    act(() => within(below).getByRole("button", { name: /^Actions for / }).focus());
    scrollTo(viewport, 0);
    await nextTask();
    expect(rowIndexes().at(-1)).toBe(belowIndex);
    expect(rowIndexes()[0]).toBe(2);
    expect(contiguous(rowIndexes().slice(0, -1))).toBe(true);
    expect(below.isConnected).toBe(true);
    expect(below.contains(document.activeElement)).toBe(true);
    expect([...(body?.children ?? [])].slice(-3).map((child) => child.getAttribute("data-part"))).toEqual(["spacer", "row", "spacer"]);
  });
});

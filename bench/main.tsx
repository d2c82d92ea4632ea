/**
 * The bench page. `?impl=rosterkit|floor&mode=paged|long&n=1000` builds the backend for n members (not
 * measured), loads the implementation, and exposes `window.__bench`, whose methods each run one
 * measured interaction and resolve with its timing; the runner (run.mjs) calls them through
 * `page.evaluate`.
 * @module
 */
import type { Member } from "../src/core/domain.types";
import type { Timing } from "./harness";
import { frameDurations, heap, measure, paintedSince, press, pressKey, scrollFrames, settle, sleep, typeInto, waitFor } from "./harness";
import type { Impl } from "./impl";
import { PAGE_SIZE, createBenchBackend, createWholeListAdapter, loadAll } from "./shared";

declare global {
  interface Window {
    __bench: Bench;
    __benchReady: Promise<void>;
    __benchRenders: { reset(): void; read(): { renders: number; rows: number; commits: number } };
  }
}

interface StatusResult extends Timing {
  readonly modal: Timing;
  /** Milliseconds from the confirm to after the frame that paints the server's answer with the dialog closed. */
  readonly settled: number;
  /** Distinct rows whose component rendered, from the confirm until 300 ms after the paint. */
  readonly rowsRendered: number;
  readonly rowRenders: number;
  readonly commits: number;
}

export interface Bench {
  readonly impl: string;
  readonly mode: string;
  readonly n: number;
  readonly rowCount: () => number;
  mount(): Promise<Timing>;
  unmount(): Promise<void>;
  heap(): Promise<number | null>;
  search(term: string): Promise<Timing>;
  clearSearch(): Promise<void>;
  sort(): Promise<Timing>;
  /** A sort by another column (last active, ascending) → rows painted; the name's order is restored after, not measured. */
  sortOther(): Promise<Timing>;
  openMenu(run: number): Promise<Timing>;
  statusChange(run: number): Promise<StatusResult>;
  /** Long list only: durations of 90 frames scrolled by 120 px each, from the top. */
  scrollWheel(): Promise<number[]>;
  /** Long list only: a jump of the scroll position to `fraction` of the list → the rows there painted. */
  scrollJump(fraction: number): Promise<Timing>;
  /**
   * The machine's frame clock: durations of 90 frames of this page doing nothing (rAF to rAF), the
   * least a scroll frame can measure here.
   */
  idleFrames(): Promise<number[]>;
  /**
   * The least a jump can measure here: the same jump on a bare scroller whose scroll listener adds one
   * element (the scroll event of a scroll set in a frame is dispatched in the next frame).
   */
  emptyJump(fraction: number): Promise<Timing>;
}

/** Frames scrolled per wheel run, and pixels per frame (a wheel notch is about 100–120 px). */
const WHEEL_FRAMES = 90;
const WHEEL_STEP = 120;

const params = new URLSearchParams(location.search);
const implName = params.get("impl") === "floor" ? "floor" : "rosterkit";
const mode = params.get("mode") === "long" ? "long" : "paged";
const n = Number(params.get("n") ?? "1000");

async function boot(): Promise<void> {
  const { adapter, actor, statusAnswers } = createBenchBackend(n);
  let all: Member[] = [];
  if (mode === "long") all = await loadAll(adapter);
  let impl: Impl;
  if (implName === "rosterkit") {
    const { kitImpl } = await import("./kit-app");
    impl = kitImpl(mode === "long" ? { adapter: createWholeListAdapter(adapter, all), actor, pageSize: all.length } : { adapter, actor, pageSize: PAGE_SIZE });
  } else {
    const { floorImpl } = await import("./floor-app");
    impl = floorImpl({ mode, adapter, all });
  }
  window.__bench = createBench(impl, statusAnswers);
}

function createBench(impl: Impl, statusAnswers: () => number): Bench {
  const s = impl.selectors;
  const container = document.getElementById("root") as HTMLElement;
  let unmount: (() => void) | null = null;
  const rows = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(s.row)];
  const firstId = (): string | null => rows()[0]?.getAttribute("data-member-id") ?? null;
  const expectedRows = mode === "paged" ? Math.min(PAGE_SIZE, n) : Math.min(10, n);
  const rowsShown = (): boolean => {
    const shown = rows();
    return shown.length >= expectedRows && shown[0]?.querySelector(s.badge) !== null && shown[0]?.querySelector(s.menuTrigger) !== null;
  };
  const input = (): HTMLInputElement => {
    const element = document.querySelector<HTMLInputElement>(s.search);
    if (!element) throw new Error("no search input");
    return element;
  };
  const menuOpen = (): boolean => {
    const menu = document.querySelector<HTMLElement>(s.menu);
    if (!menu) return false;
    // Radix keeps the content off-screen (translate(0, -200%)) until floating-ui has placed it.
    const wrapper = menu.closest<HTMLElement>("[data-radix-popper-content-wrapper]");
    const transform = wrapper?.style.transform ?? "";
    return transform !== "" && !transform.includes("-200%") && menu.querySelector('[role="menuitem"]') !== null;
  };
  const closeMenu = async (): Promise<void> => {
    const menu = document.querySelector(s.menu);
    if (menu) pressKey(menu, "Escape");
    await waitFor("menu closed", () => document.querySelector(s.menu) === null);
    await settle();
  };
  const matches = (term: string) => (): boolean => {
    const shown = rows();
    return (
      shown.length > 0 &&
      shown.every((row) => `${row.querySelector(s.rowName)?.textContent ?? ""} ${row.querySelector(s.rowEmail)?.textContent ?? ""}`.toLowerCase().includes(term))
    );
  };
  const used = new Set<string>();
  // A person opens a row menu seconds after the page painted, by which time the kit has prefetched, at
  // its first idle moment, the modules its first paint leaves out (issue 11): the row menu's body and the
  // confirm dialog. The bench waits for the same, so that "menu open" and "confirm modal open" measure
  // the opening, not a download; the floor loads nothing, and waits for nothing.
  const onDemandLoaded = async (module: string): Promise<void> => {
    if (impl.name !== "rosterkit") return;
    await waitFor(`${module} prefetched at idle`, () => performance.getEntriesByType("resource").some((entry) => entry.name.includes(`/${module}`)));
    await settle();
  };
  const scroller = (): HTMLElement => {
    const element = document.querySelector<HTMLElement>(s.scroller);
    if (!element) throw new Error("no scrolling viewport (the long list only)");
    return element;
  };

  return {
    impl: impl.name,
    mode,
    n,
    rowCount: () => rows().length,
    async mount() {
      if (unmount) throw new Error("already mounted");
      const timing = await measure("mount", () => (unmount = impl.mount(container)), rowsShown);
      await settle();
      return timing;
    },
    async unmount() {
      unmount?.();
      unmount = null;
      await settle();
    },
    heap,
    async search(term) {
      const timing = await measure("search", () => typeInto(input(), term), matches(term));
      await settle();
      return timing;
    },
    async clearSearch() {
      typeInto(input(), "");
      await waitFor("search cleared", () => rows().length >= expectedRows && !matches("hopper")());
      await settle();
    },
    async sort() {
      const before = firstId();
      const trigger = document.querySelector<HTMLElement>(s.sortByName);
      if (!trigger) throw new Error("no sort trigger");
      const timing = await measure("sort", () => trigger.click(), () => firstId() !== before && rowsShown());
      await settle();
      return timing;
    },
    async sortOther() {
      const before = firstId();
      const trigger = document.querySelector<HTMLElement>(s.sortByLastActive);
      const name = document.querySelector<HTMLElement>(s.sortByName);
      if (!trigger || !name) throw new Error("no sort trigger");
      const timing = await measure("sortOther", () => trigger.click(), () => firstId() !== before && rowsShown());
      await settle();
      const sorted = firstId();
      name.click();
      await waitFor("name order back", () => firstId() !== sorted && rowsShown());
      await settle();
      return timing;
    },
    async openMenu(run) {
      // A row not opened before: the kit mounts its Radix menu (its module already loaded) on the first press of each row.
      const target = rows()[1 + (run % Math.max(1, rows().length - 1))];
      const trigger = target?.querySelector<HTMLElement>(s.menuTrigger);
      if (!trigger) throw new Error("no menu trigger");
      await onDemandLoaded("member-actions-content");
      const timing = await measure("menu", () => press(trigger), menuOpen);
      await closeMenu();
      return timing;
    },
    async statusChange() {
      await onDemandLoaded("confirm-status-dialog");
      // An active member, not the actor, whose "Archive" item is enabled, not used before.
      for (const row of rows()) {
        const id = row.getAttribute("data-member-id") ?? "";
        if (id === "u-1" || used.has(id) || row.querySelector(s.badge)?.getAttribute("data-status") !== "active") continue;
        used.add(id);
        const trigger = row.querySelector<HTMLElement>(s.menuTrigger);
        if (!trigger) continue;
        press(trigger);
        await waitFor("menu open", menuOpen);
        await settle();
        const item = document.querySelector<HTMLElement>(s.archiveItem);
        if (!item) {
          await closeMenu();
          continue;
        }
        const modal = await measure("modal", () => item.click(), () => document.querySelector(s.modal) !== null && document.querySelector(s.confirm) !== null);
        await settle(100);
        const confirmButton = document.querySelector<HTMLElement>(s.confirm);
        if (!confirmButton) throw new Error("no confirm button");
        const badge = () => document.querySelector(`${s.row}[data-member-id="${id}"] ${s.badge}`)?.getAttribute("data-status");
        window.__benchRenders.reset();
        const answered = statusAnswers();
        const timing = await measure("status", () => confirmButton.click(), () => badge() === "archived");
        const settled = await paintedSince("settled", timing.startedAt, () => statusAnswers() > answered && document.querySelector(s.modal) === null);
        await sleep(300);
        const renders = window.__benchRenders.read();
        await settle();
        return { ...timing, modal, settled, rowsRendered: renders.rows, rowRenders: renders.renders, commits: renders.commits };
      }
      throw new Error("no member to archive among the rows shown");
    },
    async scrollWheel() {
      const viewport = scroller();
      viewport.scrollTop = 0;
      await settle(100);
      const frames = await scrollFrames("wheel", viewport, WHEEL_FRAMES, WHEEL_STEP);
      await settle();
      return frames;
    },
    async idleFrames() {
      await settle(100);
      return frameDurations("idle", WHEEL_FRAMES);
    },
    async emptyJump(fraction) {
      const bare = document.createElement("div");
      bare.style.cssText = "position:fixed;inset-block-start:0;inset-inline-start:0;inline-size:20rem;block-size:32rem;overflow:auto";
      const content = document.createElement("div");
      content.style.cssText = "position:relative;block-size:5000000px";
      bare.append(content);
      document.body.append(bare);
      let added = 0;
      bare.addEventListener("scroll", () => {
        const element = document.createElement("div");
        element.textContent = String((added += 1));
        element.style.cssText = `position:absolute;inset-block-start:${bare.scrollTop}px`;
        content.replaceChildren(element);
      });
      await settle();
      const target = Math.round((bare.scrollHeight - bare.clientHeight) * fraction);
      try {
        return await measure("emptyJump", () => (bare.scrollTop = target), () => added > 0);
      } finally {
        bare.remove();
        await settle();
      }
    },
    async scrollJump(fraction) {
      const viewport = scroller();
      const target = Math.round((viewport.scrollHeight - viewport.clientHeight) * fraction);
      const shownBefore = new Set(rows().map((row) => row.getAttribute("data-member-id")));
      const inView = (row: HTMLElement): boolean => {
        const box = row.getBoundingClientRect();
        const view = viewport.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      };
      const timing = await measure(
        "jump",
        () => (viewport.scrollTop = target),
        () => rows().some((row) => !shownBefore.has(row.getAttribute("data-member-id")) && inView(row)),
      );
      await settle();
      return timing;
    },
  };
}

window.__benchReady = boot();

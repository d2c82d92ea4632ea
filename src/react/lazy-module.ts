"use client";

import { useEffect, useId, useState } from "react";
import { useAnnounce } from "./live-region";

/**
 * A module loaded on demand (issue 11), and the hook that renders with it: the console's lazy parts
 * (`lazy-parts.tsx`), the users table's (`users-table-lazy.tsx`), the row menu's body and the confirm
 * modal's dialog (`member-actions-menu.tsx`, `confirm-status-modal.tsx`) load through these. A part whose
 * download fails throws where it stands, so the error boundary around it shows the failure with
 * "Try again", which mounts the part again, and the part asks again.
 * @module
 */

/** A module loaded once, the first time it is asked for; a failed load is forgotten, so the next ask tries again. */
export interface LazyModule<T> {
  /** Starts the download (once); resolves with what the module gives. */
  readonly load: () => Promise<T>;
  /** What the module gave, once loaded. */
  readonly current: () => T | undefined;
  /** Starts the download ahead of need (pointer or focus on what asks for it); a failure is left for the real ask. */
  readonly prefetch: () => void;
}

/** A {@link LazyModule} over a dynamic `import()` (`importer`, called at most once until it fails). */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | null = null;
  const load = (): Promise<T> =>
    (pending ??= importer().then(
      (value) => (loaded = value),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  return {
    load,
    current: () => loaded,
    prefetch: () => {
      load().catch(() => undefined);
    },
  };
}

/** The modules already given to {@link prefetchWhenIdle} in this page: each is prefetched at idle once. */
const prefetchedWhenIdle = new WeakSet<LazyModule<unknown>>();
/** The modules waiting for the page's next idle moment: all of them are prefetched by one callback. */
const idleQueue: LazyModule<unknown>[] = [];

/** How long the browser may wait for an idle moment before the prefetch runs anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Where `requestIdleCallback` is missing (Safari), the prefetch waits this long after the first paint. */
const IDLE_FALLBACK_MS = 200;

/**
 * Prefetches `modules` once the page is idle (`requestIdleCallback`, else a short `setTimeout`), once per
 * module per page however often it is called, and together with every module asked for before that idle
 * moment (one callback): what a person is likely to ask for soon after the first paint (the row menu,
 * and the confirm dialog that its status actions lead to) is there before they ask.
 */
export function prefetchWhenIdle(modules: readonly LazyModule<unknown>[]): void {
  const due = modules.filter((module) => !prefetchedWhenIdle.has(module));
  if (due.length === 0 || typeof window === "undefined") return;
  for (const module of due) prefetchedWhenIdle.add(module);
  const scheduled = idleQueue.length > 0;
  idleQueue.push(...due);
  if (scheduled) return;
  const run = (): void => {
    for (const module of idleQueue.splice(0)) module.prefetch();
  };
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(run, IDLE_FALLBACK_MS);
}

/** {@link prefetchWhenIdle} after the component's first paint (an effect: nothing runs on the server or in hydration). */
export function useIdlePrefetch(modules: readonly LazyModule<unknown>[]): void {
  useEffect(() => prefetchWhenIdle(modules), [modules]);
}

/** A failed load, kept to be thrown while rendering, where the part's error boundary catches it. */
interface LoadFailure {
  readonly error: unknown;
}

/**
 * What `module` gave, once loaded, while `wanted`; `undefined` while it downloads (or is not wanted).
 * Starts the download when wanted and not loaded yet; a failed download is thrown while rendering, so the
 * error boundary around the caller shows it (and its "Try again" mounts the caller again, which asks again).
 */
export function useLazyModule<T>(module: LazyModule<T>, wanted: boolean): T | undefined {
  const [failure, setFailure] = useState<LoadFailure | null>(null);
  const [, setLoaded] = useState(false);
  const value = module.current();
  useEffect(() => {
    if (!wanted || value !== undefined) return undefined;
    let live = true;
    module.load().then(
      () => live && setLoaded(true),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value]);
  if (failure !== null) throw failure.error;
  return wanted ? value : undefined;
}

/** The attributes and handlers of a button standing in for a dialog that loads on demand. */
export interface LazyTriggerButton {
  readonly "data-state": "loading" | "closed";
  readonly "aria-haspopup": "dialog";
  readonly "aria-expanded": "false";
  readonly "aria-busy": "true" | undefined;
  readonly "aria-describedby": string | undefined;
  readonly onPointerEnter: () => void;
  readonly onFocus: () => void;
  readonly onClick: () => void;
}

/** What {@link useLazyTrigger} returns. */
export interface LazyTrigger<T> {
  /** What the module gave, once asked for (or, with `showLoaded`, once loaded) and downloaded. */
  readonly part: T | undefined;
  /** Whether the button was pressed: the part is to open as soon as it is there. */
  readonly asked: boolean;
  /** Spread on the stand-in button: prefetch on pointer or focus, busy and described by the note once pressed. */
  readonly button: LazyTriggerButton;
  /** The note next to the button while the part downloads (its id describes the button), `null` before. */
  readonly pending: { readonly id: string; readonly text: string } | null;
}

/**
 * A button that stands in for a dialog loaded on demand (the console's "Invite members", the table's
 * "Export CSV"): a press asks for the module, makes the button busy, shows `pendingText` next to it and
 * announces it while the download runs; pointer or focus prefetches. `showLoaded` hands over the part as
 * soon as it is loaded, even unasked (it then renders closed).
 */
export function useLazyTrigger<T>(module: LazyModule<T>, pendingText: string, showLoaded = false): LazyTrigger<T> {
  const announce = useAnnounce();
  const [asked, setAsked] = useState(false);
  const part = useLazyModule(module, asked || (showLoaded && module.current() !== undefined));
  const noteId = useId();
  const ask = (): void => {
    if (asked) return;
    setAsked(true);
    if (module.current() === undefined) announce(pendingText);
  };
  return {
    part,
    asked,
    pending: asked ? { id: noteId, text: pendingText } : null,
    button: {
      "data-state": asked ? "loading" : "closed",
      "aria-haspopup": "dialog",
      "aria-expanded": "false",
      "aria-busy": asked ? "true" : undefined,
      "aria-describedby": asked ? noteId : undefined,
      onPointerEnter: module.prefetch,
      onFocus: module.prefetch,
      onClick: ask,
    },
  };
}

/**
 * In-page measurement helpers. A figure ends when its DOM condition holds at the start of an animation
 * frame (so that frame paints it) and is stamped after that frame, from a message posted in the
 * frame's rAF callback: "rows painted", not "rows committed". The commit time (first microtask after a
 * DOM mutation where the condition holds) is kept too.
 * @module
 */

export const TIMEOUT_MS = 30_000;

export interface Timing {
  /** Milliseconds from the start to the commit that satisfied the condition (MutationObserver). */
  readonly commit: number | null;
  /** Milliseconds from the start to after the frame that painted it. */
  readonly paint: number;
  /** `performance.now()` at the start, to measure a later condition from the same start ({@link paintedSince}). */
  readonly startedAt: number;
}

export class BenchTimeout extends Error {
  constructor(what: string) {
    super(`timeout: ${what} not reached within ${TIMEOUT_MS} ms`);
    this.name = "BenchTimeout";
  }
}

/** Calls `then` in a task posted now: from a rAF callback, it runs after that frame's style, layout and paint. */
function afterFrame(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(0);
}

/**
 * Runs `act` at the start of an animation frame (inside a rAF callback, so the vsync phase adds no
 * noise) and resolves once `done()` is painted: the condition is checked after `act` and its
 * microtasks, then at each later frame's start; the end is stamped by a message posted from there,
 * which runs after that frame's style, layout and paint. `done` must be false before acting.
 */
export function measure(what: string, act: () => void, done: () => boolean): Promise<Timing> {
  if (done()) return Promise.reject(new Error(`measure(${what}): the end condition holds before acting`));
  return new Promise<Timing>((resolve, reject) => {
    let commitAt: number | null = null;
    let start = 0;
    let failed = false;
    const observer = new MutationObserver(() => {
      if (commitAt === null && done()) commitAt = performance.now();
    });
    const finish = () => {
      const end = performance.now();
      observer.disconnect();
      performance.measure(what, { start, end });
      resolve({ commit: commitAt === null ? null : commitAt - start, paint: end - start, startedAt: start });
    };
    const tick = () => {
      if (done()) return afterFrame(finish);
      if (performance.now() - start > TIMEOUT_MS) {
        observer.disconnect();
        return reject(new BenchTimeout(what));
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(() => {
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      start = performance.now();
      try {
        act();
      } catch (error) {
        failed = true;
        observer.disconnect();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
    });
    // A second callback of the same frame: runs after `act` and all its microtasks (React's sync
    // flush), still before this frame's style, layout and paint.
    requestAnimationFrame(() => {
      if (failed) return;
      if (done()) afterFrame(finish);
      else requestAnimationFrame(tick);
    });
  });
}

/** Milliseconds from `startedAt` to after the frame whose start first sees `done()` (checked every frame). */
export async function paintedSince(what: string, startedAt: number, done: () => boolean): Promise<number> {
  await waitFor(what, done);
  return new Promise<number>((resolve) =>
    afterFrame(() => {
      const end = performance.now();
      performance.measure(what, { start: startedAt, end });
      resolve(end - startedAt);
    }),
  );
}

/**
 * Runs `each` at the start of each of `frames` animation frames and returns the duration of each frame
 * (from one frame's rAF callback to the next's), which includes whatever `each` made the page do. Each
 * frame is also a `performance.measure` named `what`, so the runner reads its main-thread CPU time from
 * the trace. Without `each`, the durations are the machine's frame clock.
 */
export function frameDurations(what: string, frames: number, each: () => void = () => undefined): Promise<number[]> {
  return new Promise<number[]>((resolve) => {
    const stamps: number[] = [];
    const tick = () => {
      stamps.push(performance.now());
      if (stamps.length > frames) {
        const durations = stamps.slice(1).map((end, index) => {
          const start = stamps[index] ?? end;
          performance.measure(what, { start, end });
          return end - start;
        });
        resolve(durations);
        return;
      }
      each();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Scrolls `scroller` by `step` pixels at the start of each of `frames` animation frames, as a wheel or
 * trackpad does; the frames' durations, as {@link frameDurations}.
 */
export function scrollFrames(what: string, scroller: HTMLElement, frames: number, step: number): Promise<number[]> {
  return frameDurations(what, frames, () => {
    scroller.scrollTop += step;
  });
}

/** Resolves once `condition()` holds, checked every frame (not measured). */
export function waitFor(what: string, condition: () => boolean, timeout = TIMEOUT_MS): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const start = performance.now();
    const tick = () => {
      if (condition()) return resolve();
      if (performance.now() - start > timeout) return reject(new BenchTimeout(what));
      requestAnimationFrame(tick);
    };
    tick();
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Two frames: lets effects and a pending paint settle between measurements. */
export const settle = async (ms = 50): Promise<void> => {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await sleep(ms);
};

/** Sets an input's value the way typing does, so React's onChange fires. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** A primary-button press as Radix triggers listen for it (pointerdown), then its pointerup. */
export function press(element: Element): void {
  const init: PointerEventInit = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1, pointerId: 1, pointerType: "mouse", isPrimary: true };
  element.dispatchEvent(new PointerEvent("pointerdown", init));
  element.dispatchEvent(new PointerEvent("pointerup", { ...init, buttons: 0 }));
}

export function pressKey(element: Element, key: string): void {
  element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, composed: true }));
  element.dispatchEvent(new KeyboardEvent("keyup", { key, bubbles: true, cancelable: true, composed: true }));
}

interface MemoryInfo {
  readonly usedJSHeapSize: number;
}

/** Used JS heap after two full GCs (needs --js-flags=--expose-gc and --enable-precise-memory-info). */
export async function heap(): Promise<number | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  if (!gc || !memory) return null;
  await settle(100);
  gc();
  await sleep(50);
  gc();
  return memory.usedJSHeapSize;
}

/**
 * Async helpers shared by the node tests.
 * @module
 */

/** A signal that is never aborted. */
export const live = (): AbortSignal => new AbortController().signal;

/** A promise with its resolve and reject functions exposed, to settle a call when a test decides. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Resolves after every task queued so far has run. */
export const flush = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

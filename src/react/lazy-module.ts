"use client";

import { useEffect, useState } from "react";

/**
 * A module loaded on demand (issue 11), and the hook that renders with it: the console's lazy parts
 * (`lazy-parts.tsx`) and the users table's (`users-table-lazy.tsx`) load through these. A part whose
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

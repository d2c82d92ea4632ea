"use client";

import type { ReactNode } from "react";
import { useCallback, useContext, useEffect, useState, useSyncExternalStore } from "react";
import { RosterStoreContext } from "./use-roster";

/**
 * One polite live region per roster store, and a hook to speak through it. Components anywhere inside
 * the same `<RosterProvider>` call {@link useAnnounce}; the one {@link LiveRegion} mounted in that
 * provider (the first one, if a host mounts several) reads the latest announcement. The region is in
 * the page from the start and only its text changes, so screen readers pick every announcement up.
 * @module
 */

/** One announcement: `id` makes a repeated sentence a new node, so it is read again. */
interface Announcement {
  readonly id: number;
  readonly message: string;
}

/** The announcements of one store: a tiny external store, plain JS (safe on the server). */
interface Announcer {
  announce(message: string): void;
  subscribe(listener: () => void): () => void;
  current(): Announcement | null;
  clear(id: number): void;
  /** Claims the right to render; the first mounted region keeps it until it unmounts. */
  claim(owner: object): boolean;
  release(owner: object): void;
}

function createAnnouncer(): Announcer {
  let latest: Announcement | null = null;
  let next = 0;
  let owner: object | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    announce(message) {
      if (message.trim() === "") return;
      next += 1;
      latest = { id: next, message };
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => latest,
    clear(id) {
      if (latest?.id !== id) return;
      latest = null;
      notify();
    },
    claim(candidate) {
      owner ??= candidate;
      return owner === candidate;
    },
    release(candidate) {
      if (owner === candidate) owner = null;
      notify();
    },
  };
}

const announcers = new WeakMap<object, Announcer>();
/** Used outside any `RosterProvider` (e.g. a component rendered on its own in a test). */
const standalone = createAnnouncer();

function useAnnouncer(): Announcer {
  const binding = useContext(RosterStoreContext);
  if (binding === null) return standalone;
  let announcer = announcers.get(binding.store);
  if (!announcer) {
    announcer = createAnnouncer();
    announcers.set(binding.store, announcer);
  }
  return announcer;
}

/**
 * A stable function that announces a sentence in the polite live region of the nearest
 * `<RosterProvider>` (its {@link LiveRegion}). Empty sentences are ignored; a repeated sentence is
 * announced again.
 * @example
 * const announce = useAnnounce();
 * announce(messages.announcements.linkCopied);
 */
export function useAnnounce(): (message: string) => void {
  const announcer = useAnnouncer();
  return useCallback((message: string) => announcer.announce(message), [announcer]);
}

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /**
   * How long an announcement stays in the region before it is cleared (so that it is not read again
   * when a screen reader user browses the page), in milliseconds.
   * @default 7000
   */
  readonly clearAfterMs?: number;
}

const NOTHING: Announcement | null = null;

/**
 * The visually hidden polite live region (`role="status"`) that {@link useAnnounce} speaks through.
 * Mount it once per `<RosterProvider>`, early (e.g. next to the table): a region must be in the page
 * before it speaks. `<UserManagement>` mounts one; a second one stays silent.
 *
 * Parts: `data-scope="live-region"`, `data-part="root"`, with the class `rk-live-region` (hidden from
 * sight by the kit's CSS even when unstyled).
 * @example
 * <RosterProvider store={store}>
 *   <LiveRegion />
 *   <UsersTable />
 *   <ConfirmStatusModal />
 * </RosterProvider>
 */
export function LiveRegion({ clearAfterMs = 7000 }: LiveRegionProps): ReactNode {
  const announcer = useAnnouncer();
  const [owner] = useState(() => ({}));
  const [speaks, setSpeaks] = useState(false);
  useEffect(() => {
    setSpeaks(announcer.claim(owner));
    const unsubscribe = announcer.subscribe(() => setSpeaks(announcer.claim(owner)));
    return () => {
      unsubscribe();
      announcer.release(owner);
    };
  }, [announcer, owner]);
  const latest = useSyncExternalStore(announcer.subscribe, announcer.current, () => NOTHING);
  const shown = speaks ? latest : null;
  useEffect(() => {
    if (shown === null || !Number.isFinite(clearAfterMs)) return undefined;
    const timer = setTimeout(() => announcer.clear(shown.id), clearAfterMs);
    return () => clearTimeout(timer);
  }, [announcer, shown, clearAfterMs]);
  return (
    <div className="rk-live-region" data-scope="live-region" data-part="root" role="status" aria-live="polite" aria-atomic="true">
      {shown === null ? null : <span key={shown.id}>{shown.message}</span>}
    </div>
  );
}

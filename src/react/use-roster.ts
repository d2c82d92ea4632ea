"use client";

import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { Lifecycle } from "../core/domain.types";
import type { MachineStateOf, RosterMachine } from "../core/machines";
import type { RosterEvent, RosterSnapshot } from "../core/store";
import type { RosterFormat } from "./format";
import { createFormat, DEFAULT_LOCALE } from "./format";
import type { RosterMessages, RosterMessagesOverrides } from "./messages/types";

/**
 * The React binding of a roster store: contexts and hooks over `useSyncExternalStore`. Components
 * subscribe to slices of the snapshot through {@link useRosterSelector}, so a change to one member
 * re-renders the components that show that member, not the whole table.
 * @module
 */

/**
 * What the React binding needs from a store: the structural part of the core store
 * (`createRosterStore` in `rosterkit/core`). Any object of this shape works, which keeps tests and
 * host-made stores simple.
 * @typeParam Snapshot - what `getSnapshot` returns; must be immutable and reference-stable while
 *   nothing changes.
 * @typeParam Event - what `send` accepts.
 */
export interface RosterStoreLike<Snapshot = RosterSnapshot, Event = RosterEvent> {
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot; the same reference until something changes. */
  getSnapshot(): Snapshot;
  /** Sends an event to the store's machines. */
  send(event: Event): void;
  /**
   * The snapshot to render on the server and during hydration, when it differs from `getSnapshot()`.
   * @default getSnapshot
   */
  getServerSnapshot?(): Snapshot;
  /**
   * Runs more machines (a `createRosterStore` store has it): each component adds the machine it uses
   * through {@link useRosterMachine}, during render, so it must notify no listener and do nothing for a
   * machine the store runs already. A store without it must run every machine its components use (its
   * snapshot holds their keys).
   */
  use?(...machines: readonly RosterMachine[]): void;
}

/** Text direction of the kit's root. */
export type Direction = "ltr" | "rtl";

/**
 * Locale, direction, formatters, lifecycle and the host's messages in effect: what a provider shares
 * with the components under it ({@link useRosterSettings}). It holds the host's overrides, not the whole
 * catalogue: each component merges the sections it renders over their English defaults
 * (`useMessageSection`), so it bundles only those.
 */
export interface RosterSettings {
  /**
   * The host's messages (from `messages`, a `MessagesProvider` or a locale), each provider's deep-merged
   * over those of the provider around it; `undefined` when no provider gives any (the English defaults).
   */
  readonly overrides: RosterMessagesOverrides | undefined;
  readonly format: RosterFormat;
  readonly locale: string;
  /** IANA time zone of dates; `undefined` is the runtime's. */
  readonly timeZone: string | undefined;
  readonly dir: Direction;
  /** The deployment's lifecycle, when known: badges and copy adapt to it. */
  readonly lifecycle: Lifecycle | undefined;
}

/**
 * {@link RosterSettings} with the whole catalogue in effect, the English defaults merged with the
 * host's overrides: what `useRosterEnvironment` (`./use-roster-environment`) returns to hosts.
 */
export interface RosterEnvironment extends RosterSettings {
  readonly messages: RosterMessages;
}

/** The store context's value: the store with stable bound functions for `useSyncExternalStore`. */
export interface RosterStoreBinding {
  readonly store: RosterStoreLike<unknown, unknown>;
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => unknown;
  readonly getServerSnapshot: () => unknown;
  readonly send: (event: unknown) => void;
}

/**
 * Binds a store's methods once, so that hooks get stable functions whatever the store's `this` handling.
 * @internal Used by `RosterProvider`; exported for custom providers.
 */
export function bindRosterStore(store: RosterStoreLike<unknown, unknown>): RosterStoreBinding {
  const getSnapshot = (): unknown => store.getSnapshot();
  return {
    store,
    subscribe: (listener) => store.subscribe(listener),
    getSnapshot,
    getServerSnapshot: store.getServerSnapshot ? () => (store.getServerSnapshot as () => unknown).call(store) : getSnapshot,
    send: (event) => store.send(event),
  };
}

/**
 * The settings when no provider is mounted: English, left to right, no overrides. Only the hooks that
 * fall back on it reference it, and the call is marked pure, so a bundle that does not (a `StatusBadge`
 * alone) leaves the formatters out.
 */
export const DEFAULT_SETTINGS: RosterSettings = {
  overrides: undefined,
  format: /* @__PURE__ */ createFormat(DEFAULT_LOCALE),
  locale: DEFAULT_LOCALE,
  timeZone: undefined,
  dir: "ltr",
  lifecycle: undefined,
};

/** @internal The store of the nearest `RosterProvider`. */
export const RosterStoreContext = createContext<RosterStoreBinding | null>(null);
RosterStoreContext.displayName = "RosterStoreContext";

/**
 * @internal Messages, locale and direction of the nearest provider; `null` outside any provider (read it
 * through {@link useRosterSettings}, which gives {@link DEFAULT_SETTINGS} there).
 */
export const RosterEnvironmentContext = createContext<RosterSettings | null>(null);
RosterEnvironmentContext.displayName = "RosterEnvironmentContext";

/** @internal The element that dialogs and menus portal into (themed, with `dir`), once mounted. */
export const RosterPortalContext = createContext<HTMLElement | null>(null);
RosterPortalContext.displayName = "RosterPortalContext";

function outsideProvider(hook: string): Error {
  return new Error(
    `${hook} must be used inside <RosterProvider>. Wrap the components in <RosterProvider store={store}> ` +
      "or <RosterProvider adapter={adapter} actor={actor} scope={scope}>.",
  );
}

function useBinding(hook: string): RosterStoreBinding {
  const binding = useContext(RosterStoreContext);
  if (binding === null) throw outsideProvider(hook);
  return binding;
}

/**
 * The store of the nearest `<RosterProvider>`.
 * @throws Error when used outside a `<RosterProvider>`.
 * @example
 * const store = useRosterStore(); // RosterStoreLike<RosterSnapshot, RosterEvent>
 */
export function useRosterStore<Snapshot = RosterSnapshot, Event = RosterEvent>(): RosterStoreLike<Snapshot, Event> {
  // The provider is typed by what was given to it; the caller names the types it expects.
  return useBinding("useRosterStore").store as unknown as RosterStoreLike<Snapshot, Event>;
}

/**
 * A stable function that sends an event to the store (the same function for the provider's lifetime).
 * @throws Error when used outside a `<RosterProvider>`.
 * @example
 * const send = useRosterSend();
 * <button onClick={() => send({ type: "WORKSPACES.LOAD" })}>Retry</button>
 */
export function useRosterSend<Event = RosterEvent>(): (event: Event) => void {
  return useBinding("useRosterSend").send;
}

interface SelectionMemo<T> {
  hasValue: boolean;
  value: T | undefined;
}

/**
 * A slice of the store's snapshot. The component re-renders only when the slice changes by `isEqual`:
 * other changes to the snapshot do not re-render it. The selection is memoised against the snapshot, so
 * a selector may build a new object (compare it with {@link shallowEqual}). Safe in server rendering:
 * the server snapshot (`getServerSnapshot`, else `getSnapshot`) is used there and during hydration.
 * @param selector - a pure function of the snapshot; may be an inline arrow.
 * @param isEqual - decides whether a new selection equals the previous one. @default Object.is
 * @throws Error when used outside a `<RosterProvider>`.
 * @example
 * const member = useRosterSelector((snapshot) => snapshot.members.get(memberId));
 * const pendingIds = useRosterSelector((snapshot) => Object.keys(snapshot.pending), shallowEqual);
 */
export function useRosterSelector<T, Snapshot = RosterSnapshot>(
  selector: (snapshot: Snapshot) => T,
  isEqual: (previous: T, next: T) => boolean = Object.is,
): T {
  const binding = useBinding("useRosterSelector");
  const last = useRef<SelectionMemo<T>>({ hasValue: false, value: undefined });

  // After React's `useSyncExternalStoreWithSelector`: the selection is memoised against the snapshot,
  // and a new selector (an inline arrow each render) is compared against the last rendered selection.
  const [getSelection, getServerSelection] = useMemo(() => {
    let hasMemo = false;
    let memoSnapshot: unknown;
    let memoSelection: T;
    const select = (snapshot: unknown): T => {
      if (hasMemo && Object.is(memoSnapshot, snapshot)) return memoSelection;
      // The binding holds the provider's store; the caller declares the snapshot type it selects from.
      const next = selector(snapshot as Snapshot);
      const previous: SelectionMemo<T> = hasMemo ? { hasValue: true, value: memoSelection } : last.current;
      hasMemo = true;
      memoSnapshot = snapshot;
      if (previous.hasValue && isEqual(previous.value as T, next)) {
        memoSelection = previous.value as T;
        return memoSelection;
      }
      memoSelection = next;
      return next;
    };
    return [() => select(binding.getSnapshot()), () => select(binding.getServerSnapshot())] as const;
  }, [binding, selector, isEqual]);

  const value = useSyncExternalStore(binding.subscribe, getSelection, getServerSelection);
  useEffect(() => {
    last.current = { hasValue: true, value };
  }, [value]);
  return value;
}

/**
 * @internal Makes the provider's store run `machine` from this render on (`store.use`, which notifies no
 * one): for a component that sends a machine's commands without reading its state. Components that read
 * it use {@link useRosterMachine}.
 * @throws Error when used outside a `<RosterProvider>`, or when the store has no `use` and does not run
 *   the machine.
 */
export function useRunningMachine(machine: RosterMachine, hook = "useRunningMachine"): void {
  const { store } = useBinding(hook);
  if (store.use) {
    store.use(machine);
    return;
  }
  const snapshot = store.getSnapshot();
  if (typeof snapshot !== "object" || snapshot === null || !(machine.key in snapshot)) {
    throw new Error(
      `${hook}: the store given to <RosterProvider> does not run the machine "${machine.key}" and has no \`use\` method to add it. ` +
        "Create it with createRosterStore({ ..., machines: [...] }) listing that machine (or allMachines), or give it a `use(...machines)` method.",
    );
  }
}

/**
 * The state of one of the store's machines (or a slice of it), which the store runs from this render on:
 * each component adds the machine it uses (`store.use(machine)` during render, which notifies no one and
 * does nothing for a machine the store runs already), so a page runs and bundles only the machines its
 * components use. Re-renders like {@link useRosterSelector}: only when the selection changes by `isEqual`.
 * @param machine - a machine of `rosterkit/core` (`inviteMachine`, `exportMachine`, …).
 * @param selector - a pure function of the machine's state (and the whole snapshot); may be an inline
 *   arrow. @default the state itself
 * @param isEqual - decides whether a new selection equals the previous one. @default Object.is
 * @throws Error when used outside a `<RosterProvider>`, or when the provider's store has no `use` and
 *   does not run the machine.
 * @example
 * const invite = useRosterMachine(inviteMachine); // InviteState, never undefined
 * const done = useRosterMachine(inviteMachine, (state) => state.status === "done");
 */
export function useRosterMachine<Machine extends RosterMachine>(machine: Machine): MachineStateOf<Machine>;
export function useRosterMachine<Machine extends RosterMachine, T>(
  machine: Machine,
  selector: (state: MachineStateOf<Machine>, snapshot: RosterSnapshot) => T,
  isEqual?: (previous: T, next: T) => boolean,
): T;
export function useRosterMachine<Machine extends RosterMachine, T>(
  machine: Machine,
  selector?: (state: MachineStateOf<Machine>, snapshot: RosterSnapshot) => T,
  isEqual: (previous: T, next: T) => boolean = Object.is,
): T | MachineStateOf<Machine> {
  useRunningMachine(machine, "useRosterMachine");
  return useRosterSelector((snapshot: RosterSnapshot) => {
    // The store runs the machine (checked above), so the snapshot holds its state under its key.
    const state = (snapshot as unknown as Readonly<Record<string, unknown>>)[machine.key] as MachineStateOf<Machine>;
    return selector ? selector(state, snapshot) : state;
  }, isEqual as (previous: T | MachineStateOf<Machine>, next: T | MachineStateOf<Machine>) => boolean);
}

/**
 * Equality of two values by their own keys (objects) or items (arrays), one level deep: for selectors
 * that build a new object or array from unchanged parts.
 * @example
 * const { scope, rowCount } = useRosterSelector((s) => ({ scope: s.scope, rowCount: s.rowCount }), shallowEqual);
 */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(recordB, key) && Object.is(recordA[key], recordB[key]));
}

/**
 * The `Intl` formatters of the current locale.
 * @example
 * const format = useRosterFormat();
 * format.plural(total, { one: "# member", other: "# members" });
 */
export function useRosterFormat(): RosterFormat {
  return useRosterSettings().format;
}

/**
 * Formatters, locale, direction, lifecycle and the host's message overrides in effect (the English
 * defaults, left to right, outside any provider). The messages of a section come from
 * `useMessageSection`; hosts that want the whole catalogue use `useRosterMessages`.
 * @example
 * const { dir, locale } = useRosterSettings();
 */
export function useRosterSettings(): RosterSettings {
  return useProvidedSettings() ?? DEFAULT_SETTINGS;
}

/**
 * @internal The nearest provider's settings, or `null` outside any provider: for a component that has a
 * small default of its own (`StatusBadge`) and must not bundle {@link DEFAULT_SETTINGS}' formatters.
 */
export function useProvidedSettings(): RosterSettings | null {
  return useContext(RosterEnvironmentContext);
}

/**
 * The element dialogs and menus should portal into (`<Dialog.Portal container={…}>`): it carries the
 * provider's theme, `dir`, `lang` and unstyled attributes, so portalled content is themed and mirrored
 * like the rest. `null` on the server, before mount and outside a provider (portal to `document.body`).
 * @example
 * const container = useRosterPortalContainer();
 * <Dialog.Portal container={container ?? undefined}>…</Dialog.Portal>
 */
export function useRosterPortalContainer(): HTMLElement | null {
  return useContext(RosterPortalContext);
}

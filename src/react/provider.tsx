"use client";

import type { CSSProperties, ReactNode } from "react";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Lifecycle } from "../core/domain.types";
import { localListQuery } from "../core/list.machine";
import type { RosterSnapshot, RosterStore, RosterStoreOptions } from "../core/store";
import { statusChangeMachine } from "../core/status-change.machine";
import { createRosterStore } from "../core/store";
import { createFormat, directionOf } from "./format";
import { mergeOverrides } from "./messages/merge";
import type { RosterMessagesOverrides } from "./messages/types";
import type { Direction, RosterSettings, RosterStoreBinding, RosterStoreLike } from "./use-roster";
import { bindRosterStore, RosterEnvironmentContext, RosterPortalContext, RosterStoreContext, useRosterSettings } from "./use-roster";

/** Colour scheme of the kit's styles (`rosterkit/styles.css`). */
export type RosterTheme = "light" | "dark" | "auto";

/** Props of {@link MessagesProvider}. */
export interface MessagesProviderProps {
  /** Overrides of the English defaults, deep-merged over the messages of any enclosing provider. Keep it stable (a module constant or `useMemo`). */
  readonly messages?: RosterMessagesOverrides;
  /** BCP 47 locale of counts, dates and plurals. @default the enclosing provider's, else "en" */
  readonly locale?: string;
  /** Text direction. @default the enclosing provider's when no `locale` is given, else the locale's ("rtl" for ar, he, fa…) */
  readonly dir?: Direction;
  /** IANA time zone for dates; set it when rendering on the server so that the browser hydrates the same text. */
  readonly timeZone?: string;
  /** The deployment's lifecycle, for lifecycle-specific labels. @default the store's `config.lifecycle`, else the enclosing provider's */
  readonly lifecycle?: Lifecycle;
  /** The kit's components, and anything else. */
  readonly children?: ReactNode;
}

/** The settings a provider shares: its props over those of the provider around it (its messages deep-merged over theirs). */
function useEnvironment(props: MessagesProviderProps): RosterSettings {
  const parent = useRosterSettings();
  const { messages, locale, dir, timeZone, lifecycle } = props;
  return useMemo(() => {
    const nextLocale = locale ?? parent.locale;
    const nextTimeZone = timeZone ?? parent.timeZone;
    const sameFormat = nextLocale === parent.locale && nextTimeZone === parent.timeZone;
    return {
      overrides: mergeOverrides(parent.overrides, messages),
      format: sameFormat ? parent.format : createFormat(nextLocale, nextTimeZone === undefined ? {} : { timeZone: nextTimeZone }),
      locale: nextLocale,
      timeZone: nextTimeZone,
      dir: dir ?? (locale === undefined ? parent.dir : directionOf(locale)),
      lifecycle: lifecycle ?? parent.lifecycle,
    };
  }, [parent, messages, locale, dir, timeZone, lifecycle]);
}

/**
 * Overrides messages, locale or direction for a subtree, without a store: e.g. to use a
 * `StatusBadge` outside a `RosterProvider`, or to reword one part of the kit. Renders no element.
 * @example
 * <MessagesProvider locale="fr" messages={{ status: { label: { active: "Actif" } } }}>
 *   <StatusBadge status="active" />
 * </MessagesProvider>
 */
export function MessagesProvider(props: MessagesProviderProps): ReactNode {
  const environment = useEnvironment(props);
  return <RosterEnvironmentContext.Provider value={environment}>{props.children}</RosterEnvironmentContext.Provider>;
}

/** What `RosterProvider` shares, whichever way it gets its store. */
export interface RosterProviderBaseProps extends MessagesProviderProps {
  /**
   * Colour scheme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Sets `data-rk-theme`.
   * @default "light"
   */
  readonly theme?: RosterTheme;
  /**
   * Skips the kit's styles: the root and the portal container get `data-rk-root="unstyled"` and
   * `data-rk-unstyled` instead of `data-rk-root="styled"`, which the stylesheet keys on. Parts keep their
   * `data-scope`/`data-part`/`data-state` attributes for the host's own CSS.
   * @default false
   */
  readonly unstyled?: boolean;
  /** Class of the root element. */
  readonly className?: string;
  /** Inline style of the root element, e.g. to set `--rk-*` custom properties. */
  readonly style?: CSSProperties;
}

/** `RosterProvider` with a store created outside React (shared, or created by a router loader). */
export interface RosterProviderStoreProps extends RosterProviderBaseProps {
  /**
   * A store from `createRosterStore`, or any object with `subscribe`, `getSnapshot` and `send` (and `use`,
   * else it must run every machine its components use). The provider does not destroy it.
   */
  readonly store: RosterStoreLike<unknown, never>;
  readonly adapter?: never;
  readonly actor?: never;
  readonly config?: never;
  readonly scope?: never;
}

/**
 * `RosterProvider` that creates its own store from an adapter (`createRosterStore`), once, and destroys
 * it on unmount. Every option of `createRosterStore` is a prop. The store runs the status change machine
 * from the start, plus the `machines` given; each of the kit's components adds the machine it uses
 * (`useRosterMachine`), so the host need not list them. It gives the list's local mode
 * (`localListQuery`) itself, for adapters that answer every member at once.
 */
export interface RosterProviderAdapterProps extends RosterProviderBaseProps, RosterStoreOptions {
  readonly store?: never;
}

/** Props of {@link RosterProvider}: a `store`, or what to create one from. */
export type RosterProviderProps = RosterProviderStoreProps | RosterProviderAdapterProps;

/** A store the provider owns, with where it is in its life (see the effect in `useOwnedStore`). */
interface OwnedStore {
  readonly store: RosterStore;
  state: "live" | "releasing" | "destroyed";
}

const STORE_OPTION_KEYS = ["adapter", "actor", "config", "scope", "pageSize", "onEvent", "createIdempotencyKey", "checkAdapterResults", "inviteDraft", "now", "requestTimeoutMs"] as const satisfies readonly (keyof RosterStoreOptions)[];

function createOwnedStore(props: RosterProviderAdapterProps): OwnedStore {
  const options: Record<string, unknown> = {};
  for (const key of STORE_OPTION_KEYS) if (props[key] !== undefined) options[key] = props[key];
  // The status change from the start: the confirm modal and the row menus, always on screen, run it (the
  // other machines start with the component that uses them, `useRosterMachine`).
  options["machines"] = [statusChangeMachine, ...(props.machines ?? [])];
  // The list's local mode, for an adapter that answers every member at once (the table shows any list).
  options["localQuery"] = props.localQuery ?? localListQuery;
  // Only the keys of RosterStoreOptions, copied from props that satisfy it.
  const store = createRosterStore(options as unknown as RosterStoreOptions);
  // On the server no effect runs, so nothing would ever destroy it: stop its requests now and render
  // its first (loading) snapshot. For server-loaded data, see `getServerSnapshot` of `createRosterStore`.
  if (typeof window === "undefined") store.destroy();
  return { store, state: "live" };
}

/**
 * The store passed in, or one created from the adapter props on first render and destroyed on unmount.
 * Created lazily in a ref, which React keeps across StrictMode's double render (a `useState`
 * initializer would run twice and leak one store's requests). Destruction waits a microtask so that
 * StrictMode's effect double-invocation keeps the same store; a store destroyed while hidden (e.g.
 * `<Activity>`) is recreated when shown again.
 */
function useOwnedStore(props: RosterProviderProps): RosterStoreLike<unknown, never> {
  const latest = useRef(props);
  latest.current = props;
  const owned = useRef<OwnedStore | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const current = owned.current;
    if (current === null) return undefined;
    if (current.state === "destroyed") {
      const props = latest.current;
      if (props.store === undefined) {
        owned.current = createOwnedStore(props);
        setGeneration((value) => value + 1);
      }
      return undefined;
    }
    current.state = "live";
    return () => {
      current.state = "releasing";
      queueMicrotask(() => {
        if (current.state !== "releasing") return;
        current.state = "destroyed";
        current.store.destroy();
      });
    };
  }, [generation]);

  if (props.store === undefined) {
    owned.current ??= createOwnedStore(props);
    return owned.current.store as RosterStoreLike<unknown, never>;
  }
  if (owned.current !== null) {
    throw new Error("RosterProvider cannot switch from `adapter` props to a `store` prop while mounted: give it a new `key` to start over.");
  }
  return props.store;
}

/** Creates the element portalled content goes into, next to the page's body (or in the root's shadow root). */
function usePortalContainer(root: HTMLElement | null): HTMLElement | null {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (root === null) return undefined;
    const rootNode = root.getRootNode();
    const parent: Node = rootNode instanceof ShadowRoot ? rootNode : root.ownerDocument.body;
    const element = root.ownerDocument.createElement("div");
    element.setAttribute("data-rk-portal", "");
    parent.appendChild(element);
    setContainer(element);
    return () => {
      element.remove();
      setContainer(null);
    };
  }, [root]);
  return container;
}

/** The lifecycle of a core store's snapshot; `undefined` for other stores. */
function lifecycleOf(snapshot: unknown): Lifecycle | undefined {
  if (typeof snapshot !== "object" || snapshot === null || !("config" in snapshot)) return undefined;
  const config = (snapshot as Partial<Pick<RosterSnapshot, "config">>).config;
  return config?.lifecycle;
}

const MIRRORED_ATTRIBUTES = ["dir", "lang", "data-rk-root", "data-rk-theme", "data-rk-unstyled"] as const;

/**
 * Provides a roster store, messages, locale and theme to the kit's components, and renders their root
 * element (`data-rk-root="styled"` or `"unstyled"`, with `dir`, `lang`, `data-rk-theme` and
 * `data-rk-unstyled`).
 *
 * Give it a `store` created outside React, or an `adapter`, `actor` and `scope` to create one: that store
 * is created once (later changes of these props are ignored; change the provider's `key` to start over)
 * and destroyed on unmount.
 * @example
 * // A store created outside React, e.g. shared with a router loader:
 * const store = createRosterStore({ adapter, actor, config, scope });
 * <RosterProvider store={store}><UsersTable /></RosterProvider>
 * @example
 * // Or let the provider own it:
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}
 *   config={{ lifecycle: "deactivate" }} locale="de" theme="auto" messages={{ actions: { deactivate: "Sperren" } }}>
 *   <UsersTable />
 * </RosterProvider>
 */
export function RosterProvider(props: RosterProviderProps): ReactNode {
  const store = useOwnedStore(props);
  const binding = useMemo<RosterStoreBinding>(() => bindRosterStore(store), [store]);
  // A slice that never changes in practice: reading it does not re-render the provider.
  const storeLifecycle = useSyncExternalStore(
    binding.subscribe,
    () => lifecycleOf(binding.getSnapshot()),
    () => lifecycleOf(binding.getServerSnapshot()),
  );
  const lifecycle = props.lifecycle ?? storeLifecycle;
  const environment = useEnvironment({ ...props, ...(lifecycle === undefined ? {} : { lifecycle }) });
  const theme = props.theme ?? "light";
  const unstyled = props.unstyled ?? false;

  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const portal = usePortalContainer(root);
  useEffect(() => {
    if (portal === null || root === null) return;
    for (const name of MIRRORED_ATTRIBUTES) {
      const value = root.getAttribute(name);
      if (value === null) portal.removeAttribute(name);
      else portal.setAttribute(name, value);
    }
  }, [portal, root, environment.dir, props.locale, theme, unstyled]);

  return (
    <RosterStoreContext.Provider value={binding}>
      <RosterEnvironmentContext.Provider value={environment}>
        <RosterPortalContext.Provider value={portal}>
          <div
            ref={setRoot}
            data-rk-root={unstyled ? "unstyled" : "styled"}
            data-scope="roster"
            data-part="root"
            data-rk-theme={theme}
            data-rk-unstyled={unstyled ? "" : undefined}
            dir={environment.dir}
            lang={props.locale}
            className={props.className}
            style={props.style}
          >
            {props.children}
          </div>
        </RosterPortalContext.Provider>
      </RosterEnvironmentContext.Provider>
    </RosterStoreContext.Provider>
  );
}

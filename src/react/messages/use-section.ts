"use client";

import { useContext, useMemo } from "react";
import type { RosterSettings } from "../use-roster";
import { RosterEnvironmentContext } from "../use-roster";
import { mergeSection } from "./merge";
import type { DeepPartial, RosterMessages } from "./types";

/** The sections merged so far, per provider's settings and English default: each is merged once, then the same object. */
const mergedSections = new WeakMap<RosterSettings, WeakMap<object, unknown>>();

/**
 * One section of the messages in effect: the host's overrides of `messages[key]` (from `messages`, a
 * `MessagesProvider` or a locale) deep-merged over `defaults`, its English default (the whole section, or
 * the part of it a component shows, e.g. `defaultInviteButtonMessages`). Reference-stable: merged once
 * per provider's settings, and `defaults` itself when the host overrides nothing in it or outside any
 * provider.
 * @example
 * sectionOf(settings, "table", defaultTableMessages).columns.email // "Email", or the host's word
 */
export function sectionOf<K extends keyof RosterMessages, P extends keyof RosterMessages[K]>(settings: RosterSettings | null, key: K, defaults: Pick<RosterMessages[K], P>): Pick<RosterMessages[K], P> {
  const overrides = settings?.overrides?.[key];
  if (settings === null || overrides === undefined) return defaults;
  let sections = mergedSections.get(settings);
  if (sections === undefined) {
    sections = new WeakMap();
    mergedSections.set(settings, sections);
  }
  // Stored under `defaults` below, merged from it; each English default belongs to one key.
  const cached = sections.get(defaults) as Pick<RosterMessages[K], P> | undefined;
  if (cached !== undefined) return cached;
  // `overrides` is the host's DeepPartial of this very section, of which `defaults` is (a part of) the English.
  const merged = mergeSection(defaults, overrides as DeepPartial<Pick<RosterMessages[K], P>>);
  sections.set(defaults, merged);
  return merged;
}

/**
 * The messages of one section, for a component that renders it: its English default (the section's
 * module, `./messages/<section>`, or the part of it the component shows) merged with the host's overrides
 * of that section. A component bundles only the sections it asks for, never the whole catalogue. Works
 * without a provider (the English).
 * @example
 * const table = useMessageSection("table", defaultTableMessages);
 * <caption>{table.instanceCaption}</caption>
 */
export function useMessageSection<K extends keyof RosterMessages, P extends keyof RosterMessages[K]>(key: K, defaults: Pick<RosterMessages[K], P>): Pick<RosterMessages[K], P> {
  return sectionOf(useContext(RosterEnvironmentContext), key, defaults);
}

/**
 * Several sections of the messages in effect at once, for a component that hands them on together (to
 * rows, to `errorReason`…): `defaults` names each section with its English default (a module constant,
 * so the result is the same object while the provider's settings do not change).
 * @example
 * const REASONS = { errors: defaultErrorMessages, denials: defaultDenialMessages };
 * const reasons = useMessageSections(REASONS);
 * <p>{errorReason(error, reasons, format)}</p>
 */
export function useMessageSections<K extends keyof RosterMessages>(defaults: Pick<RosterMessages, K>): Pick<RosterMessages, K> {
  const settings = useContext(RosterEnvironmentContext);
  return useMemo(() => {
    const sections: Partial<Record<K, unknown>> = {};
    for (const key of Object.keys(defaults) as K[]) sections[key] = sectionOf(settings, key, defaults[key]);
    // Every key of `defaults` was set just above, to its whole section merged.
    return sections as Pick<RosterMessages, K>;
  }, [settings, defaults]);
}

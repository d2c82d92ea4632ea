"use client";

import { useContext } from "react";
import type { RosterMessages } from "./messages";
import { defaultMessages, mergeMessages } from "./messages";
import type { RosterEnvironment, RosterSettings } from "./use-roster";
import { DEFAULT_SETTINGS, RosterEnvironmentContext } from "./use-roster";

/**
 * The whole message catalogue in effect, for hosts: {@link useRosterMessages} and
 * {@link useRosterEnvironment}. They bundle every English default ({@link defaultMessages}); the kit's
 * components never call them (each asks for its sections with `useMessageSection`), so only a host that
 * wants the whole catalogue pays for it.
 * @module
 */

/** The environment when no provider is mounted: the English defaults, left to right. */
export const DEFAULT_ENVIRONMENT: RosterEnvironment = { ...DEFAULT_SETTINGS, messages: defaultMessages };

/** The environment of each provider's settings: the catalogue is merged once per settings object. */
const environments = new WeakMap<RosterSettings, RosterEnvironment>();

function environmentOf(settings: RosterSettings | null): RosterEnvironment {
  if (settings === null) return DEFAULT_ENVIRONMENT;
  let environment = environments.get(settings);
  if (environment === undefined) {
    environment = { ...settings, messages: mergeMessages(settings.overrides) };
    environments.set(settings, environment);
  }
  return environment;
}

/**
 * Messages, formatters, locale, direction and lifecycle in effect; `messages` is the whole catalogue,
 * {@link defaultMessages} merged with the host's overrides (the same object while the provider's
 * settings do not change).
 * @example
 * const { dir, locale, messages } = useRosterEnvironment();
 */
export function useRosterEnvironment(): RosterEnvironment {
  return environmentOf(useContext(RosterEnvironmentContext));
}

/**
 * The kit's messages in effect: {@link defaultMessages} merged with the host's overrides. Works without
 * a provider (English defaults). For hosts: it bundles every English default.
 * @example
 * const messages = useRosterMessages();
 * <span>{messages.status.label.active}</span>
 */
export function useRosterMessages(): RosterMessages {
  return useRosterEnvironment().messages;
}

import type { DeepPartial, RosterMessagesOverrides } from "./types";

/**
 * The deep merge of messages: nested plain objects merge key by key; strings, functions and anything
 * else replace; `undefined` keeps the base; the keys `__proto__`, `constructor` and `prototype` are
 * ignored. Used for a section over its English default, for a provider's overrides over the enclosing
 * provider's, and by `mergeMessages` for the whole catalogue.
 * @module
 */

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `overrides` deep-merged over `base`, as a new object where they are both plain objects; neither input is changed. */
export function mergeInto(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides === undefined ? base : overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (FORBIDDEN_KEYS.has(key) || value === undefined) continue;
    merged[key] = mergeInto(base[key], value);
  }
  return merged;
}

/**
 * One section of the messages: a host's overrides of it deep-merged over its English default (`base`
 * itself when there are none).
 * @example
 * mergeSection(defaultTableMessages, { columns: { email: "E-Mail" } }).columns.name // "Name"
 */
export function mergeSection<Section>(base: Section, overrides: DeepPartial<Section> | undefined): Section {
  // The shape is preserved key by key: `overrides` is a DeepPartial of `base`.
  return overrides === undefined ? base : (mergeInto(base, overrides) as Section);
}

/**
 * A provider's overrides deep-merged over those of the provider around it (either may be missing): what
 * the nested provider's components merge over the English defaults.
 * @example
 * mergeOverrides(de.messages, { actions: { deactivate: "Sperren" } }).actions?.reactivate // German "Reaktivieren"
 */
export function mergeOverrides(base: RosterMessagesOverrides | undefined, overrides: RosterMessagesOverrides | undefined): RosterMessagesOverrides | undefined {
  if (overrides === undefined) return base;
  if (base === undefined) return overrides;
  // Both are DeepPartial<RosterMessages>: so is their merge.
  return mergeInto(base, overrides) as RosterMessagesOverrides;
}

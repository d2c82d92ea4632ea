/**
 * Locale-aware formatting for the React components: counts, dates, relative times, plurals and lists,
 * all through `Intl`, so that no component concatenates numbers or picks a plural form by hand.
 * Pure functions (no React, no DOM): safe on the server.
 * @module
 */

/** The locale used when none is given. */
export const DEFAULT_LOCALE = "en";

/** A plural category of `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many`, `other`). */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * The forms of a pluralised message. `other` is required; `=0`, `=1`… match an exact number before the
 * plural category is asked. `#` in a form is replaced by the count, formatted for the locale.
 * @example
 * const forms: PluralForms = { "=0": "No members", one: "# member", other: "# members" };
 */
export type PluralForms = { readonly other: string } & { readonly [category in Exclude<PluralCategory, "other">]?: string } & {
  readonly [exact: `=${number}`]: string | undefined;
};

/** Options shared by the date formatters. */
export interface DateFormatOptions {
  /** IANA time zone; give one to render the same text on the server and in the browser. */
  readonly timeZone?: string;
}

// Intl constructors are costly; a table of thousands of rows formats the same way thousands of times.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.ListFormat>(
  key: string,
  create: () => T,
): T {
  const hit = cache.get(key);
  if (hit) return hit as T;
  const made = create();
  cache.set(key, made);
  return made;
}

function parseTime(iso: string): number | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/**
 * A count formatted for the locale (`1,234` in English, `1.234` in German).
 * @example
 * formatCount(1234, "en") // "1,234"
 */
export function formatCount(count: number, locale: string = DEFAULT_LOCALE): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/**
 * A calendar date for people (`Mar 4, 2026` in English). An unparsable string is returned unchanged,
 * so a bad value shows up instead of "Invalid Date".
 * @example
 * formatDate("2026-03-04T10:00:00Z", "en", { timeZone: "UTC" }) // "Mar 4, 2026"
 */
export function formatDate(iso: string, locale: string = DEFAULT_LOCALE, options: DateFormatOptions = {}): string {
  const time = parseTime(iso);
  if (time === null) return iso;
  const timeZone = options.timeZone;
  return cached(
    `d|${locale}|${timeZone ?? ""}`,
    () => new Intl.DateTimeFormat(locale, timeZone === undefined ? { dateStyle: "medium" } : { dateStyle: "medium", timeZone }),
  ).format(time);
}

/**
 * A date and time for people, e.g. for a tooltip or a machine-readable `<time>` label.
 * @example
 * formatDateTime("2026-03-04T10:00:00Z", "en", { timeZone: "UTC" }) // "Mar 4, 2026, 10:00 AM"
 */
export function formatDateTime(iso: string, locale: string = DEFAULT_LOCALE, options: DateFormatOptions = {}): string {
  const time = parseTime(iso);
  if (time === null) return iso;
  const timeZone = options.timeZone;
  const base: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
  return cached(`dt|${locale}|${timeZone ?? ""}`, () => new Intl.DateTimeFormat(locale, timeZone === undefined ? base : { ...base, timeZone })).format(
    time,
  );
}

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ["year", 365 * 24 * 3600 * 1000],
  ["month", 30 * 24 * 3600 * 1000],
  ["week", 7 * 24 * 3600 * 1000],
  ["day", 24 * 3600 * 1000],
  ["hour", 3600 * 1000],
  ["minute", 60 * 1000],
];

/**
 * A time relative to `now` (`3 days ago`, `yesterday`, `in 2 hours`), in the largest unit that fits.
 * Pass `now` explicitly when rendering on the server, so that the browser renders the same text.
 * @example
 * formatRelative("2026-03-01T00:00:00Z", "en", Date.parse("2026-03-04T00:00:00Z")) // "3 days ago"
 */
export function formatRelative(iso: string, locale: string = DEFAULT_LOCALE, now: number = Date.now()): string {
  const time = parseTime(iso);
  if (time === null) return iso;
  const format = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const diff = time - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  }
  return format.format(Math.round(diff / 1000), "second");
}

/**
 * The plural category of a count in a locale (`one`, `few`, `other`…).
 * @example
 * pluralCategory(1, "en") // "one"
 */
export function pluralCategory(count: number, locale: string = DEFAULT_LOCALE): PluralCategory {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/**
 * Picks the plural form for a count and puts the formatted count in place of `#`.
 * @example
 * formatPlural(1234, { one: "# member", other: "# members" }, "en") // "1,234 members"
 */
export function formatPlural(count: number, forms: PluralForms, locale: string = DEFAULT_LOCALE): string {
  const exact = forms[`=${count}`];
  const form = exact ?? forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replaceAll("#", formatCount(count, locale));
}

/**
 * A list of names joined for the locale (`Design, Sales, and Ops` in English).
 * @example
 * formatList(["Design", "Sales"], "en") // "Design and Sales"
 */
export function formatList(items: readonly string[], locale: string = DEFAULT_LOCALE, type: "conjunction" | "disjunction" = "conjunction"): string {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: "long", type })).format(items);
}

/**
 * Isolates text inserted into a sentence (a name, an email, a workspace) between FIRST STRONG ISOLATE
 * and POP DIRECTIONAL ISOLATE (U+2068, U+2069): it keeps its own direction and never reorders the words
 * and punctuation around it, e.g. a Latin name ending in ")" inside an Arabic sentence. Screen readers
 * skip both marks.
 * @example
 * isolate("Ada (QA)") // "\u2068Ada (QA)\u2069"
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Text as a translated message quotes it (a typed email, a domain, a metadata key): cut to `max`
 * characters with "…", so a pasted megabyte never fills the screen, between the language's quotation
 * marks. The core's English sentences cut the same way.
 * @example
 * quoteText("ada@example", "«", "»") // "«ada@example»"
 */
export function quoteText(text: string, open: string = '"', close: string = open, max: number = 60): string {
  return `${open}${text.length > max ? `${text.slice(0, max)}…` : text}${close}`;
}

/**
 * A character as a translated message names it: quoted when it can be seen, by its code point
 * (`U+0009`) when it cannot (a tab, a control or an invisible character).
 * @example
 * describeCharacter("}", "«", "»") // "«}»"
 * describeCharacter("\t")          // "U+0009"
 */
export function describeCharacter(char: string, open: string = '"', close: string = open): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return `${open}${char}${close}`;
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The formatters bound to one locale (and time zone): what message functions receive as their
 * second argument, and what {@link useRosterFormat} returns.
 */
export interface RosterFormat {
  readonly locale: string;
  /** See {@link formatCount}. */
  count(count: number): string;
  /** See {@link formatDate}. */
  date(iso: string): string;
  /** See {@link formatDateTime}. */
  dateTime(iso: string): string;
  /** See {@link formatRelative}. */
  relative(iso: string, now?: number): string;
  /** See {@link formatPlural}. */
  plural(count: number, forms: PluralForms): string;
  /** See {@link formatList}. */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
}

/**
 * Binds the formatters to a locale and an optional time zone.
 * @example
 * const format = createFormat("de", { timeZone: "Europe/Berlin" });
 * format.plural(3, { one: "# Mitglied", other: "# Mitglieder" }) // "3 Mitglieder"
 */
export function createFormat(locale: string = DEFAULT_LOCALE, options: DateFormatOptions = {}): RosterFormat {
  return {
    locale,
    count: (count) => formatCount(count, locale),
    date: (iso) => formatDate(iso, locale, options),
    dateTime: (iso) => formatDateTime(iso, locale, options),
    relative: (iso, now) => formatRelative(iso, locale, now),
    plural: (count, forms) => formatPlural(count, forms, locale),
    list: (items, type) => formatList(items, locale, type),
  };
}

/** Locales written right to left, by primary language subtag. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "dv", "fa", "he", "iw", "ku", "ps", "sd", "ug", "ur", "yi"]);

/**
 * The writing direction of a locale, for the `dir` attribute when the host does not give one.
 * @example
 * directionOf("ar-EG") // "rtl"
 */
export function directionOf(locale: string): "ltr" | "rtl" {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}

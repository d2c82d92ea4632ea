import { describe, expect, it } from "vitest";
import { DEMO_LANGUAGES, demoLanguage } from "../demo/demo-languages";
import { DEFAULT_SETTINGS, readSettings, writeSettings } from "../demo/demo-settings";
import { directionOf } from "../src/react/format";
import type { RosterLocale } from "../src/react/messages";

/**
 * The demo console's Language select (issue 12): a person trying the demo can read the console in every
 * shipped language, each loaded only when chosen, in its own direction.
 */

const SHIPPED = Object.keys(import.meta.glob("../src/locales/*.ts")).map((path) => (path.split("/").at(-1) ?? "").replace(/\.ts$/, ""));

/** localStorage's part the demo's settings use, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  const storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return storage as Storage;
}

describe("issue 12: the demo's languages", () => {
  it("offers every shipped locale of src/locales once, then English right to left", () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(12);
    const ownLanguages = DEMO_LANGUAGES.filter((language) => language.value === language.tag);
    expect(ownLanguages.map((language) => language.tag).toSorted()).toEqual(SHIPPED.toSorted());
    expect(DEMO_LANGUAGES.map((language) => language.value)).toEqual([...new Set(DEMO_LANGUAGES.map((language) => language.value))]);
    expect(DEMO_LANGUAGES.filter((language) => language.value !== language.tag)).toMatchObject([{ value: "en-rtl", tag: "en", dir: "rtl" }]);
  });

  it("names each language in that language (as Intl names it, Chinese by its script)", () => {
    for (const language of DEMO_LANGUAGES.filter((candidate) => candidate.value === candidate.tag)) {
      const code = language.tag === "zh-CN" ? "zh-Hans" : language.tag;
      const ownName = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? "";
      expect(language.name.localeCompare(ownName, language.tag, { sensitivity: "base" }), `${language.name} / ${ownName}`).toBe(0);
    }
  });

  it.each(DEMO_LANGUAGES.map((language) => [language.value, language] as const))("%s: loads its locale entry from src/locales, in its script's direction", async (value, language) => {
    const module = (await import(`../src/locales/${language.tag}.ts`)) as Readonly<Record<string, RosterLocale>>;
    const entry = await language.load();
    expect(Object.values(module)).toContain(entry);
    expect(entry.locale).toBe(language.tag);
    expect(language.dir).toBe(value === "en-rtl" ? "rtl" : directionOf(language.tag));
    expect(language.columns.department).not.toBe("");
    expect(language.columns.seniority).not.toBe("");
    if (language.tag !== "en") expect(language.columns).not.toEqual(demoLanguage("en").columns);
  });

  it("keeps the chosen language across reloads; a language it does not offer falls back to English", () => {
    const storage = memoryStorage();
    expect(readSettings(storage).locale).toBe("en");
    for (const language of DEMO_LANGUAGES) {
      writeSettings(storage, { ...DEFAULT_SETTINGS, locale: language.value });
      expect(readSettings(storage).locale).toBe(language.value);
    }
    storage.setItem("rosterkit-demo:settings", JSON.stringify({ ...DEFAULT_SETTINGS, locale: "xx" }));
    expect(readSettings(storage).locale).toBe("en");
  });
});

import type { RosterLocale } from "../src/react";

/** The labels of the demo's own metadata columns (the host's text, not the kit's), in one language. */
export interface DemoColumnLabels {
  readonly department: string;
  readonly seniority: string;
}

/** One choice of the demo's Language select. */
export interface DemoLanguage {
  /** What the select and the saved settings hold. */
  readonly value: string;
  /** The choice's name, in its own language. */
  readonly name: string;
  /** The BCP 47 tag the console gets (`locale`), and the `lang` of the choice's name. */
  readonly tag: string;
  /** The console's writing direction. */
  readonly dir: "ltr" | "rtl";
  /** The demo's metadata column labels in this language. */
  readonly columns: DemoColumnLabels;
  /** Imports the locale entry (src/locales/<tag>.ts) when the language is chosen: each is its own chunk. */
  readonly load: () => Promise<RosterLocale>;
}

const ENGLISH_COLUMNS: DemoColumnLabels = { department: "Department", seniority: "Seniority" };
const loadEnglish = async (): Promise<RosterLocale> => (await import("../src/locales/en")).en;

/**
 * Every shipped locale, by its name in its own language, then English laid out right to left: the
 * mirrored layout with text that every reader of this repository can check.
 */
export const DEMO_LANGUAGES = [
  { value: "en", name: "English", tag: "en", dir: "ltr", columns: ENGLISH_COLUMNS, load: loadEnglish },
  { value: "ar", name: "العربية", tag: "ar", dir: "rtl", columns: { department: "القسم", seniority: "الأقدمية" }, load: async () => (await import("../src/locales/ar")).ar },
  { value: "he", name: "עברית", tag: "he", dir: "rtl", columns: { department: "מחלקה", seniority: "ותק" }, load: async () => (await import("../src/locales/he")).he },
  { value: "ja", name: "日本語", tag: "ja", dir: "ltr", columns: { department: "部署", seniority: "経験レベル" }, load: async () => (await import("../src/locales/ja")).ja },
  { value: "zh-CN", name: "简体中文", tag: "zh-CN", dir: "ltr", columns: { department: "部门", seniority: "资历级别" }, load: async () => (await import("../src/locales/zh-CN")).zhCN },
  { value: "ko", name: "한국어", tag: "ko", dir: "ltr", columns: { department: "부서", seniority: "경력 수준" }, load: async () => (await import("../src/locales/ko")).ko },
  { value: "de", name: "Deutsch", tag: "de", dir: "ltr", columns: { department: "Abteilung", seniority: "Erfahrungsstufe" }, load: async () => (await import("../src/locales/de")).de },
  { value: "fr", name: "Français", tag: "fr", dir: "ltr", columns: { department: "Service", seniority: "Ancienneté" }, load: async () => (await import("../src/locales/fr")).fr },
  { value: "es", name: "Español", tag: "es", dir: "ltr", columns: { department: "Departamento", seniority: "Antigüedad" }, load: async () => (await import("../src/locales/es")).es },
  {
    value: "pt-BR",
    name: "Português (Brasil)",
    tag: "pt-BR",
    dir: "ltr",
    columns: { department: "Departamento", seniority: "Senioridade" },
    load: async () => (await import("../src/locales/pt-BR")).ptBR,
  },
  { value: "it", name: "Italiano", tag: "it", dir: "ltr", columns: { department: "Reparto", seniority: "Anzianità" }, load: async () => (await import("../src/locales/it")).it },
  { value: "nl", name: "Nederlands", tag: "nl", dir: "ltr", columns: { department: "Afdeling", seniority: "Senioriteit" }, load: async () => (await import("../src/locales/nl")).nl },
  { value: "en-rtl", name: "English, right to left", tag: "en", dir: "rtl", columns: ENGLISH_COLUMNS, load: loadEnglish },
] as const satisfies readonly DemoLanguage[];

/** A value of the Language select (and of the saved settings' `locale`). */
export type DemoLanguageValue = (typeof DEMO_LANGUAGES)[number]["value"];

/** The choice of `value`. */
export function demoLanguage(value: DemoLanguageValue): DemoLanguage {
  const language = DEMO_LANGUAGES.find((candidate) => candidate.value === value);
  if (language === undefined) throw new Error(`The demo has no language "${value}"; it offers ${DEMO_LANGUAGES.map((candidate) => candidate.value).join(", ")}.`);
  return language;
}

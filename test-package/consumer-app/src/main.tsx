// A host app as the README tells it to embed the console: the package from its tarball, its stylesheet,
// the in-memory adapter, and its language from the shipped locales (docs/i18n.md): English bundled, any
// other language loaded on demand by `?locale=<tag>`. Copied into a fresh app by test-package/consumer.test.ts.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { UserManagement } from "rosterkit";
import type { RosterLocale, UserManagementProps } from "rosterkit";
import { createMemoryAdapter, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } from "rosterkit/adapters";
import { en } from "rosterkit/locales/en";
import "rosterkit/styles.css";

/** Every language rosterkit ships but English, each its own chunk, loaded only when asked for. */
const LOCALES: Readonly<Record<string, () => Promise<RosterLocale>>> = {
  ar: () => import("rosterkit/locales/ar").then((module) => module.ar),
  de: () => import("rosterkit/locales/de").then((module) => module.de),
  es: () => import("rosterkit/locales/es").then((module) => module.es),
  fr: () => import("rosterkit/locales/fr").then((module) => module.fr),
  he: () => import("rosterkit/locales/he").then((module) => module.he),
  it: () => import("rosterkit/locales/it").then((module) => module.it),
  ja: () => import("rosterkit/locales/ja").then((module) => module.ja),
  ko: () => import("rosterkit/locales/ko").then((module) => module.ko),
  nl: () => import("rosterkit/locales/nl").then((module) => module.nl),
  "pt-BR": () => import("rosterkit/locales/pt-BR").then((module) => module.ptBR),
  "zh-CN": () => import("rosterkit/locales/zh-CN").then((module) => module.zhCN),
};

/** The language asked for by `?locale=<tag>`, English without one; an unknown tag is an error that names the known ones. */
async function chosenLocale(): Promise<RosterLocale> {
  const tag = new URLSearchParams(window.location.search).get("locale");
  if (tag === null || tag === en.locale) return en;
  const load = LOCALES[tag];
  if (load === undefined) throw new Error(`Unknown locale "${tag}": this app has ${[en.locale, ...Object.keys(LOCALES)].join(", ")}.`);
  return load();
}

const adapter = createMemoryAdapter({ dataset: generateSeed({ members: 20 }), actorId: SEED_USERS.admin });
const { locale, messages } = await chosenLocale();
const props: UserManagementProps = {
  adapter,
  actor: adapter.backend.actorFor(SEED_USERS.admin),
  scope: { kind: "workspace", workspaceId: SEED_FIRST_WORKSPACE },
  locale,
  messages,
};

const container = document.getElementById("root");
if (container === null) throw new Error("#root is missing");
createRoot(container).render(
  <StrictMode>
    <UserManagement {...props} />
  </StrictMode>,
);

"use client";

// The console in a client component: the adapter is a client object (it calls fetch), so it is made
// here, not passed from the server component. So are the languages: a locale's messages include
// functions, which cannot cross from a server component, so the page passes only the tag.
import { UserManagement } from "rosterkit";
import type { RosterLocale } from "rosterkit";
import { createRestAdapter } from "rosterkit/adapters";
import type { Actor } from "rosterkit/core";
import { de } from "rosterkit/locales/de";
import { en } from "rosterkit/locales/en";
import { he } from "rosterkit/locales/he";

const adapter = createRestAdapter({ baseUrl: "/api/rosterkit" });

/** The languages this app offers, by tag; rosterkit ships more (docs/i18n.md in the package). */
const LOCALES: Readonly<Record<string, RosterLocale>> = { en, de, he };

/** The console in the language tagged `locale`, English for a language this app does not offer. */
export function Members({ actor, workspaceId, locale }: { readonly actor: Actor; readonly workspaceId: string; readonly locale: string }) {
  const language = LOCALES[locale] ?? en;
  return (
    <UserManagement
      adapter={adapter}
      actor={actor}
      scope={{ kind: "workspace", workspaceId }}
      config={{ lifecycle: "archive", deployment: "cloud" }}
      locale={language.locale}
      messages={language.messages}
    />
  );
}

import type { ConsoleMessages } from "./types";

/**
 * The drop-in console: header, scope switcher, seat count, failed and loading parts, in English: the
 * default of `messages.console`. A module of its own, so that only the components that render this section
 * bundle it; a host's overrides of `messages.console` are merged over it (`useMessageSection("console",
 * defaultConsoleMessages)`).
 */
export const defaultConsoleMessages: ConsoleMessages = {
  allUsers: "All users",
  scopeLabel: "Workspace",
  loadingTitle: "Loading…",
  seatCountHint: "Active, invited and requested members count; archived and inactive ones do not.",
  partFailed: ({ part }) =>
    `${
      {
        "seat-count": "The seat count",
        "scope-switcher": "The workspace switcher",
        invite: "The invite form",
        table: "The members table",
        details: "The member's details",
        confirm: "The confirmation dialog",
        activity: "The activity",
        export: "The CSV export",
        bulk: "The bulk actions",
        menu: "The actions menu",
      }[part]
    } could not be shown because of an error. The rest of the page still works${part === "invite" ? " and nothing you typed is lost" : ""}.`,
  partRetry: "Try again",
  partClose: "Close",
  partLoading: ({ part }) =>
    ({
      "seat-count": "Loading the seat count…",
      "scope-switcher": "Loading the workspace switcher…",
      invite: "Opening the invite form…",
      table: "Loading the members table…",
      details: "Loading the member's details…",
      confirm: "Loading the confirmation dialog…",
      activity: "Loading the activity…",
      export: "Opening the CSV export…",
      bulk: "Loading the bulk actions…",
      menu: "Opening the actions menu…",
    })[part],
};

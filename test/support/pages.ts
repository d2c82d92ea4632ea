import { waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import type { RosterPagesOptions } from "../../src/testing/page-objects/page-context";
import type { RosterPages } from "../../src/testing/page-objects/roster-pages";
import { createRosterPages } from "../../src/testing/page-objects/roster-pages";
import { domDriver } from "../../src/testing/page-objects/dom-driver";

/**
 * The page objects of rosterkit/testing over what a jsdom test rendered: testing-library's queries (with
 * React's `act`) from the document body, which also holds the portalled menus and dialogs.
 * @module
 */

/** The page objects over the rendered document, acting through `user`. */
export function rosterPages(user: UserEvent, options?: RosterPagesOptions): RosterPages<HTMLElement> {
  return createRosterPages(domDriver({ root: document.body, user, within, waitFor }), options);
}

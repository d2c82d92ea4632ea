import { userEvent, waitFor, within } from "storybook/test";
import type { RosterDriver } from "../src/testing/page-objects/driver";
import { domDriver } from "../src/testing/page-objects/dom-driver";
import type { RosterPages } from "../src/testing/page-objects/roster-pages";
import { createRosterPages } from "../src/testing/page-objects/roster-pages";

/**
 * What the play functions share: rosterkit/testing's page objects over Storybook's instrumented
 * testing-library and user-event, so each step shows in the Interactions panel. Radix menus and dialogs
 * render in a portal outside the canvas, so the page objects search the page body.
 * @module
 */

/** How long a step waits: the mock backend's slow scenarios answer within a few seconds. */
const STORY_TIMEOUT_MS = 8000;

function storyDriver(document: Document): RosterDriver<HTMLElement> {
  return domDriver({ root: document.body, user: userEvent, within, waitFor, timeout: STORY_TIMEOUT_MS });
}

/** The page objects of the story rendered in `canvasElement`. */
export function storyPages(canvasElement: HTMLElement): RosterPages<HTMLElement> {
  return createRosterPages(storyDriver(canvasElement.ownerDocument));
}

/** The page body: Radix portals (menus, dialogs) render there, outside the canvas element. */
export function portal(canvasElement: HTMLElement): ReturnType<typeof within> {
  return within(canvasElement.ownerDocument.body);
}

/** Waits until a portalled element has finished its entry animation (it starts at opacity 0). */
export async function settled(element: HTMLElement): Promise<HTMLElement> {
  await storyDriver(element.ownerDocument).waitForVisible(element);
  return element;
}

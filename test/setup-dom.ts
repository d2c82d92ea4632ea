import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, expect } from "vitest";
import type { AxeMatchers } from "vitest-axe/matchers";
import * as axeMatchers from "vitest-axe/matchers";

expect.extend(axeMatchers);

// Parts the kit loads on demand (the row menu's body, the confirm dialog, the virtualiser, the console's
// dialogs) are transformed by vitest at their first import in each file; on a loaded two-core CI machine
// that alone can take longer than Testing Library's default 1 s wait, so `findBy…` and `waitFor` wait up to
// 5 s. A part that never arrives still fails the test (well within the dom project's 30 s test timeout).
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no canvas: its getContext() prints "Not implemented" and answers undefined. axe-core asks for
// a 2D context only to tell icon ligatures from text, and gets on without one, so answer what a browser
// answers for a context it cannot give (null) and keep the test output free of that line. Files that
// opt into the node environment (server rendering) have no HTMLCanvasElement at all.
if (typeof HTMLCanvasElement !== "undefined") HTMLCanvasElement.prototype.getContext = () => null;

declare module "vitest" {
  // vitest-axe 0.1.0 declares its matchers on the old global `Vi` namespace; vitest 4 reads this one.
  // The type parameter must match vitest's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Assertion<T> extends AxeMatchers {}
}

afterEach(() => {
  cleanup();
});

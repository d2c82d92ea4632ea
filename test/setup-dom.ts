import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, expect } from "vitest";
import type { AxeMatchers } from "vitest-axe/matchers";
import * as axeMatchers from "vitest-axe/matchers";

expect.extend(axeMatchers);

declare module "vitest" {
  // vitest-axe 0.1.0 declares its matchers on the old global `Vi` namespace; vitest 4 reads this one.
  // The type parameter must match vitest's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Assertion<T> extends AxeMatchers {}
}

afterEach(() => {
  cleanup();
});

import { afterEach, beforeAll, expect } from "vitest";
import { fromPGlite } from "../src/server/sql";
import { migrate } from "../src/server/migrations";
import { describeAdapterContract } from "../src/testing";
import { usePGlite } from "./support/pglite";
import { sqlContractHarness } from "./support/sql-contract";

/**
 * The server on PGlite must pass the same conformance suite as every adapter: the REST adapter calls the
 * handler of `rosterkit/server` in process (its `fetch`), over the Postgres storage on an embedded
 * PGlite, and every answer is checked against the OpenAPI document.
 */
const pglite = usePGlite();
const drift: string[] = [];

beforeAll(async () => {
  await migrate(fromPGlite(pglite()));
}, 120_000);
afterEach(() => {
  expect(drift.splice(0), "answers that do not match openapi/rosterkit.openapi.json").toEqual([]);
});

describeAdapterContract(
  "rest → handler → PGlite",
  sqlContractHarness(
    () => fromPGlite(pglite()),
    () => "https://pglite.rosterkit.test/api",
    (handler) => (input, init) => handler(new Request(input, init)),
    drift,
  ),
);

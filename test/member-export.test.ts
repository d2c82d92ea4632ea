import { beforeAll, describe, expect, it } from "vitest";
import { createMemoryStorage } from "../src/adapters/memory/memory-storage";
import { SEED_FIRST_WORKSPACE, SEED_USERS, generateSeed } from "../src/adapters/memory/seed";
import { resolveConfig } from "../src/core/config";
import type { RosterStorage, StorageReads } from "../src/core/engine/storage.types";
import { MAX_PAGE_SIZE } from "../src/core/vocabulary";
import { ROSTER_ACTOR_HEADER, developmentAuthenticate } from "../src/server/dev-authenticate";
import { createRosterHandler } from "../src/server/handler";
import { migrate } from "../src/server/migrations";
import { createPostgresStorage } from "../src/server/postgres-storage";
import { seedPostgres } from "../src/server/postgres-seed";
import { fromPGlite } from "../src/server/sql";
import { parseCsv } from "../src/testing/csv-records";
import { usePGlite } from "./support/pglite";

/**
 * R25: the CSV export of 100,000 members streams page by page, on the in-memory storage and on PGlite:
 * the handler answers after one page is read, each page is read only when the reader asks for more, and
 * the whole file holds every member once, in RFC 4180.
 */

const MEMBERS = 100_000;
const config = resolveConfig();
const dataset = generateSeed({ members: MEMBERS, workspaces: 1 });
const INVITATIONS = { baseUrl: "https://app.test/join/", secret: "export-test-secret" };
const pglite = usePGlite();

/** A storage that counts the pages of members its reads answer. */
function countingPages(storage: RosterStorage): { readonly storage: RosterStorage; pages(): number } {
  let pages = 0;
  const counted = <R extends StorageReads>(reads: R): R => ({
    ...reads,
    listMembers: async (query, options) => {
      const page = await reads.listMembers(query, options);
      pages += 1;
      return page;
    },
  });
  return {
    storage: { read: (work) => storage.read((reads) => work(counted(reads))), transaction: (work) => storage.transaction((tx) => work(counted(tx))) },
    pages: () => pages,
  };
}

/** The export of the first workspace as its admin asks for it, read chunk by chunk with the pages read so far at each. */
async function exportOver(storage: RosterStorage): Promise<{ pagesWhenAnswered: number; pagesAtChunk: number[]; pagesInAll: number; text: string }> {
  const spy = countingPages(storage);
  const handler = createRosterHandler({ storage: spy.storage, config, invitations: INVITATIONS, authenticate: developmentAuthenticate() });
  const response = await handler(
    new Request(`https://rosterkit.test/workspaces/${SEED_FIRST_WORKSPACE}/members.csv?columns=email,name,status&sort=email:asc`, { headers: { [ROSTER_ACTOR_HEADER]: SEED_USERS.admin } }),
  );
  // Only a failed answer is read here: reading a successful one would pull every page.
  if (response.status !== 200) expect.fail(`the export answered ${String(response.status)}: ${await response.text()}`);
  const pagesWhenAnswered = spy.pages();
  const body = response.body ?? expect.fail("the export has no body");
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const pagesAtChunk: number[] = [];
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    pagesAtChunk.push(spy.pages());
    text += decoder.decode(chunk.value, { stream: true });
  }
  return { pagesWhenAnswered, pagesAtChunk, pagesInAll: spy.pages(), text: text + decoder.decode() };
}

function expectStreamed(result: Awaited<ReturnType<typeof exportOver>>): void {
  const pages = Math.ceil(MEMBERS / MAX_PAGE_SIZE);
  // The answer starts after the rights and the first page are checked, long before the last page.
  expect(result.pagesWhenAnswered).toBe(1);
  // Chunk 0 is the header, chunk n holds page n: page n + 1 is read only when chunk n + 1 is asked for.
  expect(result.pagesAtChunk.slice(0, 3)).toEqual([1, 1, 2]);
  result.pagesAtChunk.forEach((read, chunk) => expect(read, `pages read when chunk ${String(chunk)} arrived`).toBeLessThanOrEqual(Math.max(1, chunk)));
  expect(result.pagesInAll).toBe(pages);
  const [header, ...rows] = parseCsv(result.text.replace(/^\uFEFF/, ""));
  expect(header).toEqual(["email", "name", "status"]);
  expect(rows).toHaveLength(MEMBERS);
  const emails = rows.map(([email]) => email ?? "");
  expect(new Set(emails).size).toBe(MEMBERS);
  expect(emails).toEqual([...emails].sort());
}

describe("R25: a 100,000-member export streams page by page", () => {
  it("R25: on the in-memory storage, the handler answers after one page and reads the next page only when asked", async () => {
    expectStreamed(await exportOver(createMemoryStorage({ dataset, config })));
  }, 120_000);

  describe("on PGlite", () => {
    beforeAll(async () => {
      const client = fromPGlite(pglite());
      await migrate(client);
      await seedPostgres(client, dataset, { config });
    }, 300_000);

    it("R25: on PGlite, the handler answers after one page and reads the next page only when asked", async () => {
      expectStreamed(await exportOver(await createPostgresStorage({ client: fromPGlite(pglite()), config })));
    }, 600_000);
  });
});

import { DEMO_API, ROSTER_API_PATH } from "../demo-api";
import type { DemoDatabase } from "./demo-database";
import { openDemoDatabase } from "./demo-database";
import type { DemoServer } from "./demo-server";
import { DEFAULT_ROSTER, createDemoServer } from "./demo-server";

/**
 * What `npm start`'s Vite plugin (demo/vite.config.ts) loads through Vite's SSR module loader: the
 * database, the demo server on it, and which paths it answers.
 * @module
 */

const DEMO_PATHS = [ROSTER_API_PATH, DEMO_API.session, DEMO_API.reset];

/** Whether a request URL (path and query) is one the demo server answers; Vite serves the others. */
export function isDemoPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?")[0] ?? "";
  return DEMO_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Options of {@link startDemo}. */
export interface StartDemoOptions {
  /** PGlite's folder. */
  readonly dataDir: string;
  /** A `postgres://…` URL, used instead of PGlite when given. */
  readonly databaseUrl: string | undefined;
  /** The console's origin, for invitation links. */
  readonly origin: () => string;
  readonly log: (entry: string) => void;
}

/** A started demo: close the server, then the database. */
export interface StartedDemo {
  readonly database: DemoDatabase;
  readonly demo: DemoServer;
  close(): Promise<void>;
}

/**
 * Opens the database, creates the demo server on it and prepares the default roster (created,
 * migrated and seeded on the first start; found again after).
 */
export async function startDemo(options: StartDemoOptions): Promise<StartedDemo> {
  const database = await openDemoDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  options.log(`Rosterkit demo server: data in ${database.label}.`);
  const demo = createDemoServer({ client: database.client, database: database.label, origin: options.origin, log: options.log });
  try {
    await demo.prepare(DEFAULT_ROSTER);
  } catch (error) {
    await demo.close();
    await database.close();
    throw error;
  }
  return {
    database,
    demo,
    async close() {
      await demo.close();
      await database.close();
    },
  };
}

import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getRequestListener } from "@hono/node-server";
import react from "@vitejs/plugin-react";
import { defineConfig, runnerImport } from "vite";
import type { Plugin } from "vite";
import type { StartedDemo, isDemoPath, startDemo } from "./server/start";

/** Which backend the console talks to; the plugin defines it as `__ROSTERKIT_DEMO_BACKEND__` (demo/globals.d.ts). */
type DemoBackendKind = "server" | "msw";

/** What the plugin loads of demo/server/start.ts (through Vite's module runner, which compiles its TypeScript). */
interface DemoRuntime {
  readonly startDemo: typeof startDemo;
  readonly isDemoPath: typeof isDemoPath;
}

/**
 * `npm start` on the real server: mounts the demo server (`createRosterHandler` at `/api/rosterkit` on
 * PGlite in `.rosterkit-demo/`, or on the Postgres of `DATABASE_URL`) in front of Vite's own
 * middlewares, prints where the API is, and closes the database with the dev server. With
 * `ROSTERKIT_DEMO_BACKEND=msw` the console stays on the MSW mock; `vite build` always builds the static
 * MSW console. The server code is loaded with `runnerImport` when the dev server starts, never by a build.
 */
function rosterkitDemoServer(): Plugin {
  const backend: DemoBackendKind = process.env["ROSTERKIT_DEMO_BACKEND"] === "msw" ? "msw" : "server";
  let running: Promise<StartedDemo> | undefined;
  return {
    name: "rosterkit:demo-server",
    config(_, env) {
      const kind: DemoBackendKind = env.command === "serve" && env.isPreview !== true && backend === "server" ? "server" : "msw";
      return { define: { __ROSTERKIT_DEMO_BACKEND__: JSON.stringify(kind) } };
    },
    configureServer(server) {
      if (backend === "msw") return;
      const logger = server.config.logger;
      const log = (entry: string): void => logger.info(entry, { timestamp: true });
      const dataDir = resolve(process.env["ROSTERKIT_DEMO_DATA"] ?? resolve(server.config.root, "..", ".rosterkit-demo", "pglite"));
      const origin = (): string => (server.resolvedUrls?.local[0] ?? "http://localhost:5173/").replace(/\/$/, "");
      // Its own module runner, outside the dev server's module graph: editing server code does not reload the page (restart to pick it up).
      const runtime = runnerImport<DemoRuntime>(fileURLToPath(new URL("server/start.ts", import.meta.url))).then((loaded) => loaded.module);
      const started = runtime.then((loaded) => loaded.startDemo({ dataDir, databaseUrl: process.env["DATABASE_URL"], origin, log }));
      running = started;
      started.catch((error: unknown) => logger.error(`Rosterkit demo server did not start: ${error instanceof Error ? error.message : String(error)}`, { timestamp: true }));
      const listener = getRequestListener(async (request) => {
        try {
          const { demo } = await started;
          return (await demo.fetch(request)) ?? new Response("Not found", { status: 404 });
        } catch (error) {
          const detail = `The demo server did not start: ${error instanceof Error ? error.message : String(error)}`;
          return new Response(JSON.stringify({ title: "Demo server unavailable", status: 503, detail }), { status: 503, headers: { "Content-Type": "application/problem+json" } });
        }
      });
      server.middlewares.use((req, res, next) => {
        runtime.then(
          ({ isDemoPath }) => (isDemoPath(req.url) ? void listener(req, res) : next()),
          () => next(),
        );
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const url = server.resolvedUrls?.local[0];
        if (url) logger.info(`  ➜  Rosterkit API: ${url}api/rosterkit (createRosterHandler; development sign-in: the X-Rosterkit-Actor header)`);
      };
    },
    async closeServer() {
      const demo = await running?.catch(() => undefined);
      running = undefined;
      await demo?.close();
    },
  };
}

/**
 * The demo console. `npm start` serves it on the Rosterkit server (`rosterkitDemoServer`);
 * `ROSTERKIT_DEMO_BACKEND=msw npm start` serves it on the MSW browser worker. `npm run build:demo`
 * builds the static MSW console (no server needed) to `demo/dist`, which the e2e tests serve. Serves
 * `public/mockServiceWorker.js` from the repository root.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  publicDir: fileURLToPath(new URL("../public", import.meta.url)),
  plugins: [react(), rosterkitDemoServer()],
  server: { port: 5173, strictPort: false, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: { outDir: "dist", emptyOutDir: true },
});

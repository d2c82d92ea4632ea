import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The demo console (`npm start`): the full `<UserManagement>` on the MSW browser worker. Serves
 * `public/mockServiceWorker.js` from the repository root and builds to `demo/dist` for the e2e tests.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  publicDir: fileURLToPath(new URL("../public", import.meta.url)),
  plugins: [react()],
  server: { port: 5173, strictPort: false, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  build: { outDir: "dist", emptyOutDir: true },
});

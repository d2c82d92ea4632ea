import { readdirSync, readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import dts from "vite-plugin-dts";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";

/**
 * The shipped translations, one entry each (`locales/de` → `dist/locales/de.js`, the `rosterkit/locales/*`
 * export): every file of src/locales, so a new language is built and exported by adding its file.
 */
const localeEntries = Object.fromEntries(
  readdirSync(new URL("src/locales", import.meta.url))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [`locales/${file.slice(0, -".ts".length)}`, `src/locales/${file}`]),
);

/** Library entry points: one per public subpath export of package.json. */
const entries = {
  index: "src/react/index.ts",
  core: "src/core/index.ts",
  adapters: "src/adapters/index.ts",
  mocks: "src/mocks/index.ts",
  "mocks-node": "src/mocks/node.ts",
  "mocks-browser": "src/mocks/browser.ts",
  testing: "src/testing/index.ts",
  server: "src/server/index.ts",
  ...localeEntries,
};

/** Debian's Chromium, with the flags that keep it from stalling on a closed network (TOOLCHAIN.md). */
export const chromium = {
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

/**
 * Ships the theme as `dist/styles.css` (the `rosterkit/styles.css` export), unprocessed, with a
 * declaration so that TypeScript resolves `import "rosterkit/styles.css"` without a bundler's CSS types.
 */
function emitStyles(): Plugin {
  return {
    name: "rosterkit:emit-styles",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "styles.css", source: readFileSync("src/styles/rosterkit.css", "utf8") });
      this.emitFile({ type: "asset", fileName: "styles.css.d.ts", source: "// rosterkit/styles.css: the default theme, imported for its side effect.\nexport {};\n" });
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [
    react(),
    emitStyles(),
    dts({
      entryRoot: "src",
      include: ["src"],
      exclude: ["**/*.test.ts", "**/*.test.tsx"],
      tsconfigPath: "./tsconfig.json",
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: true,
    minify: false,
    lib: {
      entry: entries,
      formats: ["es"],
    },
    rolldownOptions: {
      output: {
        // One file per source module: a host that imports StatusBadge gets StatusBadge, not the table
        // (the tree-shaking test checks it), and each client component keeps its own "use client".
        preserveModules: true,
        preserveModulesRoot: "src",
      },
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^vitest($|\/)/, /^msw($|\/)/, /^@radix-ui\//, /^@tanstack\//, /^hono($|\/)/, /^@hono\//, /^pg($|\/)/, /^@electric-sql\//, /^nodemailer($|\/)/, /^ajv($|\/)/, /^ajv-formats($|\/)/, /^papaparse($|\/)/, /^node:/],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "node", include: ["test/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: "dom", include: ["test/**/*.test.tsx"], environment: "jsdom", setupFiles: ["test/setup-dom.ts"], testTimeout: 30_000 },
      },
      {
        // Every story runs as a browser test in Chromium, with its play function and the a11y checks.
        extends: true,
        plugins: [storybookTest({ configDir: ".storybook" })],
        test: {
          name: "storybook",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromium }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        // End to end: the built demo console (demo/vite.config.ts) in Debian's Chromium, driven by
        // playwright-core, with axe. e2e/global-setup.ts builds and serves it once per run.
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          environment: "node",
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The package as consumers get it: size budgets, publint and are-the-types-wrong, the tarball's
        // files and links, tree-shaking of dist/, and `npm pack` installed into fresh apps (Vite on React
        // 19 and 18, Next.js App Router, msw 3 + vitest 5 on Node 22), rendered on the server and in
        // Chromium. test-package/global-setup.ts builds dist/ if stale and packs it.
        test: {
          name: "package",
          include: ["test-package/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test-package/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

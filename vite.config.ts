import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import dts from "vite-plugin-dts";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";

/** Library entry points: one per public subpath export of package.json. */
const entries = {
  index: "src/react/index.ts",
  core: "src/core/index.ts",
  adapters: "src/adapters/index.ts",
  mocks: "src/mocks/index.ts",
  "mocks-node": "src/mocks/node.ts",
  "mocks-browser": "src/mocks/browser.ts",
  testing: "src/testing/index.ts",
};

/** Debian's Chromium, with the flags that keep it from stalling on a closed network (TOOLCHAIN.md). */
export const chromium = {
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

/** Ships the theme as `dist/styles.css` (the `rosterkit/styles.css` export), unprocessed. */
function emitStyles(): Plugin {
  return {
    name: "rosterkit:emit-styles",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "styles.css", source: readFileSync("src/styles/rosterkit.css", "utf8") });
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
        // The React entry's modules are client components; bundling drops their per-file directives.
        banner: (chunk) => (chunk.name === "index" ? '"use client";' : ""),
      },
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^vitest($|\/)/, /^msw($|\/)/, /^@radix-ui\//, /^@tanstack\//],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "node", include: ["test/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: { name: "dom", include: ["test/**/*.test.tsx"], environment: "jsdom", setupFiles: ["test/setup-dom.ts"] },
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
    ],
  },
});

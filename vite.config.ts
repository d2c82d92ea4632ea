import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import dts from "vite-plugin-dts";

/** Library entry points: one per public subpath export of package.json. */
const entries = {
  core: "src/core/index.ts",
  adapters: "src/adapters/index.ts",
  testing: "src/testing/index.ts",
};

export default defineConfig({
  publicDir: false,
  plugins: [
    react(),
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
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^vitest($|\/)/, /^@radix-ui\//, /^@tanstack\//],
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
    ],
  },
});

import { defineConfig } from "vitest/config";
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
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
  },
});

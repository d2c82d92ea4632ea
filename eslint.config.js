import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "demo/dist", "node_modules", "storybook-static", "coverage", "public"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // The core is framework-free: no React, no DOM, no network, no mocks (STYLE.md layers).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "react/*", "@radix-ui/*", "@tanstack/*", "msw", "msw/*"], message: "src/core must not import React, UI or mock libraries." },
            { group: ["../adapters/*", "../react/*", "../mocks/*", "../testing/*", "../server", "../server/*"], message: "src/core imports only from src/core." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "navigator", "fetch", "XMLHttpRequest"],
    },
  },
  {
    files: ["src/adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "../react/*", "../mocks/*", "../testing/*"], message: "Adapters depend on the core only." },
            { group: ["../server", "../server/*", "../../server", "../../server/*"], message: "Server code never reaches the client bundles (src/server is imported by nothing but mocks and hosts)." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/react/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../adapters/*", "../mocks/*", "../testing/*", "msw", "msw/*"], message: "React components talk to backends only through the core store and its adapter." },
            { group: ["../server", "../server/*"], message: "Server code never reaches the client bundles (src/server is imported by nothing but mocks and hosts)." },
          ],
        },
      ],
    },
  },
  {
    // Issue 11: a component bundles only the English of the sections it renders (./messages/<section>,
    // through useMessageSection); the whole catalogue (messages.ts: defaultMessages, mergeMessages) is for
    // hosts, through the barrel and use-roster-environment.ts. Types cost no bytes.
    files: ["src/react/**/*.{ts,tsx}"],
    ignores: ["src/react/index.ts", "src/react/use-roster-environment.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["./messages", "../messages"].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Import the English of a section from ./messages/<section> (useMessageSection), the reason functions from ./messages/reasons: the whole catalogue would ship with the component.",
          })),
        },
      ],
    },
  },
  {
    // The server runs in Node, workers and route handlers: no React, UI or mock libraries (STYLE.md layers).
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "react/*", "@radix-ui/*", "@tanstack/*", "msw", "msw/*", "../react/*", "../mocks/*", "../testing/*", "../../react/*", "../../mocks/*", "../../testing/*"],
              message: "src/server must not import React, UI or mock code.",
            },
          ],
        },
      ],
    },
  },
);

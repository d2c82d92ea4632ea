/** Which backend the demo console talks to, set by the `rosterkit:demo-server` plugin (demo/server/vite-plugin.ts). */
declare const __ROSTERKIT_DEMO_BACKEND__: "server" | "msw";

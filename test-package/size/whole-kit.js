// size-limit entry of "the whole kit" (.size-limit.json): every export of the runtime entry points,
// bundled together the way one app would, so shared core code is counted once.
export * from "rosterkit";
export * from "rosterkit/core";
export * from "rosterkit/adapters";

/**
 * `rosterkit/core`: the framework-free heart of Rosterkit. Domain types, the rules of docs/rules.md as
 * policy functions, validation, state machines as pure transition functions, and the store that
 * runs them against an adapter. Imports no React, no DOM and no network.
 * @module
 */
export * from "./domain.types";
export * from "./vocabulary";
export * from "./config";
export * from "./errors";
export * from "./adapter.types";
export * from "./policy";
export * from "./denials";
export * from "./json-parse";
export * from "./validation";
export * from "./request-limits";
export * from "./idempotency";
export * from "./store.types";
export * from "./audit.types";
export * from "./list.machine";
export * from "./status-change.machine";
export * from "./bulk-status.machine";
export * from "./invite.machine";
export * from "./member-edit.machine";
export * from "./invitation.machine";
export * from "./member-map";
export * from "./member-order";
export * from "./member-match";
export * from "./selectors";
export * from "./adapter-checks";
export * from "./store";

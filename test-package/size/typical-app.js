// size-limit entry of a typical production app (.size-limit.json): the console on the REST adapter.
export { RosterProvider, UserManagement } from "rosterkit";
export { createRestAdapter } from "rosterkit/adapters";

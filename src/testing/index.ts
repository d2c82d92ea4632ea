/**
 * `rosterkit/testing`: the adapter conformance suite and its fixture. Run `describeAdapterContract`
 * under vitest against a test instance of your backend to prove it enforces the rules of docs/rules.md the
 * way the kit expects (see docs/writing-an-adapter.md). Every export is listed in docs/api.md.
 * @module
 */
export { describeAdapterContract } from "./describe-adapter-contract";
export type { AdapterContractOptions } from "./describe-adapter-contract";
export type { ActivityEntry, ContractHarness, ContractHarnessFactory, SentInvitation } from "./contract-context";
export { CONTRACT_GROUPS, CONTRACT_USERS, CONTRACT_WORKSPACES, contractFixture } from "./contract-fixture";

/**
 * `rosterkit/testing`: the adapter conformance suite and its fixture. Run `describeAdapterContract`
 * under vitest against a test instance of your backend to prove it enforces the rules of docs/rules.md the
 * way the kit expects (see docs/writing-an-adapter.md).
 * @module
 */
export { describeAdapterContract } from "./describe-adapter-contract";
export type { AdapterContractOptions } from "./describe-adapter-contract";
export { CONTRACT_CASES } from "./contract-cases";
export type { ContractCase } from "./contract-cases";
export {
  createContractContext,
  expectInvited,
  expectInviteeFailure,
  expectRosterError,
  invitee,
  liveSignal,
  scopeOf,
} from "./contract-context";
export type {
  ActivityEntry,
  ContractContext,
  ContractHarness,
  ContractHarnessFactory,
  ExpectedRosterError,
  ListedPages,
  MemberChanges,
  SentInvitation,
} from "./contract-context";
export { CONTRACT_GROUPS, CONTRACT_ROLES, CONTRACT_USERS, CONTRACT_WORKSPACES, contractEmail, contractFixture } from "./contract-fixture";
export type { ContractFixtureConfig } from "./contract-fixture";

/**
 * `rosterkit/testing`: the adapter conformance suite and its fixture. Run `describeAdapterContract`
 * under vitest against a test instance of your backend to prove it enforces the rules of docs/rules.md the
 * way the kit expects (see docs/writing-an-adapter.md). Also the page objects of the kit's UI (users table,
 * row menu, confirm modal, invite form) over testing-library or Playwright (`createRosterPages`).
 * Every export is listed in docs/api.md.
 * @module
 */
export { describeAdapterContract } from "./describe-adapter-contract";
export type { AdapterContractOptions } from "./describe-adapter-contract";
export type { ActivityEntry, ContractHarness, ContractHarnessFactory, SentInvitation } from "./contract-context";
export { CONTRACT_GROUPS, CONTRACT_USERS, CONTRACT_WORKSPACES, contractFixture } from "./contract-fixture";
export { createRosterPages } from "./page-objects/roster-pages";
export type { RosterPages } from "./page-objects/roster-pages";
export type { Interaction, RosterPagesOptions, ViaOptions } from "./page-objects/page-context";
export type { AccessibleName, ClickOptions, DriverKey, RoleQuery, RosterDriver, WaitOptions } from "./page-objects/driver";
export { domDriver } from "./page-objects/dom-driver";
export type { DomDriverOptions, DomQueries, DomRoleOptions, DomUser } from "./page-objects/dom-driver";
export { playwrightDriver } from "./page-objects/playwright-driver";
export type { PlaywrightDriverOptions, PlaywrightLocatorLike, PlaywrightPageLike } from "./page-objects/playwright-driver";
export { UsersTablePage } from "./page-objects/users-table-page";
export { RowMenuPage } from "./page-objects/row-menu-page";
export type { MenuItemState } from "./page-objects/row-menu-page";
export { ConfirmModalPage } from "./page-objects/confirm-modal-page";
export { InviteFormPage } from "./page-objects/invite-form-page";
export type { InviteeField, InviteeTextField, InviteeValues } from "./page-objects/invite-form-page";

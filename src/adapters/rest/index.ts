/**
 * The REST client adapter, which speaks the HTTP protocol of `openapi/rosterkit.openapi.json`. The
 * protocol's own helpers (paths, entity tags, problems) stay in `rest-protocol.ts`, shared with the
 * server and the mocks.
 * @module
 */
export { acceptRestInvitation, createRestAdapter, fetchRestCapabilities } from "./rest-adapter";
export type { AcceptRestInvitationOptions, FetchRestCapabilitiesOptions, RestAdapterOptions } from "./rest-adapter";
export type { RestFetch, RestHeaders, RestHeadersOption, RestRetryOptions } from "./rest-transport";

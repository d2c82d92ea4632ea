/**
 * The REST client adapter and the wire protocol it speaks (`openapi/rosterkit.openapi.json`).
 * @module
 */
export { acceptRestInvitation, createRestAdapter, fetchRestCapabilities } from "./rest-adapter";
export type { AcceptRestInvitationOptions, FetchRestCapabilitiesOptions, RestAdapterOptions } from "./rest-adapter";
export type { RestFetch, RestHeaders, RestHeadersOption, RestRetryOptions } from "./rest-transport";
export { REST_DEFAULT_TIMEOUT_MS } from "./rest-transport";
export {
  IDEMPOTENCY_KEY_HEADER,
  PROBLEM_MEDIA_TYPE,
  REST_DEFAULT_CAPABILITIES,
  REST_DEFAULT_PAGE_SIZE,
  ROSTER_ERROR_CODES,
  formatEntityTag,
  httpStatusOf,
  httpStatusOfError,
  isRosterErrorCode,
  limitFromProblem,
  memberPath,
  memberQueryFromSearchParams,
  memberQueryToSearchParams,
  membersPath,
  parseEntityTag,
  parseRetryAfter,
  problemFromError,
  problemType,
} from "./rest-protocol";
export type { RosterProblem } from "./rest-protocol";

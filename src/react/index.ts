/**
 * `rosterkit`: accessible React components on the Rosterkit core. Wrap them in a
 * {@link RosterProvider}, import `rosterkit/styles.css` for the default theme (or style the
 * `data-scope`/`data-part` attributes yourself), and override any string through `messages`.
 * @example
 * import { RosterProvider, StatusBadge } from "rosterkit";
 * import "rosterkit/styles.css";
 *
 * <RosterProvider adapter={adapter} actor={actor} scope={{ kind: "workspace", workspaceId: "ws-1" }}>
 *   <StatusBadge status="active" />
 * </RosterProvider>
 * @module
 */

export { RosterProvider, MessagesProvider } from "./provider";
export type {
  MessagesProviderProps,
  RosterProviderAdapterProps,
  RosterProviderBaseProps,
  RosterProviderProps,
  RosterProviderStoreProps,
  RosterTheme,
} from "./provider";

export {
  shallowEqual,
  useRosterEnvironment,
  useRosterFormat,
  useRosterMessages,
  useRosterPortalContainer,
  useRosterSelector,
  useRosterSend,
  useRosterStore,
} from "./use-roster";
export type { Direction, RosterEnvironment, RosterStoreLike } from "./use-roster";

export { defaultMessages, mergeMessages } from "./messages";
export type {
  ActionMessages,
  AnnouncementMessages,
  ConfirmAction,
  ConfirmMessages,
  CountParams,
  DeepPartial,
  DetailsMessages,
  ErrorMessages,
  InviteMessages,
  MemberEditMessages,
  MemberMessages,
  Message,
  NameParams,
  RosterMessages,
  RosterMessagesOverrides,
  StatusMessages,
  TableMessages,
} from "./messages";

export {
  createFormat,
  directionOf,
  formatCount,
  formatDate,
  formatDateTime,
  formatList,
  formatPlural,
  formatRelative,
  pluralCategory,
} from "./format";
export type { DateFormatOptions, PluralCategory, PluralForms, RosterFormat } from "./format";

export { StatusBadge } from "./status-badge";
export type { StatusBadgeProps } from "./status-badge";

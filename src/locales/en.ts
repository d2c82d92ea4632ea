import type { RosterLocale } from "../react/messages";
import { defaultMessages } from "../react/messages";

/** English, the kit's default messages, as a locale entry like every other shipped language. */
export const en: RosterLocale = { locale: "en", messages: defaultMessages };

import { DENIAL_SENTENCES } from "../../core/denials";
import type { DenialMessages } from "./types";

/**
 * The sentence of every refusal of the rules, by its key (R3), in English (the core's own sentences): the
 * default of `messages.denials`. A module of its own, so that only the components that render this section
 * bundle it; a host's overrides of `messages.denials` are merged over it (`useMessageSection("denials",
 * defaultDenialMessages)`).
 */
export const defaultDenialMessages: DenialMessages = DENIAL_SENTENCES;

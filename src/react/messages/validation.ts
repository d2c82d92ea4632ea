import { VALIDATION_SENTENCES } from "../../core/validation";
import type { ValidationMessages } from "./types";

/**
 * The sentence of every refused value, by its code (R5, R6), in English (the core's own sentences): the
 * default of `messages.validation`. A module of its own, so that only the components that render this
 * section bundle it; a host's overrides of `messages.validation` are merged over it
 * (`useMessageSection("validation", defaultValidationMessages)`).
 */
export const defaultValidationMessages: ValidationMessages = VALIDATION_SENTENCES;

"use client";

import { useEffect, useState } from "react";

/**
 * The value, once it has stopped changing for `delayMs`: the users table sends a search to the server
 * only when typing pauses (R25), while its input shows every key at once.
 * @param delayMs - how long the value must stay the same. @default 250
 * @example
 * const [text, setText] = useState("");
 * const search = useDebouncedValue(text, 250);
 * useEffect(() => send({ type: "LIST.SEARCH", search }), [search]);
 */
export function useDebouncedValue<T>(value: T, delayMs = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}

/**
 * Drives a pure state machine of the core through a list of events.
 * @module
 */
import type { Transition } from "../../src/core/store.types";

/** Runs `events` in order from `state`; returns the last state and every effect, in order. */
export function runEvents<State, Event, Effect>(
  transition: (state: State, event: Event) => Transition<State, Effect>,
  state: State,
  events: readonly Event[],
): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  for (const event of events) {
    const next = transition(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

import type { AdapterCapabilities, RosterAdapter } from "../../src/core/adapter.types";

/**
 * An adapter that records the calls to one of its methods (and may answer them otherwise), for tests that
 * check what a component asked the backend.
 * @module
 */

/** The adapter methods {@link spyOnAdapter} can record. */
export type SpiedMethod = "listMembers" | "exportMembers";

/** The parameters of adapter method `M`. */
export type SpiedParams<M extends SpiedMethod> = Parameters<NonNullable<RosterAdapter[M]>>[0];

/** What adapter method `M` answers. */
export type SpiedAnswer<M extends SpiedMethod> = ReturnType<NonNullable<RosterAdapter[M]>>;

/** Options of {@link spyOnAdapter}. */
export interface AdapterSpyOptions<M extends SpiedMethod> {
  /** Answers a call in place of the adapter; `real` is the adapter's own method. */
  readonly answer?: (params: SpiedParams<M>, real: (params: SpiedParams<M>) => SpiedAnswer<M>) => SpiedAnswer<M>;
  /** What the wrapped adapter says it can do, in place of the adapter's own capabilities. */
  readonly capabilities?: AdapterCapabilities;
}

/** `adapter` with its `method` recorded: every call's parameters land in `calls`, in order. */
export function spyOnAdapter<M extends SpiedMethod>(
  adapter: RosterAdapter,
  method: M,
  options: AdapterSpyOptions<M> = {},
): { readonly adapter: RosterAdapter; readonly calls: SpiedParams<M>[] } {
  const own = adapter[method] as ((params: SpiedParams<M>) => SpiedAnswer<M>) | undefined;
  if (own === undefined) throw new Error(`The adapter has no ${method} to spy on.`);
  const real = (params: SpiedParams<M>): SpiedAnswer<M> => own.call(adapter, params);
  const calls: SpiedParams<M>[] = [];
  const spied = new Proxy(adapter, {
    get(target, key, receiver) {
      if (key === "capabilities" && options.capabilities) return options.capabilities;
      if (key === method) {
        return (params: SpiedParams<M>) => {
          calls.push(params);
          return options.answer ? options.answer(params, real) : real(params);
        };
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { adapter: spied, calls };
}

import { describe, it } from "vitest";
import { resolveConfig } from "../core/config";
import type { Deployment, Lifecycle } from "../core/domain.types";
import { CONTRACT_CASES } from "./contract-cases";
import type { ContractHarnessFactory } from "./contract-context";
import { createContractContext } from "./contract-context";
import { CONTRACT_USERS, contractFixture } from "./contract-fixture";

/** Options of {@link describeAdapterContract}. */
export interface AdapterContractOptions {
  /**
   * Lifecycles the backend supports; cases run once per lifecycle and deployment.
   * @default ["archive", "deactivate"]
   */
  readonly lifecycles?: readonly Lifecycle[];
  /**
   * Deployments the backend supports.
   * @default ["self-hosted", "cloud"]
   */
  readonly deployments?: readonly Deployment[];
  /** Timeout of each case in milliseconds, for slow test backends. @default vitest's default */
  readonly timeout?: number;
}

/**
 * Registers the adapter conformance suite with vitest: every rule of docs/rules.md the backend must enforce,
 * run through the `RosterAdapter` interface against a fresh backend loaded with the contract fixture,
 * once per lifecycle and deployment. Case titles name their rule (`R15: ...`), so a failure says which
 * rule the backend misses. Cases that need an optional harness hook the host did not give are skipped.
 * @param name Shown in the suite title, e.g. "acme backend".
 * @param makeHarness Called before each case with a fresh fixture and the case's configuration.
 * @example
 * describeAdapterContract("memory", (fixture, config) => {
 *   const backend = createMemoryBackend({ dataset: fixture, config });
 *   return { as: (userId) => backend.as(userId), sentInvitations: () => backend.outbox() };
 * });
 */
export function describeAdapterContract(name: string, makeHarness: ContractHarnessFactory, options: AdapterContractOptions = {}): void {
  const lifecycles = options.lifecycles ?? ["archive", "deactivate"];
  const deployments = options.deployments ?? ["self-hosted", "cloud"];
  describe(`${name}: adapter contract`, () => {
    for (const lifecycle of lifecycles) {
      for (const deployment of deployments) {
        const config = resolveConfig({ lifecycle, deployment });
        const cases = CONTRACT_CASES.filter(
          (candidate) => (candidate.lifecycles ?? lifecycles).includes(lifecycle) && (candidate.deployments ?? deployments).includes(deployment),
        );
        describe(`lifecycle: ${lifecycle}, deployment: ${deployment}`, () => {
          for (const contractCase of cases) {
            it(
              contractCase.title,
              async ({ skip }) => {
                const fixture = contractFixture(config);
                const harness = await makeHarness(contractFixture(config), config);
                const ctx = createContractContext(harness, fixture, config, (note) => skip(note), CONTRACT_USERS.superAdmin);
                await contractCase.run(ctx);
              },
              options.timeout,
            );
          }
        });
      }
    }
  });
}

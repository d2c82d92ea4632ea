import { createMemoryBackend } from "../src/adapters";
import { describeAdapterContract } from "../src/testing";

/**
 * The in-memory reference backend must pass the conformance suite that host backends run: every
 * lifecycle, every deployment, with its outbox, link and clock hooks wired in, for both kinds of server paging.
 */
for (const pagination of ["offset", "cursor"] as const) {
  describeAdapterContract(`memory (${pagination} paging)`, (fixture, config) => {
    let offsetMs = 0;
    const backend = createMemoryBackend({ dataset: fixture, config, pagination, clock: () => new Date(Date.now() + offsetMs) });
    return {
      as: (userId) => backend.as(userId),
      sentInvitations: () => backend.outbox(),
      isInvitationLinkValid: async (url) => (await backend.invitationFor(url)) !== null,
      advanceClock: (ms) => {
        offsetMs += ms;
      },
      acceptInvitation: (url) => backend.acceptInvitation(url),
      activity: () => backend.activity(),
    };
  });
}

// CommonJS, as an Express or other CommonJS server loads the package: `require()` of its ES modules,
// through the `default` export condition (Node ≥ 20.19). Prints one JSON object; run by
// test-package/consumer.test.ts in the fresh app.
/* global require, process, Request */
/* eslint-disable @typescript-eslint/no-require-imports -- require() of the package is what this file tests */
const { can, denialSentence, resolveConfig } = require("rosterkit/core");
const { createMemoryBackend, generateSeed, SEED_FIRST_WORKSPACE, SEED_USERS } = require("rosterkit/adapters");
const { createMemoryStorage, createRosterHandler } = require("rosterkit/server");

async function main() {
  const config = resolveConfig({ lifecycle: "archive" });
  const dataset = generateSeed({ members: 20 });
  const backend = createMemoryBackend({ dataset, config });
  const actor = backend.actorFor(SEED_USERS.admin);
  // The policy from CommonJS: a workspace admin may not see every user of the instance (R2), and says why.
  const decision = can({ config, actor }, { action: "viewInstanceUsers" });

  const handler = createRosterHandler({
    storage: createMemoryStorage({ dataset, config }),
    config,
    invitations: { baseUrl: "https://app.example/invite/", secret: "a secret of the consumer test" },
    authenticate: () => SEED_USERS.admin,
    basePath: "/api/rosterkit",
  });
  const response = await handler(new Request(`http://localhost/api/rosterkit/workspaces/${SEED_FIRST_WORKSPACE}/members`));
  const page = await response.json();
  const sentence = decision.ok ? null : denialSentence(decision);
  process.stdout.write(JSON.stringify({ decision, sentence, status: response.status, members: page.members?.length ?? null }));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

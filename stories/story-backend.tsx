import type { StoryContext } from "@storybook/react-vite";
import type { ReactElement, ReactNode } from "react";
import type { RequestHandler } from "msw";
import { getResponse, http, HttpResponse } from "msw";
import { createRestAdapter } from "../src/adapters";
import type { RestRetryOptions } from "../src/adapters";
import type { Actor, Deployment, Lifecycle, RosterAdapter, RosterConfig, RosterConfigInput, Scope } from "../src/core";
import type { RosterScenario, RosterScenarioName, RosterScenarioOptions } from "../src/mocks";
import { ROSTER_ACTOR_HEADER, createScenario } from "../src/mocks";
import type { RosterTheme } from "../src/react";
import { RosterProvider } from "../src/react";

/**
 * The mock backend of the stories: every story that needs data gets a fresh scenario (`createScenario`)
 * from a loader, and its components talk to it with the real REST adapter (`createRestAdapter`) over the
 * MSW browser worker, so the stories exercise the HTTP protocol of `openapi/rosterkit.openapi.json`.
 *
 * One MSW handler (`rosterMswHandlers`, given to `parameters.msw.handlers` in each meta) routes every
 * request under {@link ROSTER_STORY_BASE_URL} to the scenario of the story that sent it, named by the
 * {@link ROSTER_STORY_HEADER} header the story's adapter adds. Stories therefore never share state, even
 * when several render at once (docs pages), and a re-render (new args) starts from a new backend.
 * @module
 */

/** The API root the stories' adapters call and the worker serves (same origin as Storybook). */
export const ROSTER_STORY_BASE_URL = "/api/rosterkit";

/** Header naming the story render a request belongs to (the stories' routing key, not part of the API). */
export const ROSTER_STORY_HEADER = "X-Rosterkit-Story";

/** What a story says about its backend, in `parameters.rosterkit`. */
export interface RosterStoryParameters {
  /** @default "default" */
  readonly scenario?: RosterScenarioName;
  /** Configuration of the backend and the store; `args.lifecycle` and `args.deployment` win over it. */
  readonly config?: RosterConfigInput;
  /** Sign in as this user instead of the scenario's actor. */
  readonly actorId?: string;
  /** The workspace shown in workspace scope. @default the actor's first workspace */
  readonly workspaceId?: string;
  /** Seed, latency and faults of the scenario. */
  readonly scenarioOptions?: Omit<RosterScenarioOptions, "baseUrl" | "config">;
  /** Rows per page of the store. @default 25 */
  readonly pageSize?: number;
  /** Retries of the REST adapter (`false` to see an error at once). */
  readonly retry?: RestRetryOptions | false;
  /**
   * Handlers tried before the scenario's, for this story only (e.g. a 500 answer). Built per render, so
   * handlers that count requests start from zero every time.
   */
  readonly handlers?: (scenario: RosterScenario) => readonly RequestHandler[];
  /** Changes the scenario's data before the story renders (as another admin would have). */
  readonly prepare?: (scenario: RosterScenario) => Promise<void>;
}

/** Args every backed story understands (the controls of lifecycle, deployment, scope, theme and locale). */
export interface RosterStoryArgs {
  readonly lifecycle?: Lifecycle;
  readonly deployment?: Deployment;
  readonly scope?: Scope["kind"];
  readonly theme?: RosterTheme;
  /** BCP 47 locale; the direction follows it ("ar" and "he" are right to left). */
  readonly locale?: string;
}

/** What the loader hands a story in `context.loaded.roster`. */
export interface LoadedRoster {
  /** Unique per render: also the React `key` of the provider, so a new backend gets a new store. */
  readonly key: string;
  readonly scenario: RosterScenario;
  readonly adapter: RosterAdapter;
  readonly actor: Actor;
  readonly actorId: string;
  readonly config: RosterConfig;
  readonly scope: Scope;
  /** Rows per page, when the story sets it. */
  readonly pageSize: number | undefined;
  /** A user's name in the scenario's data, for accessible names like "Actions for {name}". */
  readonly nameOf: (userId: string) => string;
  /** A user's email in the scenario's data. */
  readonly emailOf: (userId: string) => string;
}

interface Route {
  readonly scenario: RosterScenario;
  readonly handlers: readonly RequestHandler[];
}

/** Routes of the latest renders; old ones are dropped so that 10k-member backends do not pile up. */
const routes = new Map<string, Route>();
const MAX_ROUTES = 24;
let renders = 0;

function register(key: string, route: Route): void {
  routes.set(key, route);
  while (routes.size > MAX_ROUTES) {
    const oldest = routes.keys().next().value;
    if (oldest === undefined) break;
    routes.delete(oldest);
  }
}

/**
 * The stories' MSW handlers: one catch-all under the base URL that answers with the handlers of the story
 * named in {@link ROSTER_STORY_HEADER} (its extra handlers first, then its scenario's).
 */
export const rosterMswHandlers: readonly RequestHandler[] = [
  http.all(`${ROSTER_STORY_BASE_URL}/*`, async ({ request }) => {
    const key = request.headers.get(ROSTER_STORY_HEADER);
    const route = key === null ? undefined : routes.get(key);
    if (route === undefined) {
      return HttpResponse.json({ title: "No story backend", detail: `No mock backend is registered for story render "${key ?? "?"}".` }, { status: 503 });
    }
    const response = await getResponse([...route.handlers], request);
    return response ?? HttpResponse.json({ title: "Not found", detail: `${request.method} ${new URL(request.url).pathname} is not served.` }, { status: 404 });
  }),
];

/** Meta parameters of every backed story file: the routing handler for msw-storybook-addon's loader. */
export const rosterMswParameters = { msw: { handlers: { rosterkit: rosterMswHandlers } } } as const;

function configOf(parameters: RosterStoryParameters, args: RosterStoryArgs): RosterConfigInput {
  return {
    ...parameters.config,
    ...(args.lifecycle === undefined ? {} : { lifecycle: args.lifecycle }),
    ...(args.deployment === undefined ? {} : { deployment: args.deployment }),
  };
}

/** Builds a fresh scenario, its route and a REST adapter acting as the story's actor. */
export function buildStoryRoster(id: string, parameters: RosterStoryParameters = {}, args: RosterStoryArgs = {}): LoadedRoster {
  renders += 1;
  const key = `${id}#${renders}`;
  const scenario = createScenario(parameters.scenario ?? "default", {
    ...parameters.scenarioOptions,
    baseUrl: ROSTER_STORY_BASE_URL,
    config: configOf(parameters, args),
  });
  register(key, { scenario, handlers: [...(parameters.handlers?.(scenario) ?? []), ...scenario.handlers] });
  const actorId = parameters.actorId ?? scenario.actorId;
  const actor = scenario.backend.actorFor(actorId);
  const adapter = createRestAdapter({
    baseUrl: ROSTER_STORY_BASE_URL,
    capabilities: scenario.capabilities,
    headers: { [ROSTER_ACTOR_HEADER]: actorId, [ROSTER_STORY_HEADER]: key },
    ...(parameters.retry === undefined ? {} : { retry: parameters.retry }),
  });
  const scope: Scope =
    args.scope === "instance" ? { kind: "instance" } : { kind: "workspace", workspaceId: parameters.workspaceId ?? Object.keys(actor.roles)[0] ?? "ws-1" };
  const users = new Map(scenario.backend.snapshot().users.map((user) => [user.id, user]));
  return {
    key,
    scenario,
    adapter,
    actor,
    actorId,
    config: scenario.backend.config,
    scope,
    pageSize: parameters.pageSize,
    nameOf: (userId) => users.get(userId)?.name ?? userId,
    emailOf: (userId) => users.get(userId)?.email ?? userId,
  };
}

/** What {@link rosterLoader} reads of a story's context (any story's args fit). */
interface LoaderContext {
  readonly id: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly args: RosterStoryArgs;
}

/** The loader of backed stories: `context.loaded.roster` is a {@link LoadedRoster}. */
export async function rosterLoader(context: LoaderContext): Promise<{ readonly roster: LoadedRoster }> {
  const parameters = (context.parameters["rosterkit"] ?? {}) as RosterStoryParameters;
  const roster = buildStoryRoster(context.id, parameters, context.args);
  await parameters.prepare?.(roster.scenario);
  return { roster };
}

/** The story's backend, from its context (after {@link rosterLoader} ran). */
export function rosterOf(context: Pick<StoryContext, "loaded">): LoadedRoster {
  const roster = (context.loaded as { roster?: LoadedRoster }).roster;
  if (roster === undefined) throw new Error("This story has no backend: add `loaders: [rosterLoader]` to its meta.");
  return roster;
}

/**
 * Wraps a story in a `RosterProvider` over the story's backend, with the theme and locale of its args.
 * For stories of one part (table, panel, form) that compose the parts themselves.
 */
export function withRosterProvider(Story: () => ReactNode, context: Pick<StoryContext, "loaded"> & { readonly args: RosterStoryArgs }): ReactElement {
  const roster = rosterOf(context);
  const { args } = context;
  return (
    <RosterProvider
      key={roster.key}
      adapter={roster.adapter}
      actor={roster.actor}
      config={roster.config}
      scope={roster.scope}
      {...(roster.pageSize === undefined ? {} : { pageSize: roster.pageSize })}
      theme={args.theme ?? "light"}
      {...(args.locale === undefined ? {} : { locale: args.locale })}
      style={{ padding: 16, background: "var(--rk-color-bg)", color: "var(--rk-color-text)" }}
    >
      <Story />
    </RosterProvider>
  );
}

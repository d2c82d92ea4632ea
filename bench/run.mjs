// `npm run bench`: builds the bench app (bench/vite.config.ts) and the core bench with Vite's JS API,
// serves the app with `preview()` on 127.0.0.1, drives Debian's Chromium with playwright-core, and
// writes bench/results/latest.json and bench/results/latest.md. Not part of `npm test`.
//
// Options: --sizes=1000,10000,100000  --modes=paged,long  --runs=5  --no-core  --quick (1,000 only, 3 runs)
//          --only=scroll (long mode: one mount, then the scroll figures and their references only)
/* global window, process, setTimeout, clearTimeout, URL */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { build, preview } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = fileURLToPath(new URL(".", import.meta.url));
const cacheDir = fileURLToPath(new URL("../node_modules/.cache/rosterkit-bench/", import.meta.url));
const resultsDir = fileURLToPath(new URL("./results/", import.meta.url));
const viteConfig = fileURLToPath(new URL("./vite.config.ts", import.meta.url));

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, "").split("=");
    return [key, value ?? "true"];
  }),
);
const quick = args.has("quick");
const SIZES = (args.get("sizes") ?? (quick ? "1000" : "1000,10000,100000")).split(",").map(Number);
const MODES = (args.get("modes") ?? "paged,long").split(",");
const RUNS = Number(args.get("runs") ?? (quick ? 3 : 5));
const CORE = !args.has("no-core");
const SCROLL_ONLY = args.get("only") === "scroll";
/** Repeats of the interactions before the scroll figures: none with --only=scroll. */
const INTERACTION_RUNS = SCROLL_ONLY ? 0 : RUNS;
const CALL_TIMEOUT_MS = 35_000; // the page caps each measurement at 30 s; this catches a hung page
const FRAME = 16.7;

const log = (line) => process.stdout.write(`${line}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

function median(values) {
  const numbers = values.filter((value) => typeof value === "number" && Number.isFinite(value)).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 === 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

/** One measured call into the page, with a timeout; failures are kept as strings ("timeout", "error: …"). */
async function call(page, expression, arg) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([page.evaluate(expression, arg), limit]);
  } catch (error) {
    const message = String(error?.message ?? error);
    return message.includes("timeout") ? "timeout" : `error: ${message.split("\n")[0]}`;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs one implementation in one mode at one size in a fresh page; returns its samples. */
async function benchPage(browser, baseUrl, impl, mode, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error.message)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const samples = { mount: [], mountCommit: [], search: [], sort: [], sortOther: [], menu: [], modal: [], status: [], statusCommit: [], settled: [], rowsRendered: [], rowRenders: [], wheel: [], jump: [], idle: [], emptyJump: [], heapBefore: null, heapAfter: null, heapUnmounted: null, rows: null, cpu: {}, errors };
  const abort = (why) => {
    errors.push(why);
    return samples;
  };
  let tracing = false;
  try {
    await page.goto(`${baseUrl}?impl=${impl}&mode=${mode}&n=${n}`);
    const ready = await call(page, () => window.__benchReady.then(() => "ok"));
    if (ready !== "ok") return abort(`boot: ${ready}`);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    samples.heapBefore = await call(page, () => window.__bench.heap());

    for (let run = 0; run < (SCROLL_ONLY ? 1 : RUNS); run += 1) {
      const timing = await call(page, () => window.__bench.mount());
      if (typeof timing === "string") return abort(`mount: ${timing}`);
      samples.mount.push(timing.paint);
      samples.mountCommit.push(timing.commit);
      if (run < RUNS - 1) await call(page, () => window.__bench.unmount());
      // The 100k long list with the floor or the kit may be slow: stop repeating past ~30 s a mount.
      if (timing.paint > 30_000) break;
    }
    // The UI's heap: mounted minus unmounted, with the same backend state on both sides.
    samples.heapAfter = await call(page, () => window.__bench.heap());
    samples.rows = await call(page, () => window.__bench.rowCount());
    await call(page, () => window.__bench.unmount());
    samples.heapUnmounted = await call(page, () => window.__bench.heap());
    const remount = await call(page, () => window.__bench.mount());
    if (typeof remount === "string") return abort(`mount: ${remount}`);

    for (let run = 0; run < INTERACTION_RUNS; run += 1) {
      const timing = await call(page, (term) => window.__bench.search(term), "hopper");
      samples.search.push(typeof timing === "string" ? timing : timing.paint);
      const cleared = await call(page, () => window.__bench.clearSearch());
      if (typeof cleared === "string") return abort(`clear search: ${cleared}`);
    }
    // An even number of sorts: name desc, then asc again, ...
    for (let run = 0; run < INTERACTION_RUNS + (INTERACTION_RUNS % 2); run += 1) {
      const timing = await call(page, () => window.__bench.sort());
      samples.sort.push(typeof timing === "string" ? timing : timing.paint);
    }
    for (let run = 0; run < INTERACTION_RUNS; run += 1) {
      const timing = await call(page, () => window.__bench.sortOther());
      samples.sortOther.push(typeof timing === "string" ? timing : timing.paint);
    }
    for (let run = 0; run < INTERACTION_RUNS; run += 1) {
      const timing = await call(page, (r) => window.__bench.openMenu(r), run);
      samples.menu.push(typeof timing === "string" ? timing : timing.paint);
    }
    for (let run = 0; run < INTERACTION_RUNS; run += 1) {
      const result = await call(page, (r) => window.__bench.statusChange(r), run);
      if (typeof result === "string") {
        samples.status.push(result);
        samples.settled.push(result);
        samples.modal.push(result);
        continue;
      }
      samples.modal.push(result.modal.paint);
      samples.status.push(result.paint);
      samples.settled.push(result.settled);
      samples.statusCommit.push(result.commit);
      samples.rowsRendered.push(result.rowsRendered);
      samples.rowRenders.push(result.rowRenders);
    }
    if (mode === "long") {
      for (let run = 0; run < RUNS; run += 1) {
        const frames = await call(page, () => window.__bench.scrollWheel());
        if (typeof frames === "string") samples.wheel.push(frames);
        else samples.wheel.push(...frames);
        for (const fraction of JUMPS) {
          const timing = await call(page, (f) => window.__bench.scrollJump(f), fraction);
          samples.jump.push(typeof timing === "string" ? timing : timing.paint);
        }
      }
      // References for the scroll figures: the machine's frame clock, and a jump with nothing to render.
      for (let run = 0; run < RUNS; run += 1) {
        const frames = await call(page, () => window.__bench.idleFrames());
        if (typeof frames === "string") samples.idle.push(frames);
        else samples.idle.push(...frames);
        for (const fraction of JUMPS) {
          const timing = await call(page, (f) => window.__bench.emptyJump(f), fraction);
          samples.emptyJump.push(typeof timing === "string" ? timing : timing.paint);
        }
      }
    }
  } catch (error) {
    errors.push(String(error?.message ?? error));
  } finally {
    if (tracing) {
      try {
        samples.cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents, samples);
      } catch (error) {
        errors.push(`trace: ${String(error?.message ?? error)}`);
      }
    }
    await context.close();
  }
  return samples;
}

/** Scroll positions of the jumps, as fractions of the list: far apart, so each lands on rows not mounted. */
const JUMPS = [0.83, 0.17, 0.5, 0.99, 0.33, 0.66];

/** Only what the CPU figures need: top-level tasks (with their thread time) and the page's measures. */
const TRACE_CATEGORIES = ["toplevel", "blink.user_timing", "__metadata"];

/**
 * Main-thread CPU time of each measured interaction, from a Chromium trace: every `performance.measure`
 * the page made (one per interaction, named after its figure) is a window on the renderer's main thread,
 * and its CPU time is the thread time (`tdur`) of the top-level tasks run in that window, a task that
 * straddles an edge counted in proportion to its overlap. Idle time between frames is not CPU time, so
 * this figure is steadier than wall-clock on a shared machine. Returns, per figure key, one value per
 * sample, in the order the samples were taken.
 */
function mainThreadCpu(events, samples) {
  const measures = events.filter((e) => e.cat === "blink.user_timing" && (e.ph === "b" || e.ph === "e"));
  const main = measures[0];
  if (!main) return {};
  const tasks = events
    .filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.pid === main.pid && e.tid === main.tid && typeof e.tdur === "number")
    .sort((a, b) => a.ts - b.ts);
  // Only outermost tasks: a nested run loop's task is inside its parent's thread time already.
  const outer = [];
  for (const task of tasks) {
    const last = outer[outer.length - 1];
    if (last && task.ts < last.ts + last.dur) continue;
    outer.push(task);
  }
  const open = new Map();
  const windows = new Map();
  for (const e of measures.sort((a, b) => a.ts - b.ts)) {
    const id = `${e.name}:${e.id2?.local ?? e.id ?? ""}`;
    if (e.ph === "b") open.set(id, e.ts);
    else if (open.has(id)) {
      const list = windows.get(e.name) ?? [];
      list.push([open.get(id), e.ts]);
      windows.set(e.name, list);
      open.delete(id);
    }
  }
  const cpuIn = ([start, end]) => {
    let micros = 0;
    for (const task of outer) {
      if (task.ts >= end) break;
      const taskEnd = task.ts + task.dur;
      if (taskEnd <= start) continue;
      const overlap = Math.min(end, taskEnd) - Math.max(start, task.ts);
      micros += task.dur > 0 ? (task.tdur * overlap) / task.dur : 0;
    }
    return micros / 1000;
  };
  const out = {};
  for (const key of ["mount", "search", "sort", "sortOther", "menu", "modal", "status", "settled", "wheel", "jump", "idle", "emptyJump"]) {
    const taken = samples[key].length;
    out[key] = (windows.get(key) ?? []).slice(0, taken).map(cpuIn);
  }
  return out;
}

const FIGURES = [
  { key: "mount", label: "first render (mount → rows painted)", unit: "ms" },
  { key: "search", label: `search "hopper" → results painted`, unit: "ms" },
  { key: "sort", label: "sort by name → rows painted", unit: "ms" },
  { key: "sortOther", label: "sort by another column (last active) → rows painted", unit: "ms" },
  { key: "status", label: "status change: confirm → optimistic badge painted", unit: "ms" },
  { key: "settled", label: "status change: confirm → answer painted, dialog closed (30 ms server)", unit: "ms" },
  { key: "rowsRendered", label: "rows re-rendered per status change", unit: "rows" },
  { key: "menu", label: "row menu: press → menu painted", unit: "ms" },
  { key: "modal", label: "confirm modal: item → dialog painted", unit: "ms" },
  { key: "wheel", label: "scroll, wheel-like (120 px a frame): frame time p95", unit: "ms", stat: "p95" },
  { key: "jump", label: "scroll, jump → rows there painted: p95", unit: "ms", stat: "p95" },
  { key: "idle", label: "reference: frame time p95 of the page doing nothing (the frame clock)", unit: "ms", stat: "p95" },
  { key: "emptyJump", label: "reference: jump on a bare scroller that adds one element → painted: p95", unit: "ms", stat: "p95" },
  { key: "heapUi", label: "JS heap of the UI (mounted − unmounted)", unit: "MB" },
  { key: "heapAfter", label: "JS heap, total after mount", unit: "MB" },
];

/** The 95th percentile (nearest rank) of the numeric values, or null. */
function p95(values) {
  const numbers = values.filter((value) => typeof value === "number" && Number.isFinite(value)).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  return numbers[Math.min(numbers.length - 1, Math.ceil(numbers.length * 0.95) - 1)];
}

function summarise(samples) {
  const out = {};
  for (const { key, stat } of FIGURES) {
    const cpu = samples.cpu?.[key];
    if (Array.isArray(cpu) && cpu.length > 0) out[`${key}Cpu`] = stat === "p95" ? p95(cpu) : median(cpu);
    if (stat === "p95") {
      const values = samples[key];
      out[key] = p95(values) ?? values.find((value) => typeof value === "string") ?? null;
      continue;
    }
    if (key === "heapUi") out[key] = typeof samples.heapAfter === "number" && typeof samples.heapUnmounted === "number" ? (samples.heapAfter - samples.heapUnmounted) / 2 ** 20 : null;
    else if (key === "heapAfter") out[key] = typeof samples.heapAfter === "number" ? samples.heapAfter / 2 ** 20 : null;
    else {
      const values = samples[key];
      const med = median(values);
      out[key] = med === null ? (values.find((value) => typeof value === "string") ?? null) : med;
    }
  }
  return out;
}

function fmt(value, unit) {
  if (value === null || value === undefined) return "n/a";
  if (typeof value === "string") return value.startsWith("timeout") ? "timeout" : "error";
  if (unit === "rows") return String(Math.round(value * 10) / 10);
  if (unit === "MB") return `${value.toFixed(1)} MB`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

function ratio(kit, floor) {
  if (typeof kit !== "number" || typeof floor !== "number" || floor === 0) return "n/a";
  return `${(kit / floor).toFixed(2)}×`;
}

async function buildCore() {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    publicDir: false,
    build: { ssr: `${benchDir}core.ts`, outDir: `${cacheDir}core`, emptyOutDir: true, target: "node20", rollupOptions: { output: { entryFileNames: "core.mjs" } } },
  });
  return import(pathToFileURL(`${cacheDir}core/core.mjs`).href);
}

async function main() {
  log(`rosterkit bench: sizes ${SIZES.join(", ")}, modes ${MODES.join(", ")}, ${RUNS} runs`);
  await build({ configFile: viteConfig, logLevel: "warn" });
  log(`[${elapsed()}] app built`);
  const server = await preview({ configFile: viteConfig, logLevel: "warn", preview: { host: "127.0.0.1", port: 4319, strictPort: false, open: false } });
  const baseUrl = server.resolvedUrls?.local?.[0] ?? "http://127.0.0.1:4319/";
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--js-flags=--expose-gc",
      "--enable-precise-memory-info",
    ],
  });
  const browserVersion = browser.version();
  const cases = [];
  try {
    for (const mode of MODES) {
      for (const n of SIZES) {
        const result = { mode, n, rosterkit: null, floor: null };
        // Alternate which one goes first, so drift on the shared machine does not favour one side.
        const order = (SIZES.indexOf(n) + MODES.indexOf(mode)) % 2 === 0 ? ["rosterkit", "floor"] : ["floor", "rosterkit"];
        for (const impl of order) {
          const samples = await benchPage(browser, baseUrl, impl, mode, n);
          result[impl] = { samples, medians: summarise(samples) };
          const m = result[impl].medians;
          log(
            `[${elapsed()}] ${mode} ${n} ${impl}: mount ${fmt(m.mount, "ms")}, search ${fmt(m.search, "ms")}, sort ${fmt(m.sort, "ms")}, status ${fmt(m.status, "ms")} (${fmt(m.rowsRendered, "rows")} rows), menu ${fmt(m.menu, "ms")}, modal ${fmt(m.modal, "ms")}, heap ui ${fmt(m.heapUi, "MB")}` +
              `, sort other ${fmt(m.sortOther, "ms")}` +
              (mode === "long" ? `, wheel p95 ${fmt(m.wheel, "ms")}, jump p95 ${fmt(m.jump, "ms")} (idle frame p95 ${fmt(m.idle, "ms")}, empty jump p95 ${fmt(m.emptyJump, "ms")})` : "") +
              `; CPU: mount ${fmt(m.mountCpu, "ms")}, status ${fmt(m.statusCpu, "ms")}, settled ${fmt(m.settledCpu, "ms")}` +
              (samples.errors.length > 0 ? `\n    errors: ${samples.errors.slice(0, 3).join(" | ")}` : ""),
          );
        }
        cases.push(result);
      }
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }

  let core = [];
  let coreError = null;
  if (CORE) {
    log(`[${elapsed()}] core bench (Node, 100,000 members)`);
    try {
      const { runCore } = await buildCore();
      core = await runCore(100_000, log);
    } catch (error) {
      coreError = String(error?.message ?? error);
      log(`  core bench failed: ${coreError}`);
    }
  }

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: browserVersion },
    runs: RUNS,
    method: {
      timing: "rAF-aligned start; end stamped after the frame whose rAF first sees the DOM condition (message posted from rAF runs after paint)",
      renders: "React DevTools hook counting row fibers (UsersTableRow / FloorRow) that mounted or had PerformedWork, from confirm to 300 ms after paint",
      heap: "performance.memory.usedJSHeapSize after window.gc() twice; UI = mounted minus unmounted (same backend), total = mounted",
    },
    cases,
    core,
    coreError,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  results.targets = targets(cases);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(`${resultsDir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${resultsDir}latest.md`, markdown(results));
  log(`[${elapsed()}] wrote bench/results/latest.json and bench/results/latest.md`);
  log("");
  log(markdown(results));
}

function get(cases, mode, n, impl, key) {
  return cases.find((c) => c.mode === mode && c.n === n)?.[impl]?.medians?.[key] ?? null;
}

function targets(cases) {
  const list = [];
  const num = (value) => typeof value === "number";
  for (const c of cases) {
    const kit = get(cases, c.mode, c.n, "rosterkit", "mount");
    const floor = get(cases, c.mode, c.n, "floor", "mount");
    list.push({
      target: "first render within 1.0× of the floor",
      where: `${c.mode} ${c.n}`,
      met: num(kit) && num(floor) ? kit <= floor : false,
      figure: `${fmt(kit, "ms")} vs ${fmt(floor, "ms")} (${ratio(kit, floor)})`,
    });
  }
  const largest = Math.max(...cases.map((c) => c.n));
  for (const c of cases.filter((x) => x.n === largest)) {
    const paint = get(cases, c.mode, c.n, "rosterkit", "status");
    const rows = get(cases, c.mode, c.n, "rosterkit", "rowsRendered");
    list.push({
      target: `one status change re-renders one row and paints within 16 ms at ${largest.toLocaleString("en")}`,
      where: `${c.mode} ${c.n}`,
      met: num(paint) && num(rows) ? paint <= 16 && rows === 1 : false,
      figure: `${fmt(paint, "ms")}, ${fmt(rows, "rows")} row(s) re-rendered (floor: ${fmt(get(cases, c.mode, c.n, "floor", "status"), "ms")}, ${fmt(get(cases, c.mode, c.n, "floor", "rowsRendered"), "rows")} rows)`,
    });
  }
  for (const c of cases) {
    const kit = get(cases, c.mode, c.n, "rosterkit", "menu");
    const floor = get(cases, c.mode, c.n, "floor", "menu");
    list.push({
      target: "menu open within one frame (16.7 ms) of the floor",
      where: `${c.mode} ${c.n}`,
      met: num(kit) && num(floor) ? kit - floor <= FRAME : false,
      figure: `${fmt(kit, "ms")} vs ${fmt(floor, "ms")} (${num(kit) && num(floor) ? `${kit - floor >= 0 ? "+" : ""}${(kit - floor).toFixed(1)} ms` : "n/a"})`,
    });
  }
  const cpuRatioTarget = (key, label, mode, limit) => {
    for (const c of cases.filter((x) => x.mode === mode)) {
      const kit = get(cases, mode, c.n, "rosterkit", `${key}Cpu`);
      const floor = get(cases, mode, c.n, "floor", `${key}Cpu`);
      list.push({
        target: `${label}: CPU within ${limit}× of the floor`,
        where: `${mode} ${c.n}`,
        met: num(kit) && num(floor) ? kit <= floor * limit : false,
        figure: `${fmt(kit, "ms")} vs ${fmt(floor, "ms")} CPU (${ratio(kit, floor)}); wall ${ratio(get(cases, mode, c.n, "rosterkit", key), get(cases, mode, c.n, "floor", key))}`,
      });
    }
  };
  cpuRatioTarget("mount", "paged first render", "paged", 1.1);
  cpuRatioTarget("settled", "confirm → answer painted, dialog closed", "paged", 1.1);
  cpuRatioTarget("modal", "confirm modal open", "paged", 1.1);
  for (const [key, reference] of [
    ["wheel", "idle"],
    ["jump", "emptyJump"],
  ]) {
    const kit = get(cases, "long", largest, "rosterkit", key);
    const floor = get(cases, "long", largest, "floor", key);
    if (kit === null && floor === null) continue;
    list.push({
      target: `scroll p95 (${key}) at ${largest.toLocaleString("en")}: ≤ 17 ms and ≤ the floor`,
      where: `long ${largest}`,
      met: num(kit) && num(floor) ? kit <= 17 && kit <= floor : false,
      figure: `${fmt(kit, "ms")} vs ${fmt(floor, "ms")} (${ratio(kit, floor)}); reference on the kit's page: ${fmt(get(cases, "long", largest, "rosterkit", reference), "ms")} (${FIGURES.find((f) => f.key === reference)?.label.replace("reference: ", "")})`,
    });
  }
  for (const [key, what] of [
    ["sort", "sort (name, direction flipped)"],
    ["sortOther", "sort by another column"],
  ]) {
    const kit = get(cases, "long", largest, "rosterkit", key);
    const floor = get(cases, "long", largest, "floor", key);
    if (kit !== null || floor !== null)
      list.push({
        target: `long-list ${what} at ${largest.toLocaleString("en")} within 1.2× of the floor`,
        where: `long ${largest}`,
        met: num(kit) && num(floor) ? kit <= floor * 1.2 : false,
        figure: `${fmt(kit, "ms")} vs ${fmt(floor, "ms")} (${ratio(kit, floor)}); CPU ${ratio(get(cases, "long", largest, "rosterkit", `${key}Cpu`), get(cases, "long", largest, "floor", `${key}Cpu`))}`,
      });
  }
  const smallest = Math.min(...cases.map((c) => c.n));
  if (cases.some((c) => c.mode === "paged" && c.n === smallest) && cases.some((c) => c.mode === "paged" && c.n === largest) && largest > smallest) {
    for (const key of ["mount", "search", "sort", "status", "menu", "modal", "heapUi"]) {
      const unit = key === "heapUi" ? "MB" : "ms";
      const small = get(cases, "paged", smallest, "rosterkit", key);
      const big = get(cases, "paged", largest, "rosterkit", key);
      // Independent: within 1.5× or within the noise floor (4 ms, 0.5 MB) of the small roster.
      const met = num(small) && num(big) ? big <= small * 1.5 || big - small <= (unit === "MB" ? 0.5 : 4) : false;
      list.push({
        target: `server-paged cost independent of the total (${smallest.toLocaleString("en")} vs ${largest.toLocaleString("en")})`,
        where: `paged: ${FIGURES.find((f) => f.key === key)?.label}`,
        met,
        figure: `${fmt(small, unit)} → ${fmt(big, unit)} (${ratio(big, small)})`,
      });
    }
  }
  return list;
}

function markdown(results) {
  const lines = [];
  lines.push(`# Rosterkit bench — ${results.date.slice(0, 10)}`);
  lines.push("");
  lines.push(
    `Headless Chromium ${results.machine.chromium}, Node ${results.machine.node}, ${results.machine.cpus} cores (shared, noisy): medians of ${results.runs} runs per figure; ratio = Rosterkit ÷ floor (below 1 is faster). ` +
      "Floor = plain TanStack Table v9 + a Radix DropdownMenu per rendered row + a Radix Dialog, optimistic status by replacing the member in the data array; react-virtual in the long-list mode. " +
      "Times start at the start of a frame and end after the frame that paints the result. " +
      "CPU = main-thread CPU time in the same window, from a Chromium trace (thread time of the renderer's top-level tasks), so idle waits and other processes on the shared machine do not count. " +
      "Scroll figures are the 95th percentile over every frame or jump of every run.",
  );
  for (const mode of [...new Set(results.cases.map((c) => c.mode))]) {
    lines.push("");
    lines.push(mode === "paged" ? "## Server-paged (page of 50)" : "## One long virtualised list (whole roster loaded)");
    lines.push("");
    lines.push("| figure | members | Rosterkit | floor | ratio | Rosterkit CPU | floor CPU | CPU ratio |");
    lines.push("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const figure of FIGURES) {
      for (const c of results.cases.filter((x) => x.mode === mode)) {
        const kit = c.rosterkit?.medians?.[figure.key] ?? null;
        const floor = c.floor?.medians?.[figure.key] ?? null;
        if (kit === null && floor === null) continue;
        const kitCpu = c.rosterkit?.medians?.[`${figure.key}Cpu`] ?? null;
        const floorCpu = c.floor?.medians?.[`${figure.key}Cpu`] ?? null;
        const cpu = figure.unit === "ms" ? `${fmt(kitCpu, "ms")} | ${fmt(floorCpu, "ms")} | ${ratio(kitCpu, floorCpu)}` : "| |";
        lines.push(`| ${figure.label} | ${c.n.toLocaleString("en")} | ${fmt(kit, figure.unit)} | ${fmt(floor, figure.unit)} | ${ratio(kit, floor)} | ${cpu} |`);
      }
    }
  }
  if (results.coreError) lines.push("", `Core bench failed: ${results.coreError}`);
  if (results.core.length > 0) {
    lines.push("");
    lines.push("## Core only (Node, 100,000 members, median time per operation)");
    lines.push("");
    lines.push("| operation | Rosterkit | floor (plain array) | ratio |");
    lines.push("|---|---:|---:|---:|");
    for (const figure of results.core) {
      lines.push(`| ${figure.label} | ${figure.rosterkit.toFixed(3)} ms | ${figure.floor.toFixed(3)} ms | ${ratio(figure.rosterkit, figure.floor)} |`);
    }
  }
  lines.push("");
  lines.push("## Targets");
  lines.push("");
  lines.push("| target | where | met | figure |");
  lines.push("|---|---|---|---|");
  for (const t of results.targets) lines.push(`| ${t.target} | ${t.where} | ${t.met ? "yes" : "**NO**"} | ${t.figure} |`);
  const failures = results.cases.flatMap((c) =>
    ["rosterkit", "floor"].flatMap((impl) => (c[impl]?.samples?.errors ?? []).slice(0, 2).map((error) => `- ${c.mode} ${c.n} ${impl}: ${error}`)),
  );
  if (failures.length > 0) {
    lines.push("");
    lines.push("## Errors seen");
    lines.push("");
    lines.push(...failures);
  }
  lines.push("");
  lines.push(`Run took ${results.durationSeconds} s. Raw samples: bench/results/latest.json.`);
  return `${lines.join("\n")}\n`;
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});

import { describe, expect, it } from "vitest";
import { coreFiles, coreImportsOf } from "./support/core-imports";

/**
 * The cycles of a graph: its strongly connected components with more than one node, and the nodes that
 * import themselves (Tarjan's algorithm).
 */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe("core import graph", () => {
  const files = coreFiles();
  const graph = new Map(files.map((file) => [file, coreImportsOf(file)]));

  it("every relative import of the core names a core file", () => {
    const known = new Set(files);
    const dangling = [...graph].flatMap(([file, targets]) => targets.filter((target) => !known.has(target)).map((target) => `${file} → ${target}`));
    expect(dangling).toEqual([]);
  });

  it("the core has no import cycle, type-only imports included (selectors and store both import the snapshot types)", () => {
    expect(cyclesOf(graph)).toEqual([]);
    expect(graph.get("selectors.ts")).not.toContain("store.ts");
    expect(graph.get("selectors.ts")).toContain("snapshot.types.ts");
  });

  it("finds a cycle where there is one, through subfolders too", () => {
    const looped = new Map([
      ["a.ts", ["commands/b.ts"]],
      ["commands/b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["d.ts"]],
      ["e.ts", ["a.ts"]],
    ]);
    expect(cyclesOf(looped)).toEqual([["a.ts", "c.ts", "commands/b.ts"], ["d.ts"]]);
  });
});

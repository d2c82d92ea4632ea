/**
 * The class of a part's element with a host's own class after it: the kit's theme styles the part by its
 * class (`rk-<scope>__<part>`, a root `rk-<scope>`); the host's class comes on top. Internal to the React layer.
 * @example
 * withHostClass("rk-seat-count", undefined) // "rk-seat-count"
 * withHostClass("rk-seat-count", "mine")    // "rk-seat-count mine"
 */
export function withHostClass(partClass: string, hostClass: string | undefined): string {
  return hostClass === undefined || hostClass === "" ? partClass : `${partClass} ${hostClass}`;
}

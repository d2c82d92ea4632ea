import { describe, expect, it } from "vitest";
import { rowDataFor, rowsInOrder } from "../src/react/users-table-order";

describe("users table row data across a new order (issue 11)", () => {
  it("R25: a new order of the same members keeps the data (TanStack keeps its rows) and shows the rows in the new order", () => {
    const first = rowDataFor(null, ["u-1", "u-2", "u-3"]);
    expect(first.data).toEqual([{ id: "u-1" }, { id: "u-2" }, { id: "u-3" }]);
    expect(rowsInOrder(["row 1", "row 2", "row 3"], first)).toEqual(["row 1", "row 2", "row 3"]);

    const sorted = rowDataFor(first, ["u-3", "u-1", "u-2"]);
    expect(sorted.data).toBe(first.data);
    expect(sorted.shown).toEqual(["u-3", "u-1", "u-2"]);
    expect(rowsInOrder(["row 1", "row 2", "row 3"], sorted)).toEqual(["row 3", "row 1", "row 2"]);
    // Sorted back: still the first data, now in its own order again.
    expect(rowsInOrder(["row 1", "row 2", "row 3"], rowDataFor(sorted, ["u-1", "u-2", "u-3"]))).toEqual(["row 1", "row 2", "row 3"]);
  });

  it("R25: the same ids answer the same row data; other members (as many or not) get new data in their order", () => {
    const first = rowDataFor(null, ["u-1", "u-2"]);
    expect(rowDataFor(first, first.shown)).toBe(first);
    const other = rowDataFor(first, ["u-1", "u-9"]);
    expect(other.data).not.toBe(first.data);
    expect(other.data).toEqual([{ id: "u-1" }, { id: "u-9" }]);
    expect(rowsInOrder(["a", "b"], other)).toEqual(["a", "b"]);
    expect(rowDataFor(first, ["u-2"]).data).toEqual([{ id: "u-2" }]);
    expect(rowDataFor(first, []).data).toEqual([]);
  });
});

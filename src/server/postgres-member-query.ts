import type { ListMembersResult, MemberQuery, MemberSortField } from "../core/adapter.types";
import { memberView } from "../core/commands/roster-facts";
import type { RosterConfig } from "../core/config";
import { MEMBER_STATUSES } from "../core/domain.types";
import { RosterError } from "../core/errors";
import type { SortKey } from "../core/member-order";
import { isMetadataField, memberSortKey, metadataKeyOf, roleRanks } from "../core/member-order";
import type { CursorState } from "../adapters/memory/member-query";
import { checkQueryShape, encodeCursor, invalidCursor, queryCursor } from "../adapters/memory/member-query";
import { subjectColumns, subjectOfRow } from "./postgres-rows";
import type { SubjectRow } from "./postgres-rows";
import type { QueryOptions, SqlExecutor, SqlParam } from "./sql";

/**
 * A member list query in SQL (R25): search, status, role and metadata filters, every sort field and any
 * metadata key (workspace scope) in both directions and offset or cursor paging, in exactly the order of `src/core/member-order.ts` and with
 * the in-memory storage's cursors, so both storages answer a query alike.
 *
 * An order is a list of segments read one after the other: most fields have one (rows ordered by
 * the key, then the user id ascending); `lastActiveAt` has two (rows with a time, rows without: after
 * them ascending, before them descending); a workspace's `role` order has one per configured role, in
 * the configured order, then one for roles outside the configuration, by id. Each segment is one
 * index range, read in index order and cut at the page size, so a page costs the page, not the
 * workspace, at 1,000,000 members. Internal to `src/server`.
 * @module
 */

/** SQL types of sort keys, for the `NULL` key of a segment without one. */
type KeyType = "text" | "smallint" | "timestamptz";

/**
 * One index range of an order: rows matching `where` (SQL, its parameters bound when it is called),
 * by `key`, or by id alone when `key` is null. A segment no row of the query can be in is left out.
 */
interface Segment {
  readonly where: (() => string) | null;
  readonly key: string | null;
  readonly empty?: boolean;
}

/** An order of one sort field in one scope. */
interface Order {
  readonly keyType: KeyType;
  readonly segments: readonly Segment[];
  /** The segment a cursor's key falls in, and that key as a parameter; `null` when the key cannot be one of this order's. */
  locate(key: SortKey): { readonly segment: number; readonly param: SqlParam } | null;
}

/** Where a query reads: a workspace's memberships `m`, or the users `u`. */
interface Source {
  readonly from: string;
  readonly id: string;
  readonly where: readonly string[];
}

const STATUS_RANKS = 5;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

function isTime(key: SortKey): key is string {
  return typeof key === "string" && ISO_TIME.test(key) && !Number.isNaN(Date.parse(key));
}

function single(keyType: KeyType, key: string, accepts: (key: SortKey) => boolean): Order {
  return { keyType, segments: [{ where: null, key }], locate: (cursorKey) => (accepts(cursorKey) ? { segment: 0, param: cursorKey } : null) };
}

/** Code-point order, as `COLLATE "C"` compares. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((char) => char.codePointAt(0) ?? 0);
  const y = [...b].map((char) => char.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

/**
 * The `(workspace_id, role, user_id)` index ranges that hold no configured role, as SQL over `m.role`,
 * with the configured roles bound by `bind`.
 */
function otherRoles(roles: readonly string[], bind: (value: SqlParam) => string): string {
  const sorted = [...roles].sort(compareCodePoints).map(bind);
  const ranges = sorted.map((role, index) => (index === 0 ? `m.role < ${role}` : `(m.role > ${sorted[index - 1] ?? ""} AND m.role < ${role})`));
  ranges.push(`m.role > ${sorted[sorted.length - 1] ?? ""}`);
  return `(${ranges.join(" OR ")})`;
}

/**
 * The order of a sort field. `bind` adds a parameter and returns its placeholder; `roleFilter` lets
 * the role order leave out segments no row can be in.
 */
function orderOf(field: MemberSortField, descending: boolean, workspace: boolean, config: RosterConfig, bind: (value: SqlParam) => string, roleFilter: ReadonlySet<string> | null): Order {
  const column = (inWorkspace: string, inInstance: string) => (workspace ? inWorkspace : inInstance);
  switch (field) {
    case "name":
      return single("text", column("m.user_name_key", "u.name_key"), (key) => typeof key === "string");
    case "email":
      return single("text", column("m.user_email", "u.email"), (key) => typeof key === "string");
    case "status":
      return single("smallint", column("m.status_rank", "u.status_rank"), (key) => Number.isInteger(key) && (key as number) >= 0 && (key as number) < STATUS_RANKS);
    case "invitedAt":
      return single("timestamptz", column("m.invited_at", "u.instance_invited_at"), isTime);
    case "lastActiveAt": {
      const key = column("m.last_active_at", "u.instance_last_active_at");
      const timed: Segment = { where: () => `${key} IS NOT NULL`, key };
      const never: Segment = { where: () => `${key} IS NULL`, key: null };
      const segments = descending ? [never, timed] : [timed, never];
      return {
        keyType: "timestamptz",
        segments,
        locate: (cursorKey) => (cursorKey === null ? { segment: segments.indexOf(never), param: null } : isTime(cursorKey) ? { segment: segments.indexOf(timed), param: cursorKey } : null),
      };
    }
    case "role": {
      // Instance rows carry no role: every row ties, and the id decides (as in memory).
      if (!workspace) return { keyType: "text", segments: [{ where: null, key: null }], locate: (key) => (key === null ? { segment: 0, param: null } : null) };
      const ids = config.roles.map((role) => role.id);
      const known = ids.map((id): Segment => ({ where: () => `m.role = ${bind(id)}`, key: null, empty: roleFilter !== null && !roleFilter.has(id) }));
      const other: Segment = { where: () => otherRoles(ids, bind), key: "m.role", empty: roleFilter !== null && [...roleFilter].every((id) => ids.includes(id)) };
      const segments = descending ? [other, ...[...known].reverse()] : [...known, other];
      return {
        keyType: "text",
        segments,
        locate(cursorKey) {
          if (typeof cursorKey === "string") return { segment: segments.indexOf(other), param: cursorKey };
          if (!Number.isInteger(cursorKey) || (cursorKey as number) < 0 || (cursorKey as number) >= known.length) return null;
          return { segment: descending ? known.length - (cursorKey as number) : (cursorKey as number), param: null };
        },
      };
    }
  }
}

/**
 * The page of a sort by a metadata key, in the order of `metadataSortKey` (src/core/member-order.ts):
 * numbers by value, then text (booleans as `true`/`false`) by code point, then members without the key;
 * descending reverses the values, ties go by id ascending. No index holds a metadata key, so the rows of
 * the workspace's query are read and ordered; the key is a bound parameter, never SQL text.
 */
function metadataPageSql(schema: string, source: Source, bind: (value: SqlParam) => string, key: string, descending: boolean, cursor: CursorState | null, offset: number, take: number): string {
  const name = bind(key);
  const type = `jsonb_typeof(m.metadata -> ${name})`;
  const rank = `CASE ${type} WHEN 'number' THEN 0 WHEN 'string' THEN 1 WHEN 'boolean' THEN 1 ELSE 2 END`;
  const number = `CASE WHEN ${type} = 'number' THEN (m.metadata ->> ${name})::numeric END`;
  const text = `(CASE WHEN ${type} IN ('string', 'boolean') THEN m.metadata ->> ${name} END) COLLATE "C"`;
  let after = "";
  if (cursor) {
    const rankOfKey = cursor.key === null ? 2 : typeof cursor.key === "number" ? 0 : 1;
    const beyond = descending ? "<" : ">";
    const id = bind(cursor.id);
    let tie = `c.id > ${id}`;
    if (cursor.key !== null) {
      const [column, value] = typeof cursor.key === "number" ? ["c.num", `${bind(cursor.key)}::numeric`] : ["c.txt", `${bind(cursor.key)}::text COLLATE "C"`];
      tie = `(${column} ${beyond} ${value} OR (${column} = ${value} AND ${tie}))`;
    }
    after = `WHERE c.rank ${beyond} ${rankOfKey} OR (c.rank = ${rankOfKey} AND ${tie})`;
  }
  const direction = descending ? "DESC" : "ASC";
  const pageOrder = (table: string) => `${table}.rank ${direction}, ${table}.num ${direction}, ${table}.txt ${direction}, ${table}.id`;
  return `SELECT ${subjectColumns(schema)}
    FROM (SELECT c.id, c.rank, c.num, c.txt
            FROM (SELECT ${source.id} AS id, ${rank} AS rank, ${number} AS num, ${text} AS txt FROM ${source.from}
                   ${source.where.length > 0 ? `WHERE ${source.where.join(" AND ")}` : ""}) AS c
           ${after} ORDER BY ${pageOrder("c")} OFFSET ${bind(offset)} LIMIT ${bind(take)}) AS page
    JOIN ${schema}.users u ON u.id = page.id
   ORDER BY ${pageOrder("page")}`;
}

/** `%…%` for LIKE, with `\`, `%` and `_` of the search matched as themselves. */
function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** A query's parameters, bound one by one as the SQL text is built. */
class Params {
  readonly values: SqlParam[] = [];
  readonly bind = (value: SqlParam): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** How {@link listMembersSql} runs its statements. */
export interface ListMembersRun {
  /** Whether its independent statements may run at once (outside a transaction). */
  readonly parallel: boolean;
  /** Whether to count the members matching the query: without, the total is `null` (an export reads every page and needs none). */
  readonly counted: boolean;
  /** The row of a workspace as its member count (none when it does not exist); the storage may share its read with the rights check. */
  readonly workspaceTotal: (workspaceId: string) => Promise<readonly { readonly total: number }[]>;
  /**
   * Whether the statements of an unfiltered list (a page by one of the member's own fields) stay
   * prepared ({@link QueryOptions.prepare}): each walks index ranges whatever its values. A search, a
   * filter or a metadata sort, whose best plan depends on the values, never does.
   */
  readonly prepare: boolean;
}

/**
 * Runs a member list query over the Postgres storage's tables. Rows equal `memberView` of each member's
 * subject; totals are exact (from the counters without filters), or `null` when not counted.
 * @throws RosterError `validation` for a malformed query or cursor (as the in-memory storage), `not_found` for an unknown workspace.
 */
export async function listMembersSql(db: SqlExecutor, schema: string, config: RosterConfig, query: MemberQuery, run: ListMembersRun): Promise<ListMembersResult> {
  const { parallel, counted, workspaceTotal } = run;
  checkQueryShape(query);
  const cursor: CursorState | null = queryCursor(query);
  const { scope, page, sort } = query;
  const workspace = scope.kind === "workspace";
  const search = query.search.trim().toLowerCase();
  const roleFilter = workspace && query.roles.length > 0 ? new Set<string>(query.roles) : null;
  const metadataFilters = workspace ? (query.metadata ?? []) : [];
  const filtered = search !== "" || query.statuses.length > 0 || roleFilter !== null || metadataFilters.length > 0;

  const params = new Params();
  const { bind } = params;
  const where: string[] = [];
  const table = workspace ? "m" : "u";
  // Statuses by rank, the column the sort indexes hold: a filtered count reads an index only.
  if (query.statuses.length > 0) where.push(`${table}.status_rank = ANY(${bind(query.statuses.map((status) => MEMBER_STATUSES.indexOf(status)))}::smallint[])`);
  if (scope.kind === "workspace") {
    where.unshift(`m.workspace_id = ${bind(scope.workspaceId)}`);
    if (roleFilter) where.push(`m.role = ANY(${bind([...roleFilter])}::text[])`);
    // As `metadataText` reads a value: `->>` writes a number or boolean as JSON does, and a missing key is NULL.
    for (const { key, value } of metadataFilters) where.push(`m.metadata ->> ${bind(key)} = ${bind(value)}`);
  }
  // "name\nemail" lower-cased, as the in-memory storage searches it (migration 0002).
  if (search !== "") where.push(`${table}.search_text LIKE ${bind(containsPattern(search))}`);
  const source: Source = workspace ? { from: `${schema}.memberships m`, id: "m.user_id", where } : { from: `${schema}.users u`, id: "u.id", where };
  const filterParams = params.values.length;

  const descending = sort.direction === "desc";
  const offset = page.kind === "offset" ? page.offset : 0;
  // One row more than the page on cursor paging tells whether another page follows.
  const take = page.kind === "cursor" ? page.limit + 1 : page.limit;
  /** The page of a sort by one of the member's own fields, read segment by segment along its indexes. */
  const fieldPageSql = (field: MemberSortField): string | null => {
    const order = orderOf(field, descending, workspace, config, bind, roleFilter);
    let first = 0;
    let after: { readonly param: SqlParam; readonly id: string } | null = null;
    if (cursor) {
      const found = order.locate(cursor.key);
      if (!found) throw invalidCursor();
      first = found.segment;
      after = { param: found.param, id: cursor.id };
    }
    const reach = bind(offset + take);
    const direction = descending ? "DESC" : "ASC";
    const nullKey = `NULL::${order.keyType}${order.keyType === "text" ? ' COLLATE "C"' : ""}`;
    const branches = order.segments.flatMap((segment, index) => {
      if (index < first || segment.empty) return [];
      const conditions = [...source.where];
      if (segment.where) conditions.push(segment.where());
      if (after && index === first) {
        const id = bind(after.id);
        if (segment.key === null) conditions.push(`${source.id} > ${id}`);
        else {
          const key = `${bind(after.param)}::${order.keyType}`;
          conditions.push(descending ? `${segment.key} <= ${key} AND (${segment.key} < ${key} OR ${source.id} > ${id})` : `${segment.key} >= ${key} AND (${segment.key} > ${key} OR ${source.id} > ${id})`);
        }
      }
      const orderBy = segment.key === null ? source.id : `${segment.key} ${direction}, ${source.id}`;
      return [
        `(SELECT ${source.id} AS id, ${index} AS segment, ${segment.key ?? nullKey} AS key FROM ${source.from}
          ${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : ""} ORDER BY ${orderBy} LIMIT ${reach})`,
      ];
    });
    const pageOrder = (table: string) => `${table}.segment, ${table}.key${order.keyType === "text" ? ' COLLATE "C"' : ""} ${direction}, ${table}.id`;
    return branches.length === 0
      ? null
      : `SELECT ${subjectColumns(schema)}
           FROM (SELECT c.id, c.segment, c.key FROM (${branches.join(" UNION ALL ")}) AS c ORDER BY ${pageOrder("c")} OFFSET ${bind(offset)} LIMIT ${bind(take)}) AS page
           JOIN ${schema}.users u ON u.id = page.id
          ORDER BY ${pageOrder("page")}`;
  };
  const pageSql = isMetadataField(sort.field)
    ? metadataPageSql(schema, source, bind, metadataKeyOf(sort.field), descending, cursor, offset, take)
    : fieldPageSql(sort.field);
  const countSql = (): string | null => {
    if (!counted) return null;
    if (filtered) return `SELECT count(*)::int AS total FROM ${source.from} ${source.where.length > 0 ? `WHERE ${source.where.join(" AND ")}` : ""}`;
    // A workspace's unfiltered total is its own row's (the first step); the instance's is the counters'.
    return workspace ? null : `SELECT users::int AS total FROM ${schema}.counters`;
  };
  const totalSql = countSql();

  const options: QueryOptions = { prepare: run.prepare && !filtered && !isMetadataField(sort.field) };
  const rowsOf = async <Row extends object>(sql: string | null, values: readonly SqlParam[]): Promise<readonly Row[]> => (sql === null ? [] : (await db.query<Row>(sql, values, options)).rows);
  const steps = [
    // The workspace's own row: it must exist, and holds the total of an unfiltered list.
    () => (scope.kind === "workspace" ? workspaceTotal(scope.workspaceId) : Promise.resolve([])),
    () => rowsOf<{ total: number }>(totalSql, params.values.slice(0, filterParams)),
    () => rowsOf<SubjectRow>(pageSql, params.values),
  ] as const;
  let results: [readonly { total: number }[], readonly { total: number }[], readonly SubjectRow[]];
  if (parallel) results = await Promise.all([steps[0](), steps[1](), steps[2]()]);
  else results = [await steps[0](), await steps[1](), await steps[2]()];
  const [scopeRows, totalRows, rows] = results;

  if (scope.kind === "workspace" && scopeRows.length === 0) throw new RosterError("not_found", `There is no workspace with id "${scope.workspaceId}".`);
  const total = counted ? ((totalRows[0] ?? scopeRows[0])?.total ?? 0) : null;
  const viewScope = scope.kind === "workspace" ? ({ kind: "workspace", workspaceId: scope.workspaceId } as const) : ({ kind: "instance" } as const);
  const members = rows.slice(0, page.limit).map((row) => memberView(subjectOfRow(row), viewScope));
  const last = members[members.length - 1];
  const nextCursor =
    page.kind === "cursor" && rows.length > page.limit && last
      ? encodeCursor({ field: sort.field, direction: sort.direction, key: memberSortKey(last, sort.field, roleRanks(config.roles)), id: last.id })
      : null;
  return { members: Object.freeze(members), total, nextCursor };
}

/** One versioned change of the server's schema, shipped in the package as code so it bundles. */
export interface Migration {
  /** Applied in increasing order; never reused, never edited once released (a checksum guards it). */
  readonly version: number;
  /** Short kebab-case name, also the file name after the version (`0001-init.ts`). */
  readonly name: string;
  /**
   * Statements run one by one inside `migrate()`'s transaction, with `search_path` set to the
   * Rosterkit schema (then the schema of `pg_trgm`): write table names unqualified. Functions must say
   * `SET search_path FROM CURRENT` so they find the tables whatever the caller's path.
   */
  readonly statements: readonly string[];
}

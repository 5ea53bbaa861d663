import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';

/**
 * Kysely's own PostgresDialect on PGlite (PostgreSQL compiled to WebAssembly, in this process),
 * so the test runs real PostgreSQL without a server or a third-party dialect package. The
 * driver needs a pool whose clients answer `query(sql, params)` with `{ rows, command,
 * rowCount }` (see kysely/dist/dialect/postgres/postgres-driver.js), which PGlite's own
 * `query()` already returns.
 *
 * PGlite is one session. Two Kysely connections at once would share it, so a query outside a
 * transaction could run inside another's; the pool therefore lends its one client to one
 * borrower at a time, as Kysely's SqliteDriver does with its one connection.
 */
export function pgliteDialect(pg: PGlite): PostgresDialect {
  let free: Promise<void> = Promise.resolve();
  return new PostgresDialect({
    pool: {
      options: {},
      async connect() {
        const previous = free;
        let release!: () => void;
        free = new Promise((resolve) => (release = resolve));
        await previous;
        const client = {
          query: (sql: string, params: readonly unknown[]) => pg.query(sql, [...params]) as Promise<PostgresQueryResult<unknown>>,
          release,
        };
        // The client never streams (no cursor), so the cursor overload of query() is left out.
        return client as unknown as PostgresPoolClient;
      },
      async end() {},
    },
  });
}

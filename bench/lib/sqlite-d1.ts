// Just enough of the D1 API over node:sqlite to call the worker's own read functions (worker/src/db/insights.ts)
// on the database file and time each query without HTTP or workerd in the way.
import type { DatabaseSync } from 'node:sqlite';

export function sqliteD1(db: DatabaseSync): D1Database {
  const handle = {
    prepare(sql: string) {
      const statement = db.prepare(sql);
      return {
        bind(...values: (string | number | null)[]) {
          const rows = () => statement.all(...values);
          return {
            all: async () => ({ results: rows(), success: true, meta: {} }),
            first: async () => rows()[0] ?? null,
            rows,
          };
        },
      };
    },
    async batch(statements: { rows: () => unknown[] }[]) {
      return statements.map((statement) => ({ results: statement.rows(), success: true, meta: {} }));
    },
  };
  return handle as unknown as D1Database;
}

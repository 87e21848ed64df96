// A migration's data statements, for a spec that replays them on its own shop. The worker specs share one D1 and
// files run side by side: a migration's statement replayed over every shop rewrites the rollups of other specs'
// shops while they write and read them (a count moved twice, or lost). So a spec replays it for one shop only, in
// one batch (one transaction), and its statements are narrowed to that shop where they read their source rows.
import { env } from 'cloudflare:test';

/** The statements of the migrations whose names start with `prefix` that match `pattern` (after leading comments). */
export function migrationStatements(prefix: string, pattern: RegExp, expectedMigrations = 1): string[] {
  const migrations = env.TEST_MIGRATIONS.filter((m) => m.name.startsWith(prefix));
  if (migrations.length !== expectedMigrations) throw new Error(`migration ${prefix}* is missing`);
  const leading = new RegExp(`^\\s*(--[^\\n]*\\n\\s*)*(?:${pattern.source})`, pattern.flags);
  return migrations.flatMap((migration) => migration.queries.filter((query) => leading.test(query)));
}

const CLAUSE_WORDS = new Set(['where', 'group', 'order', 'union', 'join', 'on', 'as', 'left', 'inner', 'cross', 'limit']);

/**
 * The statement with every row source `FROM table` / `JOIN table` (a table or view, with or without an alias) read
 * as that shop's rows only: `(SELECT * FROM table WHERE shop_id = ?1) alias`. Bind the shop's id as ?1. Throws when a
 * table is not read that way in the statement, so a rewritten migration cannot silently fall back to every shop.
 */
export function forOneShop(sql: string, tables: string[]): string {
  let scoped = sql;
  for (const table of tables) {
    let found = 0;
    scoped = scoped.replace(
      new RegExp(`\\b(FROM|JOIN)\\s+${table}\\b(?!\\s*\\()(\\s+(?:AS\\s+)?([A-Za-z_]\\w*))?`, 'gi'),
      (_match, keyword: string, aliasPart: string | undefined, alias: string | undefined) => {
        found++;
        const isAlias = alias !== undefined && !CLAUSE_WORDS.has(alias.toLowerCase());
        const rest = aliasPart !== undefined && !isAlias ? aliasPart : '';
        return `${keyword} (SELECT * FROM ${table} WHERE shop_id = ?1) AS ${isAlias ? alias : table}${rest}`;
      },
    );
    if (found === 0) throw new Error(`the statement does not read ${table}:\n${sql}`);
  }
  return scoped;
}

/**
 * An `UPDATE table SET …` statement with no WHERE of its own (it rewrites every row) narrowed to the shop's rows:
 * `… WHERE table.shop_id = ?1`. A statement that has a WHERE already fails to prepare, loudly.
 */
export function updateOneShop(sql: string): string {
  const table = /^\s*(?:--[^\n]*\n\s*)*UPDATE\s+(\w+)\s+SET\b/i.exec(sql)?.[1];
  if (!table) throw new Error(`not an UPDATE … SET statement:\n${sql}`);
  return `${sql.replace(/[\s;]+$/, '')}\nWHERE ${table}.shop_id = ?1`;
}

/** Runs the statements for one shop (bound as ?1 where they use it) in one batch: one transaction. */
export async function runForOneShop(statements: string[], shopId: string): Promise<void> {
  await env.DB.batch(statements.map((sql) => (sql.includes('?1') ? env.DB.prepare(sql).bind(shopId) : env.DB.prepare(sql))));
}

// Direct access to the local D1 database file (only while no wrangler process has it open).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Miniflare keeps each local D1 database as `<persist>/v3/d1/miniflare-D1DatabaseObject/<64 hex>.sqlite`. */
export function d1File(persistTo: string): string {
  const dir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const files = readdirSync(dir).filter((name) => /^[0-9a-f]{64}\.sqlite$/.test(name));
  if (files.length !== 1) throw new Error(`expected one D1 database file in ${dir}, found ${files.length}`);
  return join(dir, files[0]!);
}

export function openD1File(persistTo: string): DatabaseSync {
  const db = new DatabaseSync(d1File(persistTo));
  db.exec('PRAGMA cache_size = -1000000; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;');
  return db;
}

/** Checkpoints the WAL into the main file and closes, so file sizes are honest and workerd starts clean. */
export function closeD1File(db: DatabaseSync): void {
  db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
  db.close();
}

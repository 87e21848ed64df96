// Reads and writes the trained artifacts in Node (training, evaluation, the CLI). Both are stored split: their settings
// in model-commercial.json / model.json and each weight table in a file of its own, one byte per weight
// (model-commercial.<table>.bin / model.<table>.bin: the text encoding's character codes), which the worker imports as
// Data modules (worker/src/sentiment/model-commercial.ts, model-full.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  starTableName,
  splitWeightTables,
  withWeightTables,
  type ModelArtifact,
  type StoredArtifact,
} from '../../worker/src/sentiment/artifact.ts';

export const ARTIFACT_DIR = join(import.meta.dirname, '..', '..', 'worker', 'src', 'sentiment');

export type ArtifactFile = 'model.json' | 'model-commercial.json';

/** The artifacts stored split (settings JSON + one file per weight table). */
export const SPLIT_ARTIFACTS: readonly ArtifactFile[] = ['model-commercial.json', 'model.json'];

/** model-commercial.json + "en" → model-commercial.en.bin */
export function weightTablePath(file: ArtifactFile, table: string): string {
  return join(ARTIFACT_DIR, `${file.replace(/\.json$/, '')}.${table}.bin`);
}

/** The whole artifact, its weight tables read from their files (as text) when it is stored split. */
export function readArtifact(file: ArtifactFile): ModelArtifact {
  const stored = JSON.parse(readFileSync(join(ARTIFACT_DIR, file), 'utf8')) as StoredArtifact;
  if (!SPLIT_ARTIFACTS.includes(file)) return stored as ModelArtifact;
  const texts: Record<string, string> = {};
  for (const table of tableNames(stored)) texts[table] = readFileSync(weightTablePath(file, table), 'latin1');
  return withWeightTables(stored, texts);
}

/** Writes the artifact (split when it is stored split) and returns every file written with its bytes. */
export function writeArtifact(file: ArtifactFile, artifact: ModelArtifact): { path: string; bytes: Buffer }[] {
  const written: { path: string; bytes: Buffer }[] = [];
  const write = (path: string, text: string, encoding: BufferEncoding): void => {
    const bytes = Buffer.from(text, encoding);
    writeFileSync(path, bytes);
    written.push({ path, bytes });
  };
  if (!SPLIT_ARTIFACTS.includes(file)) {
    write(join(ARTIFACT_DIR, file), `${JSON.stringify(artifact)}\n`, 'utf8');
    return written;
  }
  const { settings, texts } = splitWeightTables(artifact);
  write(join(ARTIFACT_DIR, file), `${JSON.stringify(settings)}\n`, 'utf8');
  for (const [table, text] of Object.entries(texts)) write(weightTablePath(file, table), text, 'latin1');
  return written;
}

/** Every file an artifact is stored in (the bench and the size checks sum them). */
export function artifactPaths(file: ArtifactFile): string[] {
  const paths = [join(ARTIFACT_DIR, file)];
  if (!SPLIT_ARTIFACTS.includes(file)) return paths;
  const stored = JSON.parse(readFileSync(paths[0]!, 'utf8')) as StoredArtifact;
  for (const table of tableNames(stored)) paths.push(weightTablePath(file, table));
  return paths;
}

/** The weight tables of a stored artifact: one per language, the language-ID table and any star heads ("stars-pl"). */
export function tableNames(stored: StoredArtifact): string[] {
  return [...Object.keys(stored.sentiment), 'language', ...Object.keys(stored.stars ?? {}).map(starTableName)];
}

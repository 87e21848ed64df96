// The npm registry reachable here has no macOS or Windows builds of workerd, so `npm install` leaves those
// optional packages out of package-lock.json, and `npm ci` then refuses the lockfile as out of sync. This adds
// an entry (version, os, cpu; no tarball) for each optional dependency the lockfile lacks: npm ci sees a
// consistent tree and, on Linux, skips those packages for their `os` as it always would.
//   node scripts/fix-lockfile.ts      (after any `npm install` that rewrote package-lock.json)
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS: Record<string, { os: string[]; cpu: string[] }> = {
  'darwin-64': { os: ['darwin'], cpu: ['x64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'windows-64': { os: ['win32'], cpu: ['x64'] },
  'linux-64': { os: ['linux'], cpu: ['x64'] },
  'linux-arm64': { os: ['linux'], cpu: ['arm64'] },
};

type Entry = { version?: string; optionalDependencies?: Record<string, string>; [key: string]: unknown };
const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, Entry> };

/** Where Node would find `name` from the package at `path` (its own node_modules, then its parents'). */
function resolves(path: string, name: string): boolean {
  for (let base = path; ; ) {
    if (`${base ? `${base}/` : ''}node_modules/${name}` in lock.packages) return true;
    if (!base) return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent >= 0 ? base.slice(0, parent) : '';
  }
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(path, name)) continue;
    const platform = Object.entries(PLATFORMS).find(([suffix]) => name.endsWith(suffix))?.[1];
    if (!platform) throw new Error(`${name} (needed by ${path}) is missing and its platform is unknown`);
    lock.packages[`${path}/node_modules/${name}`] = { version, ...platform, optional: true };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} missing platform-specific optional package(s) recorded`);

// Copies Swagger UI (swagger-ui-dist, pinned in package.json) and our initializer into the worker's static assets
// (wrangler.toml [assets] → dist/public), so GET /docs loads nothing from a CDN: it works offline and no third
// party runs script on the origin where the dashboard keeps the owner key.
//   npm run build:docs   (part of npm run build)
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const out = join(root, 'dist/public/docs');
mkdirSync(out, { recursive: true });
for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) copyFileSync(join(dist, file), join(out, file));
copyFileSync(join(root, 'worker/static/docs/init.js'), join(out, 'init.js'));
console.log(`Swagger UI assets copied to ${out}`);

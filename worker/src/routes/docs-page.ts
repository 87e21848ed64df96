import type { Context } from 'hono';

/**
 * GET /docs: Swagger UI for /openapi.json, from our own static assets (dist/public/docs, copied from the pinned
 * swagger-ui-dist by `npm run build:docs`). No CDN: it works offline, and no third party's script runs on the
 * origin where the dashboard keeps the owner key. The CSP allows only same-origin scripts, styles and requests.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opinia API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

export function docsPage(c: Context): Response {
  return c.html(PAGE, 200, {
    'Content-Security-Policy': DOCS_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

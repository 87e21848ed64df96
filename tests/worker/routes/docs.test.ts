import { describe, expect, it } from 'vitest';
import { call } from '../support/api.ts';

describe('API documentation', () => {
  it('should serve an OpenAPI 3.1 document generated from the shared schemas', async () => {
    const response = await call('/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json<{
      openapi: string;
      paths: Record<string, object>;
      components: { schemas: Record<string, object> };
    }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/shops', '/v1/shops/{shopId}/responses', '/v1/shops/{shopId}/summary']),
    );
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['ResponseInput', 'Summary', 'Error']));
  });

  it('should give clients only patterns they can compile (JSON Schema: ECMA-262, Unicode-aware)', async () => {
    const document = await (await call('/openapi.json')).text();
    const patterns = [...document.matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]!) as string);
    expect(patterns.length).toBeGreaterThan(3);
    for (const pattern of patterns) {
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
      expect(pattern, 'no regex-literal flags left in the pattern').not.toMatch(/\/[a-z]+$/);
    }
  });

  it('should render the document for people at /docs', async () => {
    const response = await call('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(await response.text()).toContain('/docs/init.js');
  });

  it('should load Swagger UI only from its own origin, under a CSP that allows nothing else (issue #12 finding 14)', async () => {
    const response = await call('/docs');
    const csp = Object.fromEntries(
      (response.headers.get('Content-Security-Policy') ?? '').split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(csp).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
      'base-uri': "'none'",
    });
    const html = await response.text();
    const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    // Its own files, and an empty icon written in the page (no /favicon.ico request).
    expect(sources).toEqual(['data:,', '/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js', '/docs/init.js']);
    expect(html, 'no inline script: script-src has no unsafe-inline').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs/);
  });

  it('should answer unknown paths with 404 JSON', async () => {
    const response = await call('/v2/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

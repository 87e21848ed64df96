// The OpenAPI document served at /openapi.json: generated from the routes' zod schemas, then completed with what
// holds for every operation (405 and 503 answers, `security: []` on public operations, the tag list).
import type { OpenAPIHono } from '@hono/zod-openapi';

/** Every tag an operation may use (Redocly's `operation-tag-defined` refuses others). Add yours here. */
export const TAGS = [
  { name: 'Shops', description: 'Creating a shop.' },
  { name: 'Answers', description: 'Answers from shoppers (the widget) and their export.' },
  { name: 'Insights', description: 'Summary, attention queue and customers.' },
  { name: 'Reviews', description: 'Public product reviews, votes and invitations.' },
  { name: 'Moderation', description: "The owner's review moderation." },
  { name: 'Privacy', description: 'GDPR access and erasure.' },
  { name: 'Settings', description: 'Alerts, retention, review settings and secrets.' },
  { name: 'Keys', description: 'The owner key.' },
  { name: 'Invitations', description: 'Orders and the invitations to answer sent after them.' },
  { name: 'Audit', description: "The periodic experience audit, its digest and the widget's study sampling." },
  { name: 'Hosted page', description: 'The feedback and unsubscribe pages an invitation links to (HTML).' },
];

const ERROR_REF = { $ref: '#/components/schemas/Error' };

const COMMON_RESPONSES = {
  MethodNotAllowed: {
    description: 'The path does not take this method; `Allow` lists the ones it takes.',
    headers: { Allow: { description: 'The methods of this path, e.g. `GET, HEAD, OPTIONS`.', schema: { type: 'string' } } },
    content: { 'application/json': { schema: ERROR_REF } },
  },
  Unavailable: {
    description: 'Storage is briefly unavailable; retry the same request (retries never duplicate).',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'string' } } },
    content: { 'application/json': { schema: ERROR_REF } },
  },
} as const;

type Operation = { security?: unknown[]; responses?: Record<string, unknown>; [key: string]: unknown };
type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/** The document without `servers` (the caller adds the public origin). */
// biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and routes
export function openApiDocument(app: OpenAPIHono<any, any, any>): Document {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Opinia API',
      version: '1.0.0',
      description: 'Customer feedback and reviews: answers in, insight out.',
      contact: { name: 'Opinia', url: 'https://opinia.example', email: 'security@opinia.example' },
      license: { name: 'Proprietary', url: 'https://opinia.example/terms' },
    },
    tags: TAGS,
  });
  document.components ??= {};
  document.components.responses = { ...document.components.responses, ...COMMON_RESPONSES } as never;
  for (const item of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      operation.security ??= []; // public: no owner key
      operation.responses ??= {};
      operation.responses['405'] ??= { $ref: '#/components/responses/MethodNotAllowed' };
      operation.responses['503'] ??= { $ref: '#/components/responses/Unavailable' };
    }
  }
  return document;
}

/** Every documented path (OpenAPI form) with its methods: what the method check under /v1 knows. */
// biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and routes
export function documentedPaths(app: OpenAPIHono<any, any, any>): { path: string; methods: string[] }[] {
  const byPath = new Map<string, string[]>();
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const { path, method } = definition.route;
    byPath.set(path, [...(byPath.get(path) ?? []), method.toUpperCase()]);
  }
  return [...byPath].map(([path, methods]) => ({ path, methods }));
}

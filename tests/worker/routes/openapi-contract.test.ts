// The OpenAPI document is the contract (issue #12 finding 6): every operation named, tagged and secured, every
// status the server answers documented, and the limits those of the shared zod schemas. New routes are held to it
// automatically: the checks below walk whatever /openapi.json lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INVITATION_TOUCHPOINTS, InvitationDueSchema } from '../../../shared/invitations.ts';
import '../../../shared/owner-api.ts';
import '../../../shared/reviews.ts';
import { call, createShop } from '../support/api.ts';

type Json = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  op: Json;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
let document: Json;
let operations: Operation[];

beforeAll(async () => {
  document = await (await call('/openapi.json')).json();
  operations = Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ method, path, op: op as Json })),
  );
});

function resolve(schema: Json): Json {
  if (schema?.$ref) return resolve(document.components.schemas[(schema.$ref as string).split('/').at(-1)!]);
  return schema;
}

function documented(operation: Operation): Set<number> {
  return new Set(Object.keys(operation.op.responses).map(Number));
}

function hasBody(operation: Operation): boolean {
  return operation.op.requestBody !== undefined;
}

/** A concrete path for an operation: the shop given, every other parameter a plain id. */
function concrete(path: string, shopId: string, other = 'x1'): string {
  return path.replace('{shopId}', shopId).replace(/\{[^}]+\}/g, other);
}

describe('OpenAPI contract', () => {
  it('should name, tag, summarise, describe and secure every operation, and say whom to contact', () => {
    expect(operations.length).toBeGreaterThanOrEqual(24);
    expect(document.info.contact?.email, "info.contact (Spectral's info-contact)").toMatch(/@/);
    const tags = new Set((document.tags as { name: string }[]).map((tag) => tag.name));
    const ids = new Set<string>();
    for (const { method, path, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, `${where}: operationId`).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(ids.has(op.operationId), `${where}: operationId ${op.operationId} is unique`).toBe(false);
      ids.add(op.operationId);
      expect(op.tags?.length, `${where}: tags`).toBeGreaterThan(0);
      for (const tag of op.tags) expect(tags.has(tag), `${where}: tag "${tag}" is declared in the document's tags`).toBe(true);
      expect(op.summary, `${where}: summary`).toBeTruthy();
      expect(op.description, `${where}: description (Spectral's operation-description)`).toBeTruthy();
      expect(Array.isArray(op.security), `${where}: security is stated (owner key, or [] when public)`).toBe(true);
    }
  });

  it('should document 405 and 503 on every operation, and 413 and 415 wherever a body is read', () => {
    for (const operation of operations) {
      const statuses = documented(operation);
      const where = `${operation.method.toUpperCase()} ${operation.path}`;
      expect(statuses.has(405), `${where}: 405`).toBe(true);
      expect(statuses.has(503), `${where}: 503`).toBe(true);
      if (hasBody(operation)) {
        expect(statuses.has(413), `${where}: 413`).toBe(true);
        expect(statuses.has(415), `${where}: 415`).toBe(true);
      }
      if (operation.op.security.length > 0) {
        for (const status of [401, 403, 404])
          expect(statuses.has(status), `${where}: owner operations document ${status}`).toBe(true);
      }
    }
  });

  it('should use only regex patterns every dialect reads (no \\p{…} classes, no /u flags)', async () => {
    const text = await (await call('/openapi.json')).text();
    expect(text).not.toMatch(/\\\\p\{/);
    const patterns = [...text.matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]!) as string);
    for (const pattern of patterns) expect(() => new RegExp(pattern), pattern).not.toThrow();
  });

  it('should state the limits the shared zod schemas enforce, for every request body', () => {
    const checked: string[] = [];
    for (const operation of operations.filter(hasBody)) {
      const ref: string | undefined = operation.op.requestBody.content['application/json']?.schema?.$ref;
      if (!ref) continue;
      const name = ref.split('/').at(-1)!;
      const zodSchema = z.globalRegistry._idmap.get(name) as z.ZodType | undefined;
      expect(zodSchema, `${name} is a shared zod schema with meta id "${name}"`).toBeDefined();
      const json = resolve({ $ref: ref });
      const base = (BASES[name] ?? sample(json)) as Json;
      expect(zodSchema!.safeParse(base).success, `${name}: the sample ${JSON.stringify(base)} is valid (add it to BASES)`).toBe(
        true,
      );
      for (const [property, raw] of Object.entries((json.properties ?? {}) as Record<string, Json>)) {
        const prop = resolve(raw);
        const where = `${name}.${property}`;
        const fits = (value: string) => !prop.pattern || new RegExp(prop.pattern, 'u').test(value);
        if (prop.type === 'string' && !prop.format && !prop.enum) {
          if (prop.maxLength !== undefined && fits('a'.repeat(prop.maxLength))) {
            expect(
              zodSchema!.safeParse({ ...base, [property]: 'a'.repeat(prop.maxLength) }).success,
              `${where}: maxLength ${prop.maxLength} is accepted`,
            ).toBe(true);
            expect(
              zodSchema!.safeParse({ ...base, [property]: 'a'.repeat(prop.maxLength + 1) }).success,
              `${where}: maxLength ${prop.maxLength} + 1 is refused`,
            ).toBe(false);
            checked.push(where);
          }
          if (prop.minLength > 0) {
            expect(
              zodSchema!.safeParse({ ...base, [property]: 'a'.repeat(prop.minLength - 1) }).success,
              `${where}: below minLength is refused`,
            ).toBe(false);
          }
        }
        if (prop.type === 'integer') {
          if (prop.maximum !== undefined) {
            expect(zodSchema!.safeParse({ ...base, [property]: prop.maximum }).success, `${where}: maximum`).toBe(true);
            expect(zodSchema!.safeParse({ ...base, [property]: prop.maximum + 1 }).success, `${where}: maximum + 1`).toBe(false);
          }
          if (prop.minimum !== undefined)
            expect(zodSchema!.safeParse({ ...base, [property]: prop.minimum - 1 }).success, `${where}: minimum − 1`).toBe(false);
        }
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'ResponseInput.comment',
        'ResponseInput.customerRef',
        'ResponseInput.productName',
        'CreateShop.name',
        'Reply.text',
      ]),
    );
  });

  it('should state the at-least-one-of rule of an answer', () => {
    const input = resolve({ $ref: '#/components/schemas/ResponseInput' });
    expect(input.anyOf.map((branch: Json) => branch.required)).toEqual([['rating'], ['nps'], ['comment']]);
  });

  it('should describe the attention webhooks with the payloads the worker sends, attention.replied with its delivery', () => {
    expect(Object.keys(document.webhooks)).toEqual([
      'attention.opened',
      'attention.replied',
      'attention.followed_up',
      'invitation.due',
    ]);
    const body = (name: string) => resolve(document.webhooks[name].post.requestBody.content['application/json'].schema);
    expect(body('attention.opened').properties.type.enum).toEqual(['attention.opened']);
    expect(body('attention.followed_up').properties.type.enum).toEqual(['attention.followed_up']);
    const replied = body('attention.replied');
    expect(replied.properties.delivery.enum).toEqual(['email', 'widget']);
    expect(replied.properties.emailFailed.type).toBe('boolean');
    expect(replied.required).toEqual(expect.arrayContaining(['emailSent', 'delivery', 'emailFailed', 'email', 'followUp']));
  });

  it('should describe invitation.due from InvitationDueSchema: every field required, signed, retried as the cron retries', () => {
    const webhook = document.webhooks['invitation.due'].post;
    const body = resolve(webhook.requestBody.content['application/json'].schema);
    expect(Object.keys(body.properties).sort()).toEqual(Object.keys(InvitationDueSchema.shape).sort());
    expect(body.required.sort()).toEqual(Object.keys(InvitationDueSchema.shape).sort());
    expect(body.properties.type.enum).toEqual(['invitation.due']);
    expect(resolve(body.properties.touchpoint).enum).toEqual([...INVITATION_TOUCHPOINTS]);
    expect(resolve(body.properties.email).required.sort()).toEqual(['headers', 'html', 'subject', 'text']);
    expect(webhook.parameters).toEqual([expect.objectContaining({ in: 'header', name: 'opinia-signature', required: true })]);
    expect(webhook.tags).toEqual(['Invitations']);
    expect(webhook.description).toContain('invitations.webhookUrl');
    expect(webhook.responses['400'].description).toContain('at most 8 attempts');
  });

  it('should describe reviews.jsonld as an object or null, as it answers', async () => {
    const { shopId } = await createShop();
    const response = await call(`/v1/shops/${shopId}/products/nothing-yet/reviews.jsonld`);
    expect(response.status).toBe(200);
    expect(await response.json()).toBeNull();
    const schema =
      document.paths['/v1/shops/{shopId}/products/{productId}/reviews.jsonld'].get.responses['200'].content['application/ld+json']
        .schema;
    expect(schema.type).toEqual(['object', 'null']);
  });

  it('should let every nullable field be null: no allOf that adds null to a schema refusing it (AuditGaps.touchpoint)', async () => {
    const dead: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Json;
      if (Array.isArray(schema.allOf)) {
        const admits = schema.allOf.map(admitsNull);
        if (admits.some(Boolean) && !admits.every(Boolean)) dead.push(where);
      }
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}/${key}`);
    };
    walk(document, '#');
    expect(dead).toEqual([]);
    // As the server answers: a shop without answers has no weakest touchpoint.
    const { shopId, ownerKey } = await createShop();
    const response = await call(`/v1/shops/${shopId}/audit`, { headers: { Authorization: `Bearer ${ownerKey}` } });
    expect(response.status).toBe(200);
    expect((await response.json<Json>()).gaps.touchpoint).toBeNull();
    expect(admitsNull(resolve(document.components.schemas.AuditGaps).properties.touchpoint)).toBe(true);
  });

  it('should answer every probe of every operation with a status the document lists for it', async () => {
    const other = await createShop();
    const undocumented: string[] = [];
    for (const operation of operations) {
      const shop = await createShop();
      const method = operation.method.toUpperCase();
      const json = { 'Content-Type': 'application/json' };
      const owner = { Authorization: `Bearer ${shop.ownerKey}` };
      const probes: [string, string, RequestInit][] = [
        ['no key', concrete(operation.path, shop.shopId), { method }],
        [
          "another shop's key",
          concrete(operation.path, shop.shopId),
          { method, headers: { Authorization: `Bearer ${other.ownerKey}` } },
        ],
        ['a wrong key', concrete(operation.path, shop.shopId), { method, headers: { Authorization: 'Bearer opk_wrong' } }],
        ['an unknown shop', concrete(operation.path, 'nosuchshop'), { method, headers: owner }],
        ['an invalid shop id', concrete(operation.path, 'bad%20id!'), { method, headers: owner }],
        ['an over-long id', concrete(operation.path, shop.shopId, 'x'.repeat(300)), { method, headers: owner }],
        ['a foreign origin', concrete(operation.path, shop.shopId), { method, headers: { Origin: 'https://elsewhere.example' } }],
        [
          'a bad query',
          `${concrete(operation.path, shop.shopId)}?limit=-1&from=yesterday&sort=x&status=x&cursor=%00`,
          { method, headers: owner },
        ],
      ];
      if (hasBody(operation)) {
        for (const body of ['{', '[]', 'null', '{}', '{"unknown":1}', JSON.stringify({ deep: [[[[{}]]]] })]) {
          probes.push([`body ${body}`, concrete(operation.path, shop.shopId), { method, headers: { ...json, ...owner }, body }]);
        }
        probes.push([
          'a text body',
          concrete(operation.path, shop.shopId),
          { method, headers: { 'Content-Type': 'text/plain', ...owner }, body: 'hi' },
        ]);
      }
      if (method !== 'GET') {
        probes.push([
          'a 17 KB body',
          concrete(operation.path, shop.shopId),
          { method, headers: { ...json, ...owner }, body: JSON.stringify({ pad: 'x'.repeat(17_000) }) },
        ]);
      }
      const statuses = documented(operation);
      const probe = async ([name, path, init]: [string, string, RequestInit]) => {
        const response = await call(path, init);
        await response.body?.cancel();
        if (!statuses.has(response.status)) undocumented.push(`${method} ${operation.path} with ${name} → ${response.status}`);
      };
      await Promise.all(probes.map(probe));
      // Last: the owner's own key with an empty body may change things (e.g. rotate the key).
      await probe([
        'the owner key',
        concrete(operation.path, shop.shopId),
        { method, headers: { ...json, ...owner }, ...(hasBody(operation) ? { body: '{}' } : {}) },
      ]);
    }
    expect(undocumented).toEqual([]);
  }, 60_000);
});

describe('Method check under /v1', () => {
  it('should answer a wrong method with 405 and Allow listing exactly the documented methods of that path', async () => {
    const { shopId } = await createShop();
    const byPath = new Map<string, Set<string>>();
    for (const { method, path } of operations) byPath.set(path, (byPath.get(path) ?? new Set()).add(method.toUpperCase()));
    for (const [path, methods] of byPath) {
      const expected = new Set(methods);
      if (expected.has('GET')) expected.add('HEAD');
      expected.add('OPTIONS');
      const wrong = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].find((method) => !expected.has(method))!;
      const response = await call(concrete(path, shopId), { method: wrong });
      expect(response.status, `${wrong} ${path}`).toBe(405);
      expect(new Set(response.headers.get('Allow')!.split(', ')), `Allow of ${path}`).toEqual(expected);
      expect((await response.json<Json>()).error.code).toBe('method_not_allowed');
      const options = await call(concrete(path, shopId), { method: 'OPTIONS' });
      expect(options.status, `OPTIONS ${path}`).toBe(204);
      expect(new Set(options.headers.get('Allow')!.split(', ')), `OPTIONS Allow of ${path}`).toEqual(expected);
    }
  });

  it('should answer 405 before asking for the owner key (PATCH …/summary without a key)', async () => {
    const { shopId } = await createShop();
    const response = await call(`/v1/shops/${shopId}/summary`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('should answer unknown /v1 paths with 404 JSON, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      for (const path of ['/v1/nothing', '/v1/shops/demo/nothing', '/v1/shops/demo/summary/extra', '/v1/']) {
        const response = await call(path, { method });
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(response.headers.get('Allow'), `${method} ${path}`).toBeNull();
        expect(await response.json(), `${method} ${path}`).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
      }
    }
  });
});

/** Whether a JSON schema (OpenAPI 3.1) accepts null. */
function admitsNull(raw: Json): boolean {
  const schema = resolve(raw);
  if (schema.allOf) return schema.allOf.every(admitsNull);
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf).some(admitsNull);
  if (schema.enum && !schema.enum.includes(null)) return false;
  if (schema.const !== undefined) return schema.const === null;
  if (schema.type === undefined) return true;
  return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'));
}

/** Valid bodies the generic sampler cannot build (rules beyond single properties). */
const BASES: Record<string, Json> = {
  ResponseInput: { clientId: '00000000-0000-4000-8000-000000000000', kind: 'experience', rating: 5 },
  Decision: { decision: 'approve' },
};

/** The least valid value of a JSON schema: required properties only, smallest values, examples where given. */
function sample(raw: Json): unknown {
  const schema = resolve(raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf ?? schema.oneOf) return sample((schema.anyOf ?? schema.oneOf)[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(((schema.required ?? []) as string[]).map((key) => [key, sample(schema.properties[key])]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      return 'a'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return null;
  }
}

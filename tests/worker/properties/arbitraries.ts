// Generators of hostile input for the property tests: strings, numbers, JSON, headers and request bodies shaped
// after the OpenAPI document (so a new endpoint or field is fuzzed without touching this file).
import fc from 'fast-check';

// ---- strings ------------------------------------------------------------------------------------------

/** Pieces people (and attackers) really send: emoji, RTL, combining marks, controls, surrogate halves, markup, SQL, formulas. */
const NASTY_PIECES = [
  '👍',
  '👨‍👩‍👧‍👦',
  '🇵🇱',
  '\u200D',
  '\uFE0F', // emoji, ZWJ sequences, flags, variation selectors
  'مرحبا',
  'שלום',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u200F', // RTL text and bidi overrides
  'Z\u0061\u0301\u017C',
  'e\u0301',
  '\u0301\u0301\u0301',
  'ﬁ',
  'Å', // combining marks, NFC/NFKC traps
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\r\n',
  '\r',
  '\t',
  '\u2028',
  '\u2029', // controls and line breaks
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\uDC00\uD800', // surrogate halves, the last code point, reversed pair
  '\uFFFE',
  '\uFFFF',
  '\uFEFF', // non-characters and BOM
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE responses; --",
  '" OR 1=1 --',
  '%',
  '%00',
  '%2F',
  '../..',
  '\\',
  '=HYPERLINK("http://evil")',
  '+1',
  '-1',
  '@SUM(A1)',
  '=1+1',
  '{"a":1}',
  '[]',
  'null',
  'NaN',
  'Infinity',
  '1e309',
  '-0',
  '0x10',
  ' ',
  '  ',
  'łódź',
  'Příliš žluťoučký',
];

const nastyPiece = fc.constantFrom(...NASTY_PIECES);

/** Any string, weighted towards the nasty: pieces above glued with arbitrary UTF-16 (lone surrogates included). */
export const nastyString = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(nastyPiece, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      maxLength: 6,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '\u0000', 'a'.repeat(129), '👍'.repeat(4001), 'ł'.repeat(4001), 'x'.repeat(20_000)),
  },
);

/** A very long string: beyond every field's limit and the 16 KB body limit, up to about 1 MB. */
export const hugeString = fc
  .tuple(fc.constantFrom('a', 'ł', '👍', '\u0000', '\uD800', 'مرحبا ', 'e\u0301'), fc.integer({ min: 17_000, max: 1_000_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

// ---- numbers ------------------------------------------------------------------------------------------

/** JSON can carry no NaN or Infinity (they serialise to null), so the edges are huge, negative, fractional and unsafe integers. */
export const nastyNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    4.999,
    5.0000001,
    10.5,
    11,
    -2147483649,
    2 ** 31,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 63),
    1e308,
    -1e308,
    5e-324,
    Number.MAX_VALUE,
  ),
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(Number),
);

/** Numbers as they appear in query strings and raw JSON text, where NaN and Infinity can be spelled. */
export const numberText = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    '0x1F',
    '1_000',
    '٣',
    '１',
    '+5',
    ' 5 ',
    '5.',
    '.5',
    '1e2',
    '-0',
    '9007199254740993',
    '99999999999999999999999',
  ),
  nastyNumber.map(String),
);

// ---- JSON ---------------------------------------------------------------------------------------------

/** Arbitrary JSON values, deep and wide, with nasty strings and numbers as leaves. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    nastyNumber,
    nastyString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

/** Raw body text that is not (quite) JSON, or JSON with what JSON.stringify never writes. */
export const brokenJsonText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '}',
    '[',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    '{"rating":NaN}',
    '{"rating":Infinity}',
    '{"nps":-Infinity}',
    '{"rating":1e309}',
    '{"rating":5}garbage',
    'null',
    'true',
    '"x"',
    '0',
    '\uFEFF{}',
    '{"__proto__":{"admin":true}}',
    '{"a":"\\uD800"}',
    '{"a":"\\u0000"}',
    '{"a":1}{"b":2}',
    '\u0000',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  numberText,
);

// ---- bodies shaped after the OpenAPI document -------------------------------------------------------------

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

export type Components = Record<string, JsonSchema>;

const PLAUSIBLE_TEXT = [
  'https://shop.example',
  'pl',
  'pl-PL',
  'cs',
  'en-GB',
  'vip',
  'mobile-app',
  'mug',
  'c-1',
  'c-2',
  'o-1',
  'Świetny kubek 👍',
  'broken, late delivery',
  'Dobrá cena',
];

/** The plausible texts a pattern of the document accepts (zod writes JS regexes, sometimes with their flags). */
function matching(pattern: string): string[] {
  const [, source = pattern, flags = ''] = /^(.*)\/([a-z]*)$/.exec(pattern) ?? [];
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags.includes('u') ? 'u' : '');
  } catch {
    return PLAUSIBLE_TEXT;
  }
  const found = PLAUSIBLE_TEXT.filter((text) => regex.test(text));
  return found.length ? found : PLAUSIBLE_TEXT;
}

/** Valid-looking values of the shapes the API knows, so generated bodies get past the first checks and deeper in. */
function plausible(schema: JsonSchema, components: Components, depth: number, wild = true): fc.Arbitrary<unknown> {
  if (schema.$ref) return plausible(components[schema.$ref.split('/').at(-1)!] ?? {}, components, depth, wild);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => plausible(variant, components, depth, wild)));
  if (schema.allOf?.length) return plausible(Object.assign({}, ...schema.allOf), components, depth, wild);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(schema, components, depth + 1, wild);
    case 'array':
      return fc.array(schema.items ? valueFor(schema.items, components, depth + 1, wild) : nastyJson, { maxLength: 4 });
    case 'integer':
    case 'number': {
      const inRange = fc.integer({
        min: schema.minimum ?? -2,
        max: Math.min(schema.maximum ?? 12, (schema.minimum ?? 0) + 5000),
      });
      return wild ? fc.oneof(inRange, fc.integer({ min: -2, max: 12 }), nastyNumber) : inRange;
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'uri') return fc.constantFrom('https://hooks.invalid/x', 'ftp://x', 'http://', 'javascript:alert(1)');
      if (schema.format === 'date') return fc.constantFrom('2026-11-23', '2026-02-30', '0000-01-01', '9999-12-31', '2026-1-1');
      if (wild) return fc.oneof(fc.constantFrom('a', 'pl', 'pl-PL', 'vip', 'mug', 'c-1', 'o-1'), nastyString);
      return schema.pattern
        ? fc.constantFrom(...matching(schema.pattern))
        : fc.oneof(fc.constantFrom(...PLAUSIBLE_TEXT), nastyString);
    default:
      return nastyJson;
  }
}

/** A value for a field: mostly plausible, sometimes anything at all, sometimes null. */
export function valueFor(schema: JsonSchema, components: Components, depth = 0, wild = true): fc.Arbitrary<unknown> {
  if (!wild) return plausible(schema, components, depth, false);
  return fc.oneof(
    { weight: 6, arbitrary: plausible(schema, components, depth) },
    { weight: 1, arbitrary: nastyJson },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** What a real widget sends in the spam-signal fields (anything else is refused as spam, before the database). */
const TAME_FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  website: fc.constant(''),
  elapsedMs: fc.integer({ min: 1500, max: 3_600_000 }),
};

/** Values of fields that must name something real to get anywhere (e.g. `responseId`: ids of stored answers). */
export function setTameField(name: string, values: fc.Arbitrary<unknown>): void {
  TAME_FIELDS[name] = values;
}

function objectOf(
  schema: JsonSchema,
  components: Components,
  depth: number,
  wild: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), nastyJson, { maxKeys: 3 });
  const field = (name: string, schema: JsonSchema) => (!wild && TAME_FIELDS[name]) || valueFor(schema, components, depth, wild);
  const known = fc.record(Object.fromEntries(properties.map(([name, schema]) => [name, field(name, schema)])), {
    // Tame answers carry the spam-signal fields, as the widget always does.
    requiredKeys: wild
      ? []
      : [...(schema.required ?? []), ...Object.keys(TAME_FIELDS)].filter((name) => name in (schema.properties ?? {})),
  });
  const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')), nastyJson, {
    maxKeys: 2,
  });
  if (!wild) return known;
  return fc.tuple(known, extra).map(([fields, more]) => ({ ...more, ...fields }));
}

/**
 * A request body for an endpoint: shaped after its schema, arbitrary JSON or broken JSON text; `tame` bodies keep
 * every field plausible (nasty strings aside), so that many pass validation and reach the handler and the database.
 */
export function bodyFor(schema: JsonSchema | undefined, components: Components, tame = false): fc.Arbitrary<string> {
  if (tame && schema) return plausible(schema, components, 0, false).map((value) => JSON.stringify(value) ?? 'null');
  return fc.oneof(
    {
      weight: 6,
      arbitrary: (schema ? plausible(schema, components, 0) : nastyJson).map((value) => JSON.stringify(value) ?? 'null'),
    },
    { weight: 2, arbitrary: nastyJson.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 2, arbitrary: brokenJsonText },
  );
}

// ---- headers ------------------------------------------------------------------------------------------

/**
 * Header values must be byte strings without CR, LF or NUL (fetch refuses others before a request exists); kept to
 * ASCII, since workerd re-encodes anything above as UTF-8 (and warns about each one).
 */
export const headerJunk = fc
  .string({ unit: fc.integer({ min: 0x01, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 300 })
  .map((value) => value.replace(/[\r\n]/g, ''));

export const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json;charset=latin1',
    'application/json ; charset=utf-8',
    'application/jsonx',
    'application/ld+json',
    'application/merge-patch+json',
    'text/json',
    'text/plain',
    'text/plain; a=application/json',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
    undefined,
  ),
  headerJunk,
);

export function authorizations(ownerKey: () => string, otherShopKey: string) {
  return fc
    .oneof(
      { weight: 5, arbitrary: fc.constant('valid' as const) },
      {
        weight: 3,
        arbitrary: fc.oneof(
          fc.constantFrom(
            undefined,
            '',
            'Bearer',
            'Bearer ',
            'bearer',
            'Basic YWRtaW46YWRtaW4=',
            'Bearer null',
            'Bearer undefined',
            'Bearer opk_',
            `Bearer ${otherShopKey}`,
            `Bearer ${otherShopKey} extra`,
            `Bearer ${'A'.repeat(8000)}`,
            'Bearer \u0001\u007f',
          ),
          headerJunk,
          headerJunk.map((junk) => `Bearer ${junk}`),
        ),
      },
    )
    .map((choice) => (choice === 'valid' ? `Bearer ${ownerKey()}` : choice));
}

export const origins = fc.oneof(
  fc.constantFrom(
    undefined,
    'https://shop.example',
    'https://SHOP.example',
    'https://shop.example.evil',
    'https://evil.example',
    'null',
    '',
    'http://localhost:3000',
    'http://127.0.0.1',
    'file://',
    'https://shop.example:443',
    'https://shop.example/',
  ),
  headerJunk,
);

/** A Content-Length that does not match the body (workerd passes the header through when a worker builds the Request). */
export const contentLengthLies = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('0', '1', '-1', '16384', '16385', '99999999999', 'abc', '1e3', ' 5', '0x10') },
);

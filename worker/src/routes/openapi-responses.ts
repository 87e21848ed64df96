import { ErrorSchema } from '../../../shared/schemas.ts';

/** The documented error answers, all in the one JSON error shape. */
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const descriptions: Record<ErrorStatus, string> = {
    400: 'Malformed JSON, a schema violation (see `issues`), an invalid id in the path or query, or a Content-Length that is not a number.',
    401: 'Missing or wrong owner key.',
    403: 'An origin the shop does not list, or the owner key of another shop.',
    404: 'Unknown shop, or no such item in it.',
    409: 'Conflicts with what is stored (e.g. an order token already used).',
    413: 'Body over 16 KB (16384 bytes).',
    415: 'A body that is not declared as application/json.',
    422: 'Refused as spam (see the description).',
    429: 'Too many requests; see Retry-After.',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
}

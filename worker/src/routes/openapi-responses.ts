import { ErrorSchema } from '../../../shared/schemas.ts';

/** The documented error answers, all in the one JSON error shape. */
export function errorResponses<S extends 400 | 401 | 403 | 404 | 413>(...statuses: S[]) {
  const descriptions: Record<400 | 401 | 403 | 404 | 413, string> = {
    400: 'Malformed JSON or a schema violation (see `issues`).',
    401: 'Missing or wrong owner key.',
    403: 'The request comes from an origin the shop does not list.',
    404: 'Unknown shop.',
    413: 'Body over 16 KB.',
  };
  return Object.fromEntries(
    statuses.map((status) => [status, { description: descriptions[status], content: { 'application/json': { schema: ErrorSchema } } }]),
  ) as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
}

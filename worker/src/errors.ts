import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError as ApiErrorBody } from '../../shared/schemas.ts';

type Issue = NonNullable<ApiErrorBody['error']['issues']>[number];

/** An error a client caused or must know about; always answered as `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly issues: Issue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: { issues?: Issue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

export function errorBody(code: string, message: string, issues?: Issue[]): ApiErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
    code: issue.code,
  }));
}

export function invalidRequest(error: z.ZodError): ApiError {
  return new ApiError(400, 'invalid_request', 'The request does not match the schema; see issues.', { issues: zodIssues(error) });
}

/** The hook every validated route uses: a schema violation is a 400 with its issues. */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }, _c: Context): void {
  if (!result.success) throw invalidRequest(result.error);
}

const HTTP_EXCEPTION_CODES: Record<number, string> = {
  400: 'malformed_request',
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Failures of the database (D1 down, overloaded or timing out): the client should simply retry. */
export function isStorageUnavailable(error: unknown): boolean {
  const message =
    error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  if (/SQLITE_CONSTRAINT|SQLITE_ERROR|no such (table|column)/i.test(message)) return false; // our bug, not an outage
  return /D1_|SQLITE_BUSY|database is locked|Network connection lost|timed? ?out|overloaded|storage/i.test(message);
}

export const onError: ErrorHandler = (error, c) => {
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message, error.issues), error.status, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const message = error.message || 'The request could not be read.';
    return c.json(errorBody(HTTP_EXCEPTION_CODES[error.status] ?? 'bad_request', message), error.status as ContentfulStatusCode);
  }
  if (isStorageUnavailable(error)) {
    console.error('storage unavailable', error instanceof Error ? error.message : String(error));
    return c.json(
      errorBody('unavailable', 'Storage is briefly unavailable. Please retry the same request (retries never duplicate).'),
      503,
      { 'Retry-After': '2' },
    );
  }
  console.error('unhandled error', error instanceof Error ? (error.stack ?? error.message) : String(error));
  return c.json(errorBody('internal_error', 'Something went wrong on our side. Please try again.'), 500);
};

export const notFound: NotFoundHandler = (c) =>
  c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404);

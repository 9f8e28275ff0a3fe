import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { ErrorCode, ErrorResponse } from '../rules/api/schemas.ts';

const statusOf: Record<ErrorCode, number> = {
  invalid_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

/** An error meant for the client: a stable code and a Swedish message fit to show a user. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: (string | number)[]; message: string }[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return statusOf[this.code];
  }
}

export function issuesOf(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message }));
}

/** Parses with a zod schema or throws a 400 with zod's findings. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, message = 'Förfrågan är ogiltig.'): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError('invalid_request', message, issuesOf(result.error));
  return result.data;
}

export function errorBody(error: ApiError): ErrorResponse & Record<string, unknown> {
  return {
    error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    ...error.extra,
  };
}

/** Rejects bodies that are not JSON before they are read (415). */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!['POST', 'PUT', 'PATCH'].includes(req.method) || !hasBody || req.is('application/json')) return next();
  next(new ApiError('unsupported_media_type', 'Skicka innehållet som JSON (Content-Type: application/json).'));
};

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/** Maps body-parser failures to typed Swedish errors; their messages may quote the body, so they are never passed on. */
function fromBodyParser(error: BodyParserError): ApiError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new ApiError('payload_too_large', 'Förfrågan är för stor.');
    case 'entity.parse.failed':
      return new ApiError('invalid_request', 'Förfrågan är inte giltig JSON.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError('unsupported_media_type', 'Skicka innehållet som JSON i UTF-8.');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return new ApiError('invalid_request', 'Förfrågan kunde inte läsas.');
    default:
      return undefined;
  }
}

export interface ErrorLog {
  error(object: Record<string, unknown>, message: string): void;
}

/** The last middleware: every error becomes the API's error shape; unexpected ones are logged without their message. */
export function errorHandler(log: ErrorLog): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    let apiError = error instanceof ApiError ? error : fromBodyParser(error as BodyParserError);
    if (!apiError) {
      const unexpected = error as Error;
      // The stack's first line repeats the message, which may quote request data.
      log.error({ err: { type: unexpected?.name ?? typeof error, stack: unexpected?.stack?.split('\n').slice(1).join('\n') } }, 'unexpected error');
      apiError = new ApiError('internal', 'Något gick fel hos oss. Försök igen om en stund.');
    }
    if (res.headersSent) return;
    res.status(apiError.status).json(errorBody(apiError));
  };
}

import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import type { ErrorCode, ErrorResponse } from '../rules/api/schemas.ts';

// zod's own messages reach users as `issues` (api.md): make its defaults Swedish for the whole server.
z.config(z.locales.sv());

const statusOf: Record<ErrorCode, number> = {
  invalid_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unresolved_errors: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  quota_exceeded: 409,
  storage_full: 507,
  internal: 500,
  overloaded: 503,
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

/** Errors from Express or its helpers that carry a 4xx status, e.g. a path parameter that is not valid percent-encoding. */
function fromHttpStatus(error: { status?: unknown; statusCode?: unknown } | undefined): ApiError | undefined {
  const status = error?.status ?? error?.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  if (status === 404) return new ApiError('not_found', 'Det finns ingen sådan adress i API:et.');
  if (status === 413) return new ApiError('payload_too_large', 'Förfrågan är för stor.');
  if (status === 415) return new ApiError('unsupported_media_type', 'Skicka innehållet som JSON (Content-Type: application/json).');
  return new ApiError('invalid_request', 'Förfrågan är ogiltig.');
}

/** Only the stack's frames: the lines before them repeat the message, which may quote request data. */
const framesOf = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n')
    : undefined;

export interface ErrorLog {
  error(object: Record<string, unknown>, message: string): void;
}

/** The last middleware: every error becomes the API's error shape; unexpected ones are logged without their message. */
export function errorHandler(log: ErrorLog): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    let apiError = error instanceof ApiError ? error : (fromBodyParser(error as BodyParserError) ?? fromHttpStatus(error as { status?: unknown }));
    if (!apiError) {
      // Only a real Error's frames: any other thrown value's "stack" is just data.
      const unexpected = error instanceof Error ? error : undefined;
      log.error({ err: { type: unexpected?.name ?? typeof error, stack: framesOf(unexpected?.stack) } }, 'unexpected error');
      apiError = new ApiError('internal', 'Något gick fel hos oss. Försök igen om en stund.');
    }
    // Part of an answer is already out: cut the connection so the client sees it fail.
    if (res.headersSent) return void res.destroy();
    // A refusal for load: the client (and the editor) may try again after a moment.
    if (apiError.code === 'overloaded') res.set('Retry-After', '2');
    res.status(apiError.status).json(errorBody(apiError));
  };
}

const clientErrorAnswers: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Förfrågans adress eller huvuden är för långa.'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Förfrågan är för stor.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Förfrågan tog för lång tid att skicka.'],
};

/**
 * Answers requests Node refuses before Express sees them (e.g. 431 for oversized headers) in the
 * API's error shape instead of an empty body. Replaces Node's default 'clientError' handler.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { headersSent?: boolean } }) => {
    // Node's own rule: never write into an answer that has already started.
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) return void socket.destroy();
    const [status, message] = clientErrorAnswers[error.code ?? ''] ?? [400, 'Förfrågan kunde inte läsas.'];
    const body = JSON.stringify(errorBody(new ApiError(status === 413 ? 'payload_too_large' : 'invalid_request', message)));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `X-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\nX-Frame-Options: DENY\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

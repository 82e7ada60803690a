/**
 * The one HTTP error type. Services throw these; the central handler turns them into
 * application/problem+json. Each factory has a stable snake_case code.
 */
export interface ProblemDetail {
  in: 'body' | 'query' | 'path' | 'header';
  /** A body's JSON pointer (for an imported file also the line and field in it), or a parameter's name. */
  location: { pointer: string; line?: number; field?: string } | { name: string };
  code: string;
  detail: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly extra: { errors?: ProblemDetail[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}

export const badRequest = (detail: string, errors: ProblemDetail[]) =>
  new HttpError(400, 'validation_failed', 'Invalid input', detail, { errors });

/** One problem in the body at a JSON pointer, as a 400. */
export const invalidField = (pointer: string, code: string, detail: string) =>
  badRequest(detail, [{ in: 'body', location: { pointer }, code, detail }]);

export const unauthenticated = (detail = 'Sign in or send a valid bearer token.') =>
  new HttpError(401, 'unauthenticated', 'Not authenticated', detail, {
    headers: { 'WWW-Authenticate': 'Bearer realm="kring"' },
  });

export const forbidden = (detail = 'Your role does not allow this.') => new HttpError(403, 'forbidden', 'Forbidden', detail);

export const notFound = (what: string) => new HttpError(404, 'not_found', 'Not found', `${what} was not found.`);

export const conflict = (detail: string, existing?: { id: string; href?: string }) =>
  new HttpError(409, 'conflict', 'Conflict', detail, existing ? { existing } : {});

export const preconditionFailed = (currentVersion: number) =>
  new HttpError(412, 'precondition_failed', 'Precondition failed', 'The record was changed by someone else; reload it and try again.', {
    currentVersion,
  });

export const preconditionRequired = () =>
  new HttpError(428, 'precondition_required', 'Precondition required', 'Send an If-Match header with the ETag of the version you edited.');

export const unsupportedMediaType = (type: string | undefined) =>
  new HttpError(415, 'unsupported_media_type', 'Unsupported media type', `Send application/json, not ${type ?? 'no content type'}.`);

export const payloadTooLarge = (limit: number) =>
  new HttpError(413, 'payload_too_large', 'Payload too large', `The body exceeds ${limit} bytes.`);

export const tooManyRequests = (detail = 'Too many attempts; wait a minute and try again.') =>
  new HttpError(429, 'too_many_requests', 'Too many requests', detail);

export const serviceUnavailable = (detail: string) => new HttpError(503, 'service_unavailable', 'Service unavailable', detail);

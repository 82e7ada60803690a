import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError, payloadTooLarge, unsupportedMediaType, tooManyRequests } from './errors.ts';

const PROBLEM_TYPE = 'application/problem+json';

/** Turns Fastify's own errors into Kring's HttpError; unknown errors stay unknown (500). */
function fromFastifyError(error: FastifyError, bodyLimit: number): HttpError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return payloadTooLarge(bodyLimit);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType(undefined);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'invalid_json', 'Invalid input', 'The body is not valid JSON.', {
        errors: [{ in: 'body', location: { pointer: '' }, code: 'invalid_json', detail: 'The body is not valid JSON.' }],
      });
  }
  if (error.statusCode === 429) return tooManyRequests();
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new HttpError(400, 'invalid_json', 'Invalid input', 'The body is not valid JSON.', {
      errors: [{ in: 'body', location: { pointer: '' }, code: 'invalid_json', detail: 'The body is not valid JSON.' }],
    });
  }
  return undefined;
}

/** The one error handler: every error becomes problem+json; no stack or SQL leaves the server. */
export function installProblemHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof HttpError ? error : fromFastifyError(error, bodyLimit);
    if (!known) {
      request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'unhandled error');
    }
    const problem =
      known ?? new HttpError(500, 'internal_error', 'Internal server error', 'Something went wrong on our side; it has been logged.');
    const { headers, ...extra } = problem.extra;
    for (const [name, value] of Object.entries(headers ?? {})) reply.header(name, value);
    reply
      .code(problem.status)
      .type(PROBLEM_TYPE)
      .send({
        type: `urn:kring:problem:${problem.code}`,
        title: problem.title,
        status: problem.status,
        detail: problem.message,
        code: problem.code,
        instance: request.url.split('?')[0],
        ...extra,
      });
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type(PROBLEM_TYPE)
      .send({
        type: 'urn:kring:problem:not_found',
        title: 'Not found',
        status: 404,
        detail: `No resource at ${request.method} ${request.url.split('?')[0]}.`,
        code: 'not_found',
        instance: request.url.split('?')[0],
      });
  });
}

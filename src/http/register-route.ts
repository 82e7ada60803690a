import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import {
  admit,
  authenticate,
  credentialPrecondition,
  presentedCredential,
  tokenUseDue,
  type AuthenticatedActor,
} from '../modules/access/authenticate.ts';
import { roleAllows, type Role } from '../modules/access/roles.ts';
import { badRequest, forbidden, notFound, unauthenticated, unsupportedMediaType, type ProblemDetail } from './errors.ts';
import type { MemberRead, RouteSpec, WorkspaceActor } from './route.ts';
import { toProblemDetails } from './validation.ts';
import { JsonText } from './json-text.ts';

/** What Fastify names an answer it serialises itself. */
const JSON_UTF8 = 'application/json; charset=utf-8';

const JSON_TYPES = /^application\/(merge-patch\+)?json(;|$)/i;

/** Routes without query parameters still reject unknown ones. */
const noQuery = z.strictObject({});

/** Built once: a zod schema costs more to create than to check. */
const uuid = z.uuid();

/** Registers one route: authenticate → validate everything → authorise → handle → present. */
export function registerRoute(app: FastifyInstance, ctx: AppContext, spec: RouteSpec): void {
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const result = isMemberRead(spec.access)
      ? await handleMemberRead(ctx, spec, request, reply)
      : await handleRequest(ctx, spec, request, reply);
    // A handler may answer another success status (e.g. 201 for a PUT that creates).
    if (reply.statusCode === 200) reply.code(spec.success.status);
    if (result instanceof JsonText) return reply.type(JSON_UTF8).send(result.bytes);
    return spec.success.status === 204 ? reply.send() : result;
  };
  app.route({
    method: spec.method,
    url: spec.url,
    config: spec.operationId === 'createSession' ? { rateLimit: loginRateLimit(ctx) } : {},
    handler: (request, reply) => ctx.inFlight.track(() => handle(request, reply)),
  });
}

async function handleRequest(ctx: AppContext, spec: RouteSpec, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const workspaceId = typeof spec.access === 'object' ? workspaceIdOf(request) : null;
  const actor = await authenticate(ctx, request, workspaceId);
  if (spec.access !== 'public' && actor === null) throw unauthenticated();
  if (spec.access === 'admin' && !actor?.isAdmin) throw forbidden('Only an instance administrator may do this.');

  const { params, query, body, problems } = parseParts(spec, request);
  const scoped = typeof spec.access === 'object' ? authorise(actor!, workspaceId, spec.access.workspace) : actor;
  if (problems.length > 0) throw badRequest(summarise(problems), problems);
  return spec.handler({ params, query, body, actor: scoped, request, reply } as never);
}

/**
 * A member's read: validated first, then handled with the credential check riding on the
 * handler's first query. Whatever the handler did, nothing is answered before the check has
 * admitted the member: a handler's error (a record not found, say) goes out only after it,
 * so that without a credential or membership the answer is 401 or 404 as for every route. A
 * handler that runs no query (a search for nothing) is checked on its own afterwards.
 */
async function handleMemberRead(ctx: AppContext, spec: RouteSpec, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const workspaceId = workspaceIdOf(request);
  const credential = presentedCredential(request);
  if (credential === null) throw unauthenticated();
  const { params, query, body, problems } = parseParts(spec, request);
  // Rejected input is answered as elsewhere, 401, 404 and 403 coming before 400.
  if (problems.length > 0 || workspaceId === null) return handleRequest(ctx, spec, request, reply);

  const check = credentialPrecondition(ctx.db.kysely, credential, workspaceId);
  const admitted = async () => {
    // Rows read through the check show a live credential and a role in the workspace; the
    // check's row is read only to record a token's use (admit), at most once an hour.
    if (check.heldWithoutRow && !tokenUseDue(credential)) return;
    const actor = await admit(ctx, request, credential, await check.row(ctx.db.kysely));
    if (actor === null) throw unauthenticated();
    authorise(actor, workspaceId, 'viewer');
  };
  let result: unknown;
  try {
    result = await spec.handler({ params, query, body, actor: { workspaceId, check }, request, reply } as never);
  } catch (error) {
    await admitted();
    throw error;
  }
  await admitted();
  return result;
}

function isMemberRead(access: RouteSpec['access']): access is MemberRead {
  return typeof access === 'object' && 'checkWithRead' in access;
}

function parseParts(spec: RouteSpec, request: FastifyRequest) {
  const problems: ProblemDetail[] = [];
  const params = parsePart(spec.params, request.params, 'path', problems);
  const query = parsePart(spec.query ?? noQuery, request.query, 'query', problems);
  if (spec.body !== undefined) assertJsonBody(request);
  const body = parsePart(spec.body, request.body ?? undefined, 'body', problems);
  return { params, query, body, problems };
}

function parsePart(schema: z.ZodType | undefined, value: unknown, part: ProblemDetail['in'], problems: ProblemDetail[]): unknown {
  if (schema === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(...toProblemDetails(part, parsed.error));
  return undefined;
}

function assertJsonBody(request: FastifyRequest): void {
  const type = request.headers['content-type'];
  if (type === undefined || !JSON_TYPES.test(type)) throw unsupportedMediaType(type);
}

/** The workspace a request names, when it is a UUID; a malformed one is reported by validation. */
function workspaceIdOf(request: FastifyRequest): string | null {
  const workspaceId = (request.params as { workspaceId?: string }).workspaceId;
  return uuid.safeParse(workspaceId).success ? workspaceId! : null;
}

/** Checks membership and role; a non-member learns nothing about the workspace (404). */
function authorise(actor: AuthenticatedActor, workspaceId: string | null, needed: Role): WorkspaceActor | null {
  if (workspaceId === null) return null;
  const role = actor.workspaceRole;
  if (role === null) throw notFound('Workspace');
  if (!roleAllows(role, needed)) throw forbidden(`This needs the ${needed} role; you are ${role}.`);
  return { userId: actor.userId, isAdmin: actor.isAdmin, via: actor.via, ip: actor.ip, workspaceId, role };
}

function summarise(problems: ProblemDetail[]): string {
  return problems.length === 1 ? (problems[0]?.detail ?? 'Invalid input.') : `${problems.length} problems in the request.`;
}

function loginRateLimit(ctx: AppContext) {
  return {
    max: ctx.config.loginRateLimit,
    timeWindow: '1 minute',
    // Counted once the body is parsed (the default, onRequest, comes before it), per address
    // and account: colleagues behind one office gateway are not locked out by one mistyped
    // password, and changing the e-mail's case does not buy more attempts.
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `${request.ip}|${signInAccount(request.body)}`,
  };
}

/** The account a sign-in names, as the users table holds it (lower case); '' for no e-mail. */
function signInAccount(body: unknown): string {
  const email = (body as { email?: unknown } | null | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

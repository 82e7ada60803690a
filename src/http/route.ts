/**
 * Route definitions: one object per operation with its zod schemas, access rule and
 * handler. The same objects register with Fastify and produce the OpenAPI document.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Role } from '../modules/access/roles.ts';
import type { Precondition } from '../db/precondition.ts';

export type Access = 'public' | 'user' | 'admin' | { workspace: Role } | MemberRead;

/**
 * A read open to every member, whose credential check runs with the read's first query (in
 * the same statement on PostgreSQL; src/db/precondition.ts). Its handler gets a
 * WorkspaceReader and hands `reader.check` to its first query: a query run without it would
 * run before the member is known (the answer still waits for the check).
 */
export interface MemberRead {
  workspace: 'viewer';
  checkWithRead: true;
}

/** Who is asking: set by authentication, narrowed by the access rule. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  via: 'session' | 'token';
  ip: string;
}

export interface WorkspaceActor extends Actor {
  workspaceId: string;
  role: Role;
}

/** A member reading a workspace, whose credential is checked with the first query that is given `check`. */
export interface WorkspaceReader {
  workspaceId: string;
  check: Precondition;
}

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type ActorFor<A> = A extends 'public'
  ? Actor | null
  : A extends MemberRead
    ? WorkspaceReader
    : A extends { workspace: Role }
      ? WorkspaceActor
      : Actor;

export interface HandlerContext<P, Q, B, A> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  actor: ActorFor<A>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  A extends Access = Access,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Fastify-style path, e.g. /api/v1/workspaces/:workspaceId/people */
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Success status and schema; schema undefined means no content. */
  success: {
    status: 200 | 201 | 204;
    schema?: z.ZodType;
    description: string;
    etag?: boolean;
    /** Other media types the handler sends when the client's Accept header asks for them (e.g. application/pdf). */
    alternatives?: string[];
    /** Further success statuses the handler sets itself, with the same body (201 where a dry run answers 200). */
    also?: { status: 201; description: string }[];
  };
  /** Error statuses beyond the ones every route of its kind may answer. */
  errors?: number[];
  handler: (ctx: HandlerContext<P, Q, B, A>) => Promise<unknown>;
}

/** Identity function that infers the handler's types from the schemas. */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  A extends Access = Access,
>(spec: RouteSpec<P, Q, B, A>): RouteSpec {
  return spec as unknown as RouteSpec;
}

import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { expectedVersion, sendEtag } from './etag.ts';
import type { Page } from './pagination.ts';
import type { JsonText } from './json-text.ts';
import { defineRoute, type RouteSpec, type WorkspaceActor, type WorkspaceReader } from './route.ts';
import { recordParams, workspaceParams } from './schemas.ts';

/** What a workspace resource offers; the routes around it are the same for every resource. */
export type CrudResource<
  Q extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  R extends { id: string; version: number },
> = CrudWrites<Q, C, U, R> & (CrudReads<Q, R> | { memberReads: MemberReads<Q, R> });

/** Reads that need the member: their identity or role (a member's own records, say). */
interface CrudReads<Q extends z.ZodType, R> {
  /** A page of records, or its text when the database wrote it as JSON. */
  list(actor: WorkspaceActor, query: z.output<Q>, request: FastifyRequest): Promise<Page<unknown> | JsonText>;
  get(actor: WorkspaceActor, id: string): Promise<R>;
}

/** Reads the same for every member, whose first query carries the credential check (`reader.check`). */
export interface MemberReads<Q extends z.ZodType, R> {
  /** A page of records, or its text when the database wrote it as JSON. */
  list(reader: WorkspaceReader, query: z.output<Q>, request: FastifyRequest): Promise<Page<unknown> | JsonText>;
  get(reader: WorkspaceReader, id: string): Promise<R>;
}

interface CrudWrites<Q extends z.ZodType, C extends z.ZodType, U extends z.ZodType, R extends { id: string; version: number }> {
  tag: string;
  /** Path segment of the collection, e.g. "organisations". */
  collection: string;
  /** Path parameter of one record, e.g. "organisationId". */
  idParam: string;
  /** Singular and plural names for operation ids, e.g. "Organisation", "Organisations". */
  singular: string;
  plural: string;
  schema: z.ZodType;
  page: z.ZodType;
  listQuery: Q;
  createBody: C;
  updateBody: U;
  /** Statuses create and update may answer beyond the usual ones (e.g. 409). */
  writeErrors?: number[];
  /** Statuses delete may answer beyond the usual ones (e.g. 409 while other records still need it). */
  deleteErrors?: number[];
  create(actor: WorkspaceActor, body: z.output<C>): Promise<R>;
  update(actor: WorkspaceActor, id: string, expected: number, body: z.output<U>): Promise<R>;
  remove(actor: WorkspaceActor, id: string): Promise<void>;
}

/** List, create, read, update (If-Match) and delete routes for a workspace resource. */
export function crudRoutes<Q extends z.ZodType, C extends z.ZodType, U extends z.ZodType, R extends { id: string; version: number }>(
  resource: CrudResource<Q, C, U, R>,
): RouteSpec[] {
  const base = `/api/v1/workspaces/:workspaceId/${resource.collection}`;
  const one = `${base}/:${resource.idParam}`;
  const params = recordParams(resource.idParam);
  const idOf = (p: unknown) => (p as Record<string, string>)[resource.idParam] as string;
  const { tag, singular, plural } = resource;
  const lower = singular.toLowerCase();
  const reads = readsOf(resource);

  return [
    defineRoute({
      method: 'GET',
      url: base,
      operationId: `list${plural}`,
      summary: `List ${plural.toLowerCase()}, a page at a time.`,
      tag,
      access: reads.access,
      params: workspaceParams,
      query: resource.listQuery,
      success: { status: 200, description: `A page of ${plural.toLowerCase()}.`, schema: resource.page },
      handler: async ({ actor, query, request }) => reads.list(actor as never, query as z.output<Q>, request),
    }),
    defineRoute({
      method: 'POST',
      url: base,
      operationId: `create${singular}`,
      summary: `Create a ${lower}.`,
      tag,
      access: { workspace: 'editor' },
      params: workspaceParams,
      body: resource.createBody,
      success: { status: 201, description: `The new ${lower}.`, schema: resource.schema, etag: true },
      errors: resource.writeErrors ?? [],
      handler: async ({ actor, body, reply }) => {
        const record = await resource.create(actor, body as z.output<C>);
        sendEtag(reply, record);
        reply.header('Location', `/api/v1/workspaces/${actor.workspaceId}/${resource.collection}/${record.id}`);
        return record;
      },
    }),
    defineRoute({
      method: 'GET',
      url: one,
      operationId: `get${singular}`,
      summary: `One ${lower}.`,
      tag,
      access: reads.access,
      params,
      success: { status: 200, description: `The ${lower}.`, schema: resource.schema, etag: true },
      handler: async ({ actor, params: p, reply }) => {
        const record = await reads.get(actor as never, idOf(p));
        sendEtag(reply, record);
        return record;
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: one,
      operationId: `update${singular}`,
      summary: `Change a ${lower}; send If-Match with its ETag.`,
      tag,
      access: { workspace: 'editor' },
      params,
      body: resource.updateBody,
      success: { status: 200, description: `The ${lower} as changed.`, schema: resource.schema, etag: true },
      errors: resource.writeErrors ?? [],
      handler: async ({ actor, params: p, body, request, reply }) => {
        const record = await resource.update(actor, idOf(p), expectedVersion(request), body as z.output<U>);
        sendEtag(reply, record);
        return record;
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: one,
      operationId: `delete${singular}`,
      summary: `Delete a ${lower} and what hangs on it.`,
      tag,
      access: { workspace: 'editor' },
      params,
      success: { status: 204, description: 'Deleted.' },
      errors: resource.deleteErrors ?? [],
      handler: async ({ actor, params: p }) => resource.remove(actor, idOf(p)),
    }),
  ];
}

/** The resource's reads with the access rule they run under. */
function readsOf<Q extends z.ZodType, R>(resource: CrudReads<Q, R> | { memberReads: MemberReads<Q, R> }) {
  if ('memberReads' in resource) return { ...resource.memberReads, access: { workspace: 'viewer', checkWithRead: true } as const };
  return { list: resource.list, get: resource.get, access: { workspace: 'viewer' } as const };
}

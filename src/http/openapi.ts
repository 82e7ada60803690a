/**
 * Builds the OpenAPI 3.1 document from the route definitions and their zod schemas, so
 * the document can never drift from what the server validates.
 */
import { z } from 'zod';
import { API_VERSION } from '../app/version.ts';
import type { RouteSpec } from './route.ts';

type JsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', description: 'URI naming the kind of problem.' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable snake_case code.' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Every problem in the request, each with where it is.',
      items: {
        type: 'object',
        required: ['in', 'location', 'code', 'detail'],
        properties: {
          in: { type: 'string', enum: ['body', 'query', 'path', 'header'] },
          location: {
            type: 'object',
            properties: {
              pointer: { type: 'string' },
              name: { type: 'string' },
              line: { type: 'integer', description: 'For an imported file: the line of the file, from 1.' },
              field: { type: 'string', description: 'For an imported file: the field of the record on that line.' },
            },
          },
          code: { type: 'string' },
          detail: { type: 'string' },
        },
      },
    },
  },
};

const statusTitles: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not authenticated',
  403: 'Role too low',
  404: 'Not found',
  409: 'Conflicts with an existing record',
  412: 'The record changed since it was read',
  413: 'Body too large',
  415: 'Body is not JSON',
  428: 'If-Match header missing',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Not ready yet; retry after the seconds in Retry-After',
};

/** Converts a zod schema, moving named sub-schemas into components. */
function convert(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  const text = JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENT_PREFIX}`);
  const { $defs, $schema, id, ...rest } = JSON.parse(text) as JsonSchema & { $defs?: Record<string, JsonSchema>; id?: string };
  void $schema;
  for (const [name, def] of Object.entries($defs ?? {})) components[name] = tidy(def);
  if (typeof id === 'string') {
    components[id] = tidy(rest);
    return { $ref: `${COMPONENT_PREFIX}${id}` };
  }
  return tidy(rest);
}

/** Drops regex patterns where a format already says it (uuid, date-time), for a readable document. */
function tidy(schema: JsonSchema): JsonSchema {
  const text = JSON.stringify(schema, (key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const object = value as JsonSchema;
      if (typeof object.format === 'string' && typeof object.pattern === 'string') {
        const { pattern, ...without } = object;
        void pattern;
        return without;
      }
    }
    return key === '$schema' ? undefined : value;
  });
  return JSON.parse(text) as JsonSchema;
}

function parameters(spec: RouteSpec, components: Record<string, JsonSchema>): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [part, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = convert(schema, 'input', components) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...propertySchema } = property;
      list.push({
        name,
        in: part,
        required: part === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  return list;
}

function errorStatuses(spec: RouteSpec): number[] {
  const statuses = new Set<number>(spec.errors ?? []);
  const hasInput = spec.params || spec.query || spec.body;
  if (hasInput || ['POST', 'PUT', 'PATCH'].includes(spec.method)) statuses.add(400);
  if (spec.access !== 'public') statuses.add(401);
  if (spec.access === 'admin' || typeof spec.access === 'object') statuses.add(403);
  if (spec.params) statuses.add(404);
  if (spec.body) statuses.add(415).add(413);
  if (spec.method === 'PATCH') statuses.add(412).add(428);
  statuses.add(500);
  return [...statuses].sort();
}

/** The OpenAPI 3.1 document for the given routes. */
export function buildOpenApiDocument(routes: RouteSpec[]): JsonSchema {
  const components: Record<string, JsonSchema> = { Problem: problemSchema };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<string>();

  for (const spec of routes) {
    const path = spec.url.replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}') || '/';
    tags.add(spec.tag);
    const success = (description: string): JsonSchema => ({
      description,
      headers: {
        'API-Version': { $ref: '#/components/headers/API-Version' },
        ...(spec.success.etag ? { ETag: { $ref: '#/components/headers/ETag' } } : {}),
      },
      ...(spec.success.schema || spec.success.alternatives
        ? {
            content: {
              ...(spec.success.schema ? { 'application/json': { schema: convert(spec.success.schema, 'output', components) } } : {}),
              ...Object.fromEntries(
                (spec.success.alternatives ?? []).map((mediaType) => [mediaType, { schema: { type: 'string', format: 'binary' } }]),
              ),
            },
          }
        : {}),
    });
    const responses: Record<string, JsonSchema> = {
      [spec.success.status]: success(spec.success.description),
      ...Object.fromEntries((spec.success.also ?? []).map((other) => [other.status, success(other.description)])),
    };
    for (const status of errorStatuses(spec)) {
      responses[status] = {
        description: statusTitles[status] ?? 'Error',
        headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
        content: { 'application/problem+json': { schema: { $ref: `${COMPONENT_PREFIX}Problem` } } },
      };
    }
    const operation: JsonSchema = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...parameters(spec, components), ...(spec.method === 'PATCH' ? [{ $ref: '#/components/parameters/IfMatch' }] : [])],
      ...(spec.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: convert(spec.body, 'input', components) } } } }
        : {}),
      responses,
      ...(spec.access === 'public' ? { security: [] } : {}),
    };
    paths[path] = { ...paths[path], [spec.method.toLowerCase()]: operation };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Kring API',
      version: API_VERSION,
      description:
        'Kring maps a professional network around a theme: organisations, people, relations, themes and notes, per workspace. Errors are application/problem+json (RFC 9457) listing every problem with its location.',
      contact: { name: 'Kring', email: 'kring@example.org', url: 'https://example.org/kring' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    // Relative, so the document is right whichever address the server is reached at.
    servers: [{ url: '/api/v1', description: 'This Kring server' }],
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      headers: {
        'API-Version': { description: 'The full version of the API.', schema: { type: 'string', example: API_VERSION } },
        ETag: { description: 'The version of the record, for If-Match.', schema: { type: 'string' } },
      },
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description: 'The ETag of the version being edited; a stale one gets 412.',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `kring token create` or the settings page.' },
        session: { type: 'apiKey', in: 'cookie', name: 'kring_session' },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  };
}

import { z } from 'zod';
import type { FastifyRequest } from 'fastify';

/** Query fields every list accepts. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200.'),
  cursor: z
    .string()
    .max(500)
    .optional()
    .transform((raw, ctx) => {
      const cursor = decodeCursor(raw);
      if (cursor === null) {
        ctx.addIssue({ code: 'custom', message: 'Not a cursor from links.next.' });
        return z.NEVER;
      }
      return cursor;
    })
    .describe('Opaque cursor from links.next.'),
};

/** A keyset position: the sort value and the id of the last row seen. */
export interface Cursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

/** Decodes a cursor; undefined for none, null for a malformed one. */
export function decodeCursor(raw: string | undefined): Cursor | undefined | null {
  if (raw === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { value: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through: malformed
  }
  return null;
}

/** A list answer: a page of data and the link to the next page when there is one. */
export interface Page<T> {
  data: T[];
  links: { next?: string };
}

/** Builds the next link from the current request URL with the cursor replaced. */
export function nextLink(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, 'http://kring.invalid');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

import { z } from 'zod';

/** Shared zod building blocks for request and response schemas. */
export const uuid = z.uuid({ message: 'Must be a UUID.' });
export const isoDate = z.iso.date({ message: 'Must be a date as YYYY-MM-DD.' });
export const timestamp = z.iso.datetime({ message: 'Must be a UTC date-time.' });

/** A trimmed, non-empty single-line text up to `max` characters. */
export const line = (max = 200) => z.string().trim().min(1, 'Must not be empty.').max(max, `At most ${max} characters.`);

/** Optional free text that may be cleared with null. */
export const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullable().optional();

export const workspaceParams = z.strictObject({ workspaceId: uuid });

/** Path parameters of a record inside a workspace, e.g. recordParams('personId'). */
export const recordParams = <K extends string>(key: K) =>
  z.strictObject({ workspaceId: uuid, [key]: uuid } as { workspaceId: typeof uuid } & Record<K, typeof uuid>);

/** The `sort` query parameter over the given fields, each ascending or with - descending. */
export const sortParam = <const F extends string>(fields: readonly F[], fallback: F) =>
  z
    .enum([...fields, ...fields.map((f) => `-${f}` as `-${F}`)] as [F | `-${F}`, ...(F | `-${F}`)[]])
    .default(fallback as never)
    .describe(`Sort field; prefix with - for descending. One of: ${fields.join(', ')}.`);

/** The version fields every mutable record carries. */
export const versioned = {
  version: z.number().int().describe('Changes on every update; send it back as If-Match.'),
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** A list answer around an item schema. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), links: z.object({ next: z.string().optional().describe('The next page, when there is one.') }) });

/** A yes-or-no query parameter, sent as `true` or `false`; unset when absent. */
export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

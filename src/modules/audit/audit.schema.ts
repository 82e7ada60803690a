import { z } from 'zod';
import { auditActions } from '../../domain/vocabulary.ts';
import { pageQuery } from '../../http/pagination.ts';
import { pageOf, timestamp, uuid } from '../../http/schemas.ts';

export const auditEventSchema = z
  .object({
    id: z.number().int().describe('Ascending in the order the events were recorded.'),
    at: timestamp,
    action: z.string().describe('create, update, delete, import or export.'),
    subjectType: z.string().describe('The kind of record, e.g. person, relation, note, membership.'),
    subjectId: z.string().nullable(),
    actorId: uuid.nullable().describe('The member who did it; null for the command line.'),
    actorName: z.string().nullable().describe('Null when the account no longer exists.'),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventRecord = z.infer<typeof auditEventSchema>;

export const listAuditEventsQuery = z
  .strictObject({
    ...pageQuery,
    action: z.enum(auditActions).optional(),
    subjectType: z.string().trim().min(1).max(50).optional().describe('Only events on this kind of record.'),
    subjectId: z.string().trim().min(1).max(100).optional().describe('Only events on this record.'),
    actorId: uuid.optional().describe('Only what this member did.'),
  })
  // The log's cursor is an event's id: any other cursor is not from this list's links.next.
  .refine((query) => query.cursor === undefined || Number.isSafeInteger(Number(query.cursor.id)), {
    path: ['cursor'],
    message: 'Not a cursor from links.next.',
  });
export type ListAuditEventsQuery = z.infer<typeof listAuditEventsQuery>;

export const auditEventPage = pageOf(auditEventSchema);

/**
 * Types of answers whose schemas live beside their routes, for the web client. Type-only
 * imports: nothing of the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type { auditActions } from '../domain/vocabulary.ts';
import type { auditEventSchema } from '../modules/audit/audit.schema.ts';
import type { personalDataSchema } from '../modules/personal-data/personal-data.schema.ts';
import type { relationTypeSchema } from '../modules/relations/relation.schema.ts';
import type { currentSession } from '../modules/sessions/session.routes.ts';
import type { clientConfigSchema, setupStateSchema } from '../modules/setup/setup.routes.ts';
import type { newTokenSchema, tokenSchema } from '../modules/tokens/token.routes.ts';

export type ApiToken = z.infer<typeof tokenSchema>;
export type NewApiToken = z.infer<typeof newTokenSchema>;
export type CurrentSession = z.infer<typeof currentSession>;
export type ClientConfig = z.infer<typeof clientConfigSchema>;
export type SetupState = z.infer<typeof setupStateSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type PersonalData = z.infer<typeof personalDataSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditAction = (typeof auditActions)[number];

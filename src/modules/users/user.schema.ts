import { z } from 'zod';
import { line, uuid } from '../../http/schemas.ts';

export const email = z
  .email({ message: 'Must be an e-mail address.' })
  .max(254)
  .transform((v) => v.toLowerCase());
export const password = z.string().min(12, 'At least 12 characters.').max(256, 'At most 256 characters.');
export const locale = z.enum(['nl', 'en']);

export const userSchema = z
  .object({
    id: uuid,
    email: z.string(),
    name: z.string(),
    isAdmin: z.boolean(),
    locale: locale.nullable(),
    personId: uuid.nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const updateMeBody = z.strictObject({ name: line(120).optional(), locale: locale.nullable().optional() });
export const createUserBody = z.strictObject({ email, name: line(120), password, isAdmin: z.boolean().default(false) });

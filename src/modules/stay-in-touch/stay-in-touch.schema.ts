import { z } from 'zod';
import { isoDate, uuid } from '../../http/schemas.ts';
import { actionSchema } from '../actions/action.schema.ts';

export const stayInTouchQuery = z.strictObject({
  on: isoDate.optional().describe('The day to judge from; today by default.'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('At most this many people and this many actions, 1–200.'),
});
export type StayInTouchQuery = z.infer<typeof stayInTouchQuery>;

export const overdueContactSchema = z
  .object({
    personId: uuid,
    name: z.string(),
    everyDays: z.number().int(),
    reason: z
      .enum(['chosen', 'key_figure'])
      .describe('chosen: your own cadence; key_figure: high power (4–5) in the latest assessment on an active theme.'),
    themeIds: z.array(uuid).describe('For a key figure: the active themes on which they have high power.'),
    lastContactOn: isoDate.nullable(),
    dueOn: isoDate.nullable().describe('The day contact was due; null when there never was any.'),
    daysOverdue: z.number().int().nullable().describe('Days past due on the given day; null when never contacted.'),
  })
  .meta({ id: 'OverdueContact' });
export type OverdueContact = z.infer<typeof overdueContactSchema>;

export const stayInTouchSchema = z
  .object({
    on: isoDate,
    people: z.array(overdueContactSchema).describe('Never contacted first, then the most overdue.'),
    actions: z.array(actionSchema).describe('Your open actions due before the day, oldest first.'),
  })
  .meta({ id: 'StayInTouch' });
export type StayInTouch = z.infer<typeof stayInTouchSchema>;

import type { AppContext } from '../../app/context.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { todayIso } from '../../lib/clock.ts';
import * as actions from '../actions/action.repository.ts';
import { resolveFilters } from '../actions/action.service.ts';
import { HIGH } from '../stakeholder-assessments/stakeholder-classification.ts';
import { allOwnCadences } from './contact-cadence.repository.ts';
import { contactsOf, keyFigureAssessments } from './stay-in-touch.repository.ts';
import type { OverdueContact, StayInTouch, StayInTouchQuery } from './stay-in-touch.schema.ts';

/**
 * Key figures by role: whoever has high power in the latest assessment on an active theme.
 * Those the grid says to manage closely (high interest too) are due every 60 days, those to
 * keep satisfied every 90. A member's own cadence for a person overrides both.
 */
export const KEY_FIGURE_DAYS = { manageClosely: 60, keepSatisfied: 90 } as const;

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

interface Wanted {
  everyDays: number;
  reason: OverdueContact['reason'];
  themeIds: string[];
}

/** Whom the member wants to keep in touch with, and how often. */
async function wantedContacts(ctx: AppContext, actor: WorkspaceActor): Promise<Map<string, Wanted>> {
  const db = ctx.db.kysely;
  const wanted = new Map<string, Wanted>();
  for (const row of await keyFigureAssessments(db, actor.workspaceId, HIGH)) {
    const everyDays = row.interest >= HIGH ? KEY_FIGURE_DAYS.manageClosely : KEY_FIGURE_DAYS.keepSatisfied;
    const known = wanted.get(row.partyId);
    if (known) {
      known.everyDays = Math.min(known.everyDays, everyDays);
      known.themeIds.push(row.themeId);
    } else wanted.set(row.partyId, { everyDays, reason: 'key_figure', themeIds: [row.themeId] });
  }
  for (const cadence of await allOwnCadences(db, actor.workspaceId, actor.userId)) {
    wanted.set(cadence.personId, {
      everyDays: cadence.everyDays,
      reason: 'chosen',
      themeIds: wanted.get(cadence.personId)?.themeIds ?? [],
    });
  }
  return wanted;
}

/** The people the member has not spoken to within their cadence, and the member's overdue actions. */
export async function stayInTouch(ctx: AppContext, actor: WorkspaceActor, query: StayInTouchQuery): Promise<StayInTouch> {
  const on = query.on ?? todayIso();
  const wanted = await wantedContacts(ctx, actor);
  const contacts = await contactsOf(ctx.db.kysely, [...wanted.keys()]);
  const overdue: (OverdueContact & { sortName: string })[] = [];
  for (const [personId, want] of wanted) {
    const person = contacts.get(personId);
    if (!person) continue;
    const dueOn = person.lastContactOn ? addDays(person.lastContactOn, want.everyDays) : null;
    if (dueOn !== null && dueOn >= on) continue;
    overdue.push({
      personId,
      name: person.name,
      sortName: person.sortName,
      ...want,
      themeIds: [...want.themeIds].sort(),
      lastContactOn: person.lastContactOn,
      dueOn,
      daysOverdue: dueOn === null ? null : daysBetween(dueOn, on),
    });
  }
  overdue.sort(
    (a, b) => (b.daysOverdue ?? Infinity) - (a.daysOverdue ?? Infinity) || (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0),
  );
  const filters = await resolveFilters(ctx, actor, {
    owner: 'me',
    done: false,
    dueBefore: on,
    sort: 'dueOn',
    limit: query.limit,
    cursor: undefined,
  });
  const actionRows = await actions.listActions(ctx.db.kysely, actor.workspaceId, filters);
  return {
    on,
    people: overdue.slice(0, query.limit).map(({ sortName: _sortName, ...contact }) => contact),
    actions: actionRows.slice(0, query.limit).map(actions.presentAction),
  };
}

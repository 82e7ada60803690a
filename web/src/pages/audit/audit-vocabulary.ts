import type { TFunction } from 'i18next';
import type { AuditAction, AuditEvent, SearchType } from '../../api/types.ts';
import type { auditLogNl } from '../../i18n/audit-log-texts.ts';

/** Kinds of record that search names too; their labels are the search's. */
const searchableTypes = ['person', 'organisation', 'theme'] as const satisfies readonly SearchType[];
type SearchableType = (typeof searchableTypes)[number];
type OtherSubjectType = keyof typeof auditLogNl.auditLog.subjectTypes;

/** What the log records that someone did, in the order a record lives through them. */
export { auditActions } from '../../api/types.ts';

/** The kinds of record a workspace's log names, as the server writes them. */
export const auditSubjectTypes: readonly string[] = [
  ...searchableTypes,
  ...([
    'relation',
    'relation_type',
    'note',
    'interaction',
    'action',
    'contact_cadence',
    'group',
    'initiative',
    'mandate',
    'knowledge_item',
    'maturity_model',
    'assessment',
    'stakeholder_assessment',
    'engagement_plan',
    'decision',
    'membership',
    'workspace',
    'graph_layout',
  ] satisfies OtherSubjectType[]),
];

const isSearchable = (type: string): type is SearchableType => (searchableTypes as readonly string[]).includes(type);

// An action or kind the log learns later is shown by its own name until it has a label.

/** The label of an action, e.g. "Gewijzigd". */
export const actionLabel = (t: TFunction, action: string): string =>
  t(`auditLog.actions.${action as AuditAction}`, { defaultValue: action });

/** The label of a kind of record, e.g. "Persoon". */
export const subjectTypeLabel = (t: TFunction, type: string): string =>
  isSearchable(type) ? t(`searchTypes.${type}`) : t(`auditLog.subjectTypes.${type as OtherSubjectType}`, { defaultValue: type });

/** Who did it: the member's name; without an actor the command line, and an actor without a name is an account deleted since. */
export const actorLabel = (t: TFunction, event: Pick<AuditEvent, 'actorId' | 'actorName'>): string =>
  event.actorId === null ? t('auditLog.commandLine') : (event.actorName ?? t('auditLog.deletedAccount'));

/** The relation types every workspace has; a workspace may add its own. */
export const builtInRelationTypes = [
  { key: 'knows', label: 'knows', directed: false },
  { key: 'works_with', label: 'works with', directed: false },
  { key: 'reports_to', label: 'reports to', directed: true },
  { key: 'advises', label: 'advises', directed: true },
  { key: 'member_of', label: 'member of', directed: true },
  { key: 'commissions', label: 'commissions', directed: true },
  { key: 'supplies', label: 'supplies', directed: true },
  { key: 'funds', label: 'funds', directed: true },
  { key: 'decides_on', label: 'decides on', directed: true },
] as const;

export const relationTypeKey = /^[a-z][a-z_]{1,39}$/;

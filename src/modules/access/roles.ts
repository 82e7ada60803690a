import { roles } from '../../domain/vocabulary.ts';

export { roles };
export type Role = (typeof roles)[number];

/** Does a member with `role` have at least the rights of `needed`? */
export function roleAllows(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}

/**
 * The two classic readings of a stakeholder assessment, computed on the server so every
 * client agrees:
 * - Mitchell, R. K., Agle, B. R. & Wood, D. J. (1997). Toward a theory of stakeholder
 *   identification and salience. Academy of Management Review 22(4), 853–886: the type by
 *   which of power, legitimacy and urgency a stakeholder has.
 * - Mendelow, A. (1991). Stakeholder mapping. Proceedings of the 2nd International
 *   Conference on Information Systems: the power/interest grid.
 */
import type { mendelowQuadrants, stakeholderTypes } from '../../domain/vocabulary.ts';

export type StakeholderType = (typeof stakeholderTypes)[number];
export type MendelowQuadrant = (typeof mendelowQuadrants)[number];

export interface Salience {
  power: boolean;
  legitimacy: boolean;
  urgency: boolean;
}

/** Mitchell, Agle & Wood's type: one attribute is latent, two expectant, three definitive. */
export function stakeholderTypeOf({ power, legitimacy, urgency }: Salience): StakeholderType {
  if (power && legitimacy && urgency) return 'definitive';
  if (power && legitimacy) return 'dominant';
  if (power && urgency) return 'dangerous';
  if (legitimacy && urgency) return 'dependent';
  if (power) return 'dormant';
  if (legitimacy) return 'discretionary';
  if (urgency) return 'demanding';
  return 'non_stakeholder';
}

/** On the 1–5 scales, above the midpoint (4 or 5) counts as high, as the web client's grid draws it. */
export const HIGH = 4;

/** Mendelow's quadrant of a power (1–5) and interest (1–5) score. */
export function quadrantOf(power: number, interest: number): MendelowQuadrant {
  if (power >= HIGH) return interest >= HIGH ? 'manage_closely' : 'keep_satisfied';
  return interest >= HIGH ? 'keep_informed' : 'monitor';
}

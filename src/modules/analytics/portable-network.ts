/**
 * A network as the computing worker posts it to the querying worker: every string array
 * (node ids and names, and the ties' types, dates, parties and roles) as a string column,
 * everything else as it is, its typed arrays transferred.
 */
import type { Network, Ties } from '../../analytics/network/index.ts';
import { runAll, type Steps } from '../../lib/steps.ts';
import { decodeColumnSteps, encodeColumn, type StringColumn } from './string-columns.ts';

const tieStringFields = ['type', 'since', 'lastInteraction', 'relationId', 'fromParty', 'toParty', 'organisationId', 'role'] as const;
type TieStringField = (typeof tieStringFields)[number];

export interface PortableNetwork extends Omit<Network, 'nodeIds' | 'nodeNames' | 'ties'> {
  readonly nodeIds: StringColumn;
  readonly nodeNames: StringColumn;
  readonly ties: Omit<Ties, TieStringField> & Record<TieStringField, StringColumn>;
}

/** The network with its string arrays encoded. */
export function toPortable(network: Network): PortableNetwork {
  const ties = { ...network.ties } as Record<string, unknown>;
  for (const field of tieStringFields) ties[field] = encodeColumn(network.ties[field]);
  return {
    ...network,
    nodeIds: encodeColumn(network.nodeIds),
    nodeNames: encodeColumn(network.nodeNames),
    ties: ties as PortableNetwork['ties'],
  };
}

/** The network again, from its portable form. */
export const fromPortable = (portable: PortableNetwork): Network => runAll(fromPortableSteps(portable));

/**
 * The network again, in steps of a few milliseconds: a million ties take about a second to
 * decode, which the querying worker spends between queries instead of before them.
 */
export function* fromPortableSteps(portable: PortableNetwork, rowsPerStep?: number): Steps<Network> {
  const ties = { ...portable.ties } as Record<string, unknown>;
  for (const field of tieStringFields) ties[field] = yield* decodeColumnSteps(portable.ties[field], rowsPerStep);
  return {
    ...portable,
    nodeIds: (yield* decodeColumnSteps(portable.nodeIds, rowsPerStep)) as string[],
    nodeNames: (yield* decodeColumnSteps(portable.nodeNames, rowsPerStep)) as string[],
    ties: ties as unknown as Ties,
  };
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { GraphData } from '../api/types.ts';
import { AppLink } from '../components/AppLink.tsx';
import { SortHeader } from '../components/SortHeader.tsx';
import { recordPath } from '../lib/record-path.ts';
import { useFormat } from '../i18n/format.ts';
import type { EncodingColumn } from './use-picture-encoding.ts';

type SortKey = 'label' | 'kind' | 'degree';
const PAGE = 50;

interface AdjacencyTableProps {
  workspaceId: string;
  data: GraphData;
  hiddenRelationTypes: ReadonlySet<string>;
  relationLabel: (type: string) => string;
  kindLabel: (node: GraphData['nodes'][number]) => string;
  groupLabel: (node: GraphData['nodes'][number]) => string;
  /** Columns that carry what the picture's size and colour show (community, a metric). */
  extraColumns?: EncodingColumn[];
}

/**
 * The network as text: one row per person or organisation with everyone they are related to
 * and how. It carries the same information as the picture, for screen readers, keyboard users
 * and anyone who prefers a table; sortable by every column.
 */
export function AdjacencyTable({
  workspaceId,
  data,
  hiddenRelationTypes,
  relationLabel,
  kindLabel,
  groupLabel,
  extraColumns = [],
}: AdjacencyTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [sort, setSort] = useState<string>('label');
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const neighbours = new Map<string, Array<{ id: string; label: string; type: string; relation: string }>>();
    const push = (from: string, to: string, relation: string) => {
      const other = byId.get(to);
      if (!other) return;
      const list = neighbours.get(from) ?? [];
      list.push({ id: other.id, label: other.label, type: other.type, relation });
      neighbours.set(from, list);
    };
    for (const e of data.edges) {
      if (hiddenRelationTypes.has(e.type)) continue;
      push(e.from, e.to, e.type);
      push(e.to, e.from, e.type);
    }
    const key = sort.replace(/^-/, '') as SortKey;
    const direction = sort.startsWith('-') ? -1 : 1;
    return data.nodes
      .map((n) => ({ node: n, kind: kindLabel(n), neighbours: (neighbours.get(n.id) ?? []).sort((a, b) => fmt.compare(a.label, b.label)) }))
      .sort((a, b) => {
        const primary =
          key === 'degree'
            ? a.neighbours.length - b.neighbours.length
            : key === 'kind'
              ? fmt.compare(a.kind, b.kind)
              : fmt.compare(a.node.label, b.node.label);
        return direction * (primary || fmt.compare(a.node.label, b.node.label));
      });
  }, [data, hiddenRelationTypes, sort, fmt, kindLabel]);

  return (
    <>
      <div className="kring-table-scroll" role="region" aria-labelledby="network-list-title" tabIndex={0}>
        <Table className="kring-adjacency">
          <TableHeader>
            <TableRow>
              <SortHeader label={t('fields.name')} field="label" sort={sort} onSort={setSort} />
              <SortHeader label={t('network.kind')} field="kind" sort={sort} onSort={setSort} />
              <TableHeaderCell scope="col">{t('network.group')}</TableHeaderCell>
              <SortHeader label={t('network.degree')} field="degree" sort={sort} onSort={setSort} />
              {extraColumns.map((c) => (
                <TableHeaderCell key={c.key} scope="col">
                  {c.label}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('network.neighbours')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, shown).map(({ node, kind, neighbours }) => (
              <TableRow key={node.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={recordPath(workspaceId, node.type, node.id)}>{node.label}</AppLink>
                </TableHeaderCell>
                <TableCell>{kind}</TableCell>
                <TableCell>{groupLabel(node)}</TableCell>
                <TableCell>{fmt.number(neighbours.length)}</TableCell>
                {extraColumns.map((c) => (
                  <TableCell key={c.key}>{c.value(node.id)}</TableCell>
                ))}
                <TableCell>
                  {neighbours.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="kring-neighbours">
                      {neighbours.map((nb, i) => (
                        <li key={`${nb.id}-${i}`}>
                          {nb.label} <span className="kring-muted">({relationLabel(nb.relation)})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {rows.length > shown ? (
        <div className="kring-actions">
          <Paragraph className="kring-muted">
            {t('network.listShown', { shown: fmt.number(shown), total: fmt.number(rows.length) })}
          </Paragraph>
          <Button purpose="secondary" onClick={() => setShown((s) => s + PAGE * 5)}>
            {t('list.more')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

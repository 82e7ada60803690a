import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Interaction } from '../../api/types.ts';
import { wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';

/** Interactions as a table: date, kind, title and who took part. */
export function InteractionsTable({ workspaceId, items }: { workspaceId: string; items: readonly Interaction[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('interactions.date')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fields.title')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('interactions.participants')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((i) => (
          <TableRow key={i.id}>
            <TableCell className="kring-nowrap">{fmt.shortDate(i.date)}</TableCell>
            <TableCell>{t(`interactionKinds.${i.kind}`)}</TableCell>
            <TableCell>
              <AppLink to={wsPath(workspaceId, `interactions/${i.id}`)}>{i.title}</AppLink>
            </TableCell>
            <TableCell>{fmt.list(i.participants.map((p) => p.name))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

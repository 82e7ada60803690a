import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { importsApi, type ImportFormat, type ImportResult } from '../../api/imports.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FieldFrame } from '../../components/FieldFrame.tsx';
import { StatusMessage } from '../../components/QueryStatus.tsx';
import { fieldId } from '../../lib/form-errors.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';
import { decodeFileBytes, importFormatOf } from './import-file.ts';
import { importProblemItems } from './import-problems.ts';
import { ImportPreview } from './ImportPreview.tsx';

type Phase = 'idle' | 'checking' | 'importing';

/**
 * Import people from a CSV file or an address book: choosing a file sends a dry run at once
 * and shows what would happen; only the Import button writes.
 */
export function ImportPeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const client = useQueryClient();
  const [file, setFile] = useState<{ format: ImportFormat; content: string; source: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  // A newer file wins: the answer to an earlier choice that arrives late is dropped.
  const attempt = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  if (!ws.canEdit) {
    return (
      <>
        <Heading level={1}>{t('imports.title')}</Heading>
        <Paragraph>{t('imports.viewerOnly')}</Paragraph>
      </>
    );
  }

  const check = async (chosen: File | undefined) => {
    const current = ++attempt.current;
    setFile(null);
    setResult(null);
    setError(null);
    if (!chosen) return setPhase('idle');
    setPhase('checking');
    try {
      const content = decodeFileBytes(new Uint8Array(await chosen.arrayBuffer()));
      // The file's name is stored with each new person as where their data came from (AVG art. 14).
      const next = { format: importFormatOf(chosen.name, content), content, source: chosen.name };
      const preview = await importsApi.run(ws.id, { ...next, dryRun: true });
      if (current !== attempt.current) return;
      setFile(next);
      setResult(preview);
    } catch (e) {
      if (current === attempt.current) setError(e);
    } finally {
      if (current === attempt.current) setPhase('idle');
    }
  };

  const write = async () => {
    if (!file) return;
    const current = ++attempt.current;
    setError(null);
    setPhase('importing');
    try {
      const written = await importsApi.run(ws.id, { ...file, dryRun: false });
      setResult(written);
      setFile(null);
      // Choosing the same file again starts a fresh check instead of doing nothing.
      if (input.current) input.current.value = '';
      await Promise.all([
        client.invalidateQueries({ queryKey: ['people', ws.id] }),
        client.invalidateQueries({ queryKey: ['organisations', ws.id] }),
      ]);
    } catch (e) {
      setError(e);
    } finally {
      if (current === attempt.current) setPhase('idle');
    }
  };

  const problems = error === null ? [] : importProblemItems(error, t);
  const done = result !== null && !result.dryRun;
  const canImport = file !== null && result !== null && result.dryRun && result.counts.peopleCreated > 0 && phase === 'idle';
  const phaseText = {
    checking: t('imports.checking'),
    importing: t('imports.importing'),
    idle: result?.dryRun ? t('imports.checked') : '',
  }[phase];
  // Why the Import button cannot be pressed yet, said beside it.
  let hint = '';
  if (phase === 'idle' && !canImport && !done) {
    hint = problems.length > 0 ? t('imports.fixFirst') : result ? t('imports.nothingNew') : t('imports.chooseFirst');
  }
  const count = (n: number) => ({ count: n, n: fmt.number(n) });
  const field = { id: fieldId('file'), description: t('imports.fileHint') };

  return (
    <>
      <Heading level={1}>{t('imports.title')}</Heading>
      <div className="kring-prose">
        <Paragraph>{t('imports.intro')}</Paragraph>
        <Paragraph>{t('imports.how')}</Paragraph>
      </div>
      <StatusMessage>
        {done
          ? t('imports.done', {
              created: t('imports.created', count(result.counts.peopleCreated)),
              skipped: t('imports.skipped', count(result.counts.peopleSkipped)),
              organisations: t('imports.createdOrganisations', count(result.counts.organisationsCreated)),
            })
          : null}
      </StatusMessage>
      {done ? (
        <Paragraph>
          <AppLink to={wsPath(ws.id, 'people')}>{t('imports.backToList')}</AppLink>
        </Paragraph>
      ) : null}
      <ErrorSummary items={problems} title={t('imports.problemsTitle')} />
      <div className="kring-form">
        <FieldFrame {...field} label={t('imports.file')}>
          <input
            ref={input}
            id={field.id}
            aria-describedby={`${field.id}-description`}
            className="kring-file-input"
            type="file"
            name="file"
            accept=".csv,.vcf,.vcard,text/csv,text/vcard"
            disabled={phase === 'importing'}
            onChange={(e: ChangeEvent<HTMLInputElement>) => void check(e.target.files?.[0])}
          />
        </FieldFrame>
        <Paragraph role="status" className="kring-muted">
          {phaseText}
        </Paragraph>
        <div className="kring-actions">
          <Button
            purpose="primary"
            disabled={!canImport}
            busy={phase === 'importing'}
            aria-describedby={hint ? 'import-hint' : undefined}
            onClick={() => void write()}
          >
            {t('imports.submit')}
          </Button>
          {hint ? (
            <Paragraph id="import-hint" className="kring-muted">
              {hint}
            </Paragraph>
          ) : null}
        </div>
      </div>
      {result ? <ImportPreview result={result} /> : null}
    </>
  );
}

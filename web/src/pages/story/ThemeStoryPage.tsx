import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { storyApi } from '../../api/story.ts';
import type { StoryBlock, StoryLanguage } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { download } from '../../lib/download.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { StoryChart } from './StoryChart.tsx';
import { StoryTable } from './StoryTable.tsx';

function Block({ block }: { block: StoryBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <Paragraph>{block.text}</Paragraph>;
    case 'list':
      return (
        <ul className="kring-story-list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <StoryTable caption={block.caption} table={block.table} />;
    default:
      return <StoryChart block={block} />;
  }
}

/** "Het verhaal" of a theme: the report the server composes, as a page to read, print or download as PDF. */
export function ThemeStoryPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const language: StoryLanguage = i18n.language === 'en' ? 'en' : 'nl';
  const story = useQuery({ queryKey: ['story', ws.id, id, language], queryFn: () => storyApi.report(ws.id, id, language) });
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  useDocumentTitle(story.data?.title ?? t('story.title'));

  async function downloadPdf() {
    setDownloading(true);
    setDownloadError(null);
    try {
      const { blob, fileName } = await storyApi.pdf(ws.id, id, language);
      download(blob, fileName);
    } catch {
      setDownloadError(t('story.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <QueryStatus query={story}>
      {(report) => (
        <article className="kring-story" lang={report.language}>
          <p className="kring-no-print">
            <AppLink to={wsPath(ws.id, `themes/${id}`)}>{t('story.back')}</AppLink>
          </p>
          <Heading level={1}>{report.title}</Heading>
          <Paragraph className="kring-story__subtitle">{report.subtitle}</Paragraph>
          <div className="kring-actions kring-no-print">
            <Button purpose="primary" busy={downloading} onClick={() => void downloadPdf()}>
              {t('story.downloadPdf')}
            </Button>
            <Button purpose="secondary" onClick={() => window.print()}>
              {t('story.print')}
            </Button>
          </div>
          <div role="status" className="kring-no-print">
            {downloadError ? (
              <Alert type="error">
                <Paragraph>{downloadError}</Paragraph>
              </Alert>
            ) : null}
          </div>
          {report.sections.map((section) => (
            <section key={section.id} aria-labelledby={`story-${section.id}`} className="kring-story__section">
              <Heading level={2} id={`story-${section.id}`}>
                {section.heading}
              </Heading>
              {section.blocks.map((block, index) => (
                <Block key={index} block={block} />
              ))}
            </section>
          ))}
        </article>
      )}
    </QueryStatus>
  );
}

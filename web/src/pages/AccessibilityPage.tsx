import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The accessibility statement (toegankelijkheidsverklaring): the standard, how it is checked, known limits. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('a11y.title'));
  return (
    <article className="kring-prose">
      <Heading level={1}>{t('a11y.title')}</Heading>
      <Paragraph purpose="lead">{t('a11y.intro')}</Paragraph>
      <Heading level={2}>{t('a11y.statusTitle')}</Heading>
      <Paragraph>{t('a11y.status')}</Paragraph>
      <Heading level={2}>{t('a11y.measuresTitle')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('a11y.measureKeyboard')}</UnorderedListItem>
        <UnorderedListItem>{t('a11y.measureList')}</UnorderedListItem>
        <UnorderedListItem>{t('a11y.measureForms')}</UnorderedListItem>
        <UnorderedListItem>{t('a11y.measureLanguage')}</UnorderedListItem>
        <UnorderedListItem>{t('a11y.measureZoom')}</UnorderedListItem>
        <UnorderedListItem>{t('a11y.measureTests')}</UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>{t('a11y.limitsTitle')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('a11y.limitPicture')}</UnorderedListItem>
        <UnorderedListItem>{t('a11y.limitAudit')}</UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>{t('a11y.contactTitle')}</Heading>
      <Paragraph>{t('a11y.contact')}</Paragraph>
    </article>
  );
}

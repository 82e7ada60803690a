/** Content negotiation for the report: JSON unless the client prefers PDF; Dutch unless it prefers English. */
import type { StoryLanguage } from './story-document.ts';

interface Preference {
  value: string;
  quality: number;
}

function preferences(header: string | undefined): Preference[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [value = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { value: value.trim().toLowerCase(), quality: q ? Number(q.slice(2)) : 1 };
    })
    .filter((p) => p.value !== '' && Number.isFinite(p.quality));
}

/** The quality the Accept header gives a media type, counting wildcards (0 when refused or absent). */
function qualityOf(accept: Preference[], mediaType: string): number {
  const [type] = mediaType.split('/');
  const match =
    accept.find((p) => p.value === mediaType) ?? accept.find((p) => p.value === `${type}/*`) ?? accept.find((p) => p.value === '*/*');
  return match?.quality ?? 0;
}

/** True when the Accept header asks for a PDF over JSON; on equal quality, the type named outright wins. */
export function wantsPdf(acceptHeader: string | undefined): boolean {
  const accept = preferences(acceptHeader);
  const pdf = qualityOf(accept, 'application/pdf');
  const json = qualityOf(accept, 'application/json');
  const named = (mediaType: string) => accept.some((p) => p.value === mediaType);
  return pdf > json || (pdf > 0 && pdf === json && named('application/pdf') && !named('application/json'));
}

/** The report language: the explicit choice, else the first of nl/en in Accept-Language, else Dutch. */
export function storyLanguage(explicit: StoryLanguage | undefined, acceptLanguage: string | undefined): StoryLanguage {
  if (explicit) return explicit;
  const ranked = preferences(acceptLanguage)
    .filter((p) => p.quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map((p) => p.value.slice(0, 2));
  return ranked.find((language): language is StoryLanguage => language === 'nl' || language === 'en') ?? 'nl';
}

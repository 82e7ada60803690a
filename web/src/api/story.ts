import { API_BASE, request } from './http.ts';
import { ApiError, parseProblem } from './problem.ts';
import type { StoryDocument, StoryLanguage } from './types.ts';

const reportPath = (workspaceId: string, themeId: string) => `/workspaces/${workspaceId}/themes/${themeId}/report`;

export const storyApi = {
  /** "Het verhaal" of a theme as a document of sections, in the given language. */
  report: (workspaceId: string, themeId: string, lang: StoryLanguage) =>
    request<StoryDocument>(reportPath(workspaceId, themeId), { query: { lang } }),

  /** The same report as a PDF file, asked for with Accept: application/pdf. */
  async pdf(workspaceId: string, themeId: string, lang: StoryLanguage): Promise<{ blob: Blob; fileName: string }> {
    const response = await fetch(`${API_BASE}${reportPath(workspaceId, themeId)}?lang=${lang}`, {
      headers: { Accept: 'application/pdf' },
      credentials: 'include',
    });
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(parseProblem(response.status, text ? (JSON.parse(text) as unknown) : undefined));
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'report.pdf' };
  },
};

import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { recordParams, workspaceParams } from '../../http/schemas.ts';
import { storyDocumentSchema } from './story-document.ts';
import { storyLanguage, wantsPdf } from './negotiation.ts';
import { networkGrowthSchema, reportQuery, timelineSchema } from './story.schema.ts';
import * as service from './story.service.ts';

/** An ASCII file name from a title: letters and digits, dashes between words. */
function fileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${slug || 'report'}.pdf`;
}

/** The story of a theme: timeline, network growth and the report "het verhaal" (JSON or PDF). */
export function storyRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/themes/:themeId/timeline',
      operationId: 'getThemeTimeline',
      summary: 'Everything dated around a theme, oldest first',
      tag: 'story',
      access: { workspace: 'viewer' },
      params: recordParams('themeId'),
      success: { status: 200, schema: timelineSchema, description: 'The timeline.' },
      errors: [404],
      handler: async ({ params, actor }) => ({ data: await service.themeTimeline(ctx, actor.workspaceId, params.themeId) }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/network-growth',
      operationId: 'getNetworkGrowth',
      summary: 'How the network grew, year by year',
      tag: 'story',
      access: { workspace: 'viewer' },
      params: workspaceParams,
      success: { status: 200, schema: networkGrowthSchema, description: 'Cumulative counts per year.' },
      handler: async ({ actor }) => ({ data: await service.networkGrowth(ctx, actor.workspaceId) }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/themes/:themeId/report',
      operationId: 'getThemeReport',
      summary: 'Het verhaal: the story of a theme told from its data (JSON, or PDF with Accept: application/pdf)',
      tag: 'story',
      access: { workspace: 'viewer' },
      params: recordParams('themeId'),
      query: reportQuery,
      success: {
        status: 200,
        schema: storyDocumentSchema,
        alternatives: ['application/pdf'],
        description: 'The report as a document of sections, or as a tagged PDF.',
      },
      errors: [404],
      handler: async ({ params, query, actor, request, reply }) => {
        const language = storyLanguage(query.lang, request.headers['accept-language']);
        const story = await service.themeStory(ctx, actor, params.themeId, language);
        reply.header('content-language', language).header('vary', 'Accept, Accept-Language');
        if (!wantsPdf(request.headers.accept)) return story;
        // pdfkit and its font engine hold megabytes of code and tables: loaded on the first
        // export, not kept in every server's heap for the requests that never ask for one.
        const { renderStoryPdf } = await import('./story-pdf.ts');
        const pdf = await renderStoryPdf(story);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName(story.title)}"`)
          .send(pdf);
      },
    }),
  ];
}

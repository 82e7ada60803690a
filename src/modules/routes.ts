import type { AppContext } from '../app/context.ts';
import type { RouteSpec } from '../http/route.ts';
import { analyticsRoutes } from './analytics/analytics.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { actionRoutes } from './actions/action.routes.ts';
import { decisionRoutes } from './decisions/decision.routes.ts';
import { engagementPlanRoutes } from './engagement-plans/engagement-plan.routes.ts';
import { graphRoutes } from './graph/graph.routes.ts';
import { importRoutes } from './imports/import.routes.ts';
import { interactionRoutes } from './interactions/interaction.routes.ts';
import { noteRoutes } from './notes/note.routes.ts';
import { organisationRoutes } from './organisations/organisation.routes.ts';
import { personRoutes } from './people/person.routes.ts';
import { personalDataRoutes } from './personal-data/personal-data.routes.ts';
import { relationRoutes } from './relations/relation.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { sessionRoutes } from './sessions/session.routes.ts';
import { setupRoutes } from './setup/setup.routes.ts';
import { stakeholderAssessmentRoutes } from './stakeholder-assessments/stakeholder-assessment.routes.ts';
import { storyRoutes } from './story/story.routes.ts';
import { stayInTouchRoutes } from './stay-in-touch/stay-in-touch.routes.ts';
import { themeRoutes } from './themes/theme.routes.ts';
import { mandateRoutes } from './mandates/mandate.routes.ts';
import { initiativeRoutes } from './initiatives/initiative.routes.ts';
import { groupRoutes } from './groups/group.routes.ts';
import { knowledgeItemRoutes } from './knowledge-items/knowledge-item.routes.ts';
import { maturityModelRoutes } from './maturity/maturity-model.routes.ts';
import { assessmentRoutes } from './maturity/assessment.routes.ts';
import { tokenRoutes } from './tokens/token.routes.ts';
import { userRoutes } from './users/user.routes.ts';
import { memberRoutes } from './workspaces/member.routes.ts';
import { workspaceRoutes } from './workspaces/workspace.routes.ts';

/** Every API route, in the order the OpenAPI document lists them. */
export function allRoutes(ctx: AppContext): RouteSpec[] {
  return [
    ...setupRoutes(ctx),
    ...sessionRoutes(ctx),
    ...userRoutes(ctx),
    ...tokenRoutes(ctx),
    ...workspaceRoutes(ctx),
    ...memberRoutes(ctx),
    ...auditRoutes(ctx),
    ...organisationRoutes(ctx),
    ...personRoutes(ctx),
    ...personalDataRoutes(ctx),
    ...importRoutes(ctx),
    ...relationRoutes(ctx),
    ...themeRoutes(ctx),
    ...mandateRoutes(ctx),
    ...initiativeRoutes(ctx),
    ...groupRoutes(ctx),
    ...knowledgeItemRoutes(ctx),
    ...maturityModelRoutes(ctx),
    ...assessmentRoutes(ctx),
    ...noteRoutes(ctx),
    ...searchRoutes(ctx),
    ...graphRoutes(ctx),
    ...analyticsRoutes(ctx),
    ...interactionRoutes(ctx),
    ...actionRoutes(ctx),
    ...stakeholderAssessmentRoutes(ctx),
    ...engagementPlanRoutes(ctx),
    ...decisionRoutes(ctx),
    ...stayInTouchRoutes(ctx),
    ...storyRoutes(ctx),
  ];
}

import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { WorkspaceRoute } from './auth/WorkspaceRoute.tsx';
import { Loading } from './components/QueryStatus.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { AccessibilityPage } from './pages/AccessibilityPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { HomeRedirect } from './pages/HomeRedirect.tsx';
import { WorkspacesPage } from './pages/WorkspacesPage.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { MembersPage } from './pages/MembersPage.tsx';
import { PeopleListPage } from './pages/people/PeopleListPage.tsx';
import { PersonPage } from './pages/people/PersonPage.tsx';
import { PersonFormPage } from './pages/people/PersonFormPage.tsx';
import { OrganisationsListPage } from './pages/organisations/OrganisationsListPage.tsx';
import { OrganisationPage } from './pages/organisations/OrganisationPage.tsx';
import { OrganisationFormPage } from './pages/organisations/OrganisationFormPage.tsx';
import { ThemesListPage } from './pages/themes/ThemesListPage.tsx';
import { ThemePage } from './pages/themes/ThemePage.tsx';
import { ThemeFormPage } from './pages/themes/ThemeFormPage.tsx';
import { ThemeStoryPage } from './pages/story/ThemeStoryPage.tsx';
import { KeyFiguresPage } from './pages/analytics/KeyFiguresPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { AgendaPage } from './pages/agenda/AgendaPage.tsx';
import { StakeholdersPage } from './pages/stakeholders/StakeholdersPage.tsx';
import { MaturityPage } from './pages/maturity/MaturityPage.tsx';
import { GroupsListPage } from './pages/groups/GroupsListPage.tsx';
import { GroupPage } from './pages/groups/GroupPage.tsx';
import { InitiativesListPage } from './pages/initiatives/InitiativesListPage.tsx';
import { DecisionsListPage } from './pages/decisions/DecisionsListPage.tsx';
import { InteractionsListPage } from './pages/interactions/InteractionsListPage.tsx';
import { InteractionPage } from './pages/interactions/InteractionPage.tsx';
import { InteractionFormPage } from './pages/interactions/InteractionFormPage.tsx';
import { PathsPage } from './pages/influence/PathsPage.tsx';
import { CirclePage } from './pages/influence/CirclePage.tsx';

// The network picture pulls in sigma and graphology (WebGL); it loads only when opened,
// so the app shell stays small.
const NetworkPage = lazy(() => import('./network/NetworkPage.tsx'));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/setup', element: <SetupPage /> },
      { path: '/toegankelijkheid', element: <AccessibilityPage /> },
      { path: '/accessibility', element: <Navigate to="/toegankelijkheid" replace /> },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <HomeRedirect /> },
          { path: '/workspaces', element: <WorkspacesPage /> },
          { path: '/account', element: <AccountPage /> },
          {
            path: '/w/:workspaceId',
            element: <WorkspaceRoute />,
            children: [
              { index: true, element: <OverviewPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'search', element: <SearchPage /> },
              { path: 'people', element: <PeopleListPage /> },
              { path: 'people/new', element: <PersonFormPage /> },
              { path: 'people/:id', element: <PersonPage /> },
              { path: 'people/:id/edit', element: <PersonFormPage /> },
              { path: 'organisations', element: <OrganisationsListPage /> },
              { path: 'organisations/new', element: <OrganisationFormPage /> },
              { path: 'organisations/:id', element: <OrganisationPage /> },
              { path: 'organisations/:id/edit', element: <OrganisationFormPage /> },
              { path: 'themes', element: <ThemesListPage /> },
              { path: 'themes/new', element: <ThemeFormPage /> },
              { path: 'themes/:id', element: <ThemePage /> },
              { path: 'themes/:id/edit', element: <ThemeFormPage /> },
              { path: 'themes/:id/story', element: <ThemeStoryPage /> },
              { path: 'key-figures', element: <KeyFiguresPage /> },
              { path: 'agenda', element: <AgendaPage /> },
              { path: 'themes/:id/stakeholders', element: <StakeholdersPage /> },
              { path: 'maturity', element: <MaturityPage /> },
              { path: 'groups', element: <GroupsListPage /> },
              { path: 'groups/:id', element: <GroupPage /> },
              { path: 'initiatives', element: <InitiativesListPage /> },
              { path: 'decisions', element: <DecisionsListPage /> },
              { path: 'interactions', element: <InteractionsListPage /> },
              { path: 'interactions/new', element: <InteractionFormPage /> },
              { path: 'interactions/:id', element: <InteractionPage /> },
              { path: 'interactions/:id/edit', element: <InteractionFormPage /> },
              { path: 'paths', element: <PathsPage /> },
              { path: 'themes/:id/circle', element: <CirclePage /> },
              {
                path: 'network',
                element: (
                  <Suspense fallback={<Loading />}>
                    <NetworkPage />
                  </Suspense>
                ),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

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
import { ThemeFormPage } from './pages/themes/ThemeFormPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';

// The network picture pulls in sigma and graphology (WebGL); it loads only when opened,
// so the app shell stays small. The method's pages beyond the theme page load the same way.
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
              { path: 'audit', lazy: () => import('./pages/audit/AuditLogPage.tsx').then((m) => ({ Component: m.AuditLogPage })) },
              { path: 'search', element: <SearchPage /> },
              { path: 'people', element: <PeopleListPage /> },
              { path: 'people/new', element: <PersonFormPage /> },
              // Before `people/:id`, so "import" is not read as a person's id.
              {
                path: 'people/import',
                lazy: () => import('./pages/people/ImportPeoplePage.tsx').then((m) => ({ Component: m.ImportPeoplePage })),
              },
              { path: 'people/:id', element: <PersonPage /> },
              {
                path: 'people/:id/personal-data',
                lazy: () => import('./pages/personal-data/PersonalDataPage.tsx').then((m) => ({ Component: m.PersonalDataPage })),
              },
              { path: 'people/:id/edit', element: <PersonFormPage /> },
              { path: 'organisations', element: <OrganisationsListPage /> },
              { path: 'organisations/new', element: <OrganisationFormPage /> },
              { path: 'organisations/:id', element: <OrganisationPage /> },
              { path: 'organisations/:id/edit', element: <OrganisationFormPage /> },
              { path: 'themes', element: <ThemesListPage /> },
              { path: 'themes/new', element: <ThemeFormPage /> },
              { path: 'themes/:id', lazy: () => import('./pages/themes/ThemePage.tsx').then((m) => ({ Component: m.ThemePage })) },
              { path: 'themes/:id/edit', element: <ThemeFormPage /> },
              {
                path: 'themes/:id/story',
                lazy: () => import('./pages/story/ThemeStoryPage.tsx').then((m) => ({ Component: m.ThemeStoryPage })),
              },
              {
                path: 'key-figures',
                lazy: () => import('./pages/analytics/KeyFiguresPage.tsx').then((m) => ({ Component: m.KeyFiguresPage })),
              },
              { path: 'agenda', lazy: () => import('./pages/agenda/AgendaPage.tsx').then((m) => ({ Component: m.AgendaPage })) },
              {
                path: 'themes/:id/stakeholders',
                lazy: () => import('./pages/stakeholders/StakeholdersPage.tsx').then((m) => ({ Component: m.StakeholdersPage })),
              },
              { path: 'maturity', lazy: () => import('./pages/maturity/MaturityPage.tsx').then((m) => ({ Component: m.MaturityPage })) },
              { path: 'groups', lazy: () => import('./pages/groups/GroupsListPage.tsx').then((m) => ({ Component: m.GroupsListPage })) },
              { path: 'groups/:id', lazy: () => import('./pages/groups/GroupPage.tsx').then((m) => ({ Component: m.GroupPage })) },
              {
                path: 'initiatives',
                lazy: () => import('./pages/initiatives/InitiativesListPage.tsx').then((m) => ({ Component: m.InitiativesListPage })),
              },
              {
                path: 'decisions',
                lazy: () => import('./pages/decisions/DecisionsListPage.tsx').then((m) => ({ Component: m.DecisionsListPage })),
              },
              {
                path: 'interactions',
                lazy: () => import('./pages/interactions/InteractionsListPage.tsx').then((m) => ({ Component: m.InteractionsListPage })),
              },
              {
                path: 'interactions/new',
                lazy: () => import('./pages/interactions/InteractionFormPage.tsx').then((m) => ({ Component: m.InteractionFormPage })),
              },
              {
                path: 'interactions/:id',
                lazy: () => import('./pages/interactions/InteractionPage.tsx').then((m) => ({ Component: m.InteractionPage })),
              },
              {
                path: 'interactions/:id/edit',
                lazy: () => import('./pages/interactions/InteractionFormPage.tsx').then((m) => ({ Component: m.InteractionFormPage })),
              },
              { path: 'paths', lazy: () => import('./pages/influence/PathsPage.tsx').then((m) => ({ Component: m.PathsPage })) },
              {
                path: 'themes/:id/circle',
                lazy: () => import('./pages/influence/CirclePage.tsx').then((m) => ({ Component: m.CirclePage })),
              },
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

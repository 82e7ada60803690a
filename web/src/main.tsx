import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { initI18n } from './i18n/index.ts';
import { router } from './routes.tsx';
import { accountsApi } from './api/accounts.ts';
import { applyTheme } from './layout/app-config.ts';
import { ApiError } from './api/problem.ts';
import { sessionKey } from './auth/session.ts';
import './styles/index.ts';

const queryClient: QueryClient = new QueryClient({
  // A 401 on any read means the session ended (expired, or signed out elsewhere): forgetting it
  // sends the user to the sign-in page, which brings them back here afterwards.
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== sessionKey[0])
        queryClient.setQueryData(sessionKey, null);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

async function start(): Promise<void> {
  await initI18n();
  // The theme class comes from the server's configuration; the page renders meanwhile with the default.
  queryClient
    .fetchQuery({ queryKey: ['config'], queryFn: accountsApi.config, staleTime: Infinity })
    .then((config) => applyTheme(config))
    .catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) throw new Error('main: #root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();

import type { ReactNode } from 'react';
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { csrfTokenSource } from '../features/auth/api/csrf-token-source.ts';
import { setCsrfTokenSource } from '../lib/api-client.ts';
import { queryClient } from '../lib/query-client.ts';
import { AppRoutes } from './router.tsx';
import { useLiveUpdates } from '../features/live/live-updates.ts';

// Writes anywhere in the app carry the signed-in session's CSRF token.
setCsrfTokenSource(csrfTokenSource(queryClient));

/** Keeps open pages current with the server's live stream (or polling without one). */
function LiveUpdates() {
  useLiveUpdates(useQueryClient());
  return null;
}

/**
 * Providers around a router: the browser's one QueryClient, or the server's own per render. The server's
 * entry (entry-server.tsx) and the browser draw this same tree, so hydration finds what the server sent.
 */
export function AppTree({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <LiveUpdates />
      {children}
    </QueryClientProvider>
  );
}

/** The app in the browser. */
export function App() {
  return (
    <AppTree client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppTree>
  );
}

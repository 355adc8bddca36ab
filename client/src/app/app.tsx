import { QueryClientProvider } from '@tanstack/react-query';
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
  useLiveUpdates(queryClient);
  return null;
}

/** Providers around the router: one QueryClient for the whole app. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveUpdates />
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

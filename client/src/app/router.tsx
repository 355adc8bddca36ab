import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { NotFound } from '../components/ui/not-found.tsx';
import { DashboardPage } from '../features/dashboard/components/dashboard-page.tsx';
import { Layout } from './layout.tsx';
import { PageErrorBoundary } from './error-boundary.tsx';
import { lazyPart } from '../lib/lazy-page.tsx';

// Separate chunks: readers of the public pages never download the sign-in page or the admin area.
const LoginPage = lazy(() =>
  import('../features/auth/components/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const AdminRoute = lazy(() => import('./admin-route.tsx').then((m) => ({ default: m.AdminRoute })));
// The methodology page is long prose in two languages: its own chunk, so the dashboard's first load stays small.
// Public parts are `lazyPart`s: the server renders them into the page's HTML (see lib/lazy-page.tsx).
const AboutRoute = lazyPart('src/app/about-route.tsx', () =>
  import('./about-route.tsx').then((m) => m.AboutRoute),
);
// A commitment's page (its history, evidence and citation): a chunk of its own, which the dashboard does not need.
const CommitmentRoute = lazyPart('src/app/commitment-route.tsx', () =>
  import('./commitment-route.tsx').then((m) => m.CommitmentRoute),
);
// An agreement's page and the latest updates: their own chunks, so the dashboard's first load does not grow.
const PublicAgreementPage = lazyPart('src/features/agreements/components/agreement-page.tsx', () =>
  import('../features/agreements/components/agreement-page.tsx').then((m) => m.AgreementPage),
);
const UpdatesPage = lazyPart('src/features/updates/components/updates-page.tsx', () =>
  import('../features/updates/components/updates-page.tsx').then((m) => m.UpdatesPage),
);
// The agreements side by side: a chart page of its own, so the dashboard's first load does not grow.
const ComparePage = lazyPart('src/features/compare/components/compare-page.tsx', () =>
  import('../features/compare/components/compare-page.tsx').then((m) => m.ComparePage),
);
const AgreementsPage = lazy(() =>
  import('../features/admin/components/agreements/agreements-page.tsx').then((m) => ({
    default: m.AgreementsPage,
  })),
);
const AgreementCreatePage = lazy(() =>
  import('../features/admin/components/agreements/agreement-create-page.tsx').then((m) => ({
    default: m.AgreementCreatePage,
  })),
);
const AgreementPage = lazy(() =>
  import('../features/admin/components/agreements/agreement-page.tsx').then((m) => ({
    default: m.AgreementPage,
  })),
);
// The analyst's workspace: its gate, its home and the development form, each a chunk of its own.
const WorkspaceRoute = lazy(() =>
  import('./workspace-route.tsx').then((m) => ({ default: m.WorkspaceRoute })),
);
const WorkspaceHome = lazy(() =>
  import('../features/workspace/components/workspace-home.tsx').then((m) => ({ default: m.WorkspaceHome })),
);
const TokensPage = lazy(() =>
  import('../features/workspace/components/tokens-page.tsx').then((m) => ({ default: m.TokensPage })),
);
const DevelopmentPage = lazy(() =>
  import('../features/commitments/components/analyst/development/development-page.tsx').then((m) => ({
    default: m.DevelopmentPage,
  })),
);
const UsersPage = lazy(() =>
  import('../features/admin/components/users/users-page.tsx').then((m) => ({ default: m.UsersPage })),
);
const AuditPage = lazy(() =>
  import('../features/admin/components/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })),
);

/**
 * The app's pages. Declarative routes (not a data router): the data router's extra code would cost a
 * sixth of the dashboard's first JavaScript, and data loading already lives in TanStack Query.
 */
export function AppRoutes() {
  return (
    <PageErrorBoundary>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<DashboardPage />} />
          <Route path="commitments/:slug" element={<CommitmentRoute />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="about" element={<AboutRoute />} />
          <Route path="agreements/:slug" element={<PublicAgreementPage />} />
          <Route path="updates" element={<UpdatesPage />} />
          <Route path="compare" element={<ComparePage />} />
          <Route path="workspace" element={<WorkspaceRoute />}>
            <Route index element={<WorkspaceHome />} />
            <Route path="developments/new" element={<DevelopmentPage />} />
            <Route path="tokens" element={<TokensPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="admin" element={<AdminRoute />}>
            <Route index element={<Navigate to="agreements" replace />} />
            <Route path="agreements" element={<AgreementsPage />} />
            <Route path="agreements/new" element={<AgreementCreatePage />} />
            <Route path="agreements/:slug" element={<AgreementPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </PageErrorBoundary>
  );
}

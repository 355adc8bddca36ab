import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFound } from '../components/ui/not-found.tsx';
import { DashboardPage } from '../features/dashboard/components/dashboard-page.tsx';
import { CommitmentRoute } from './commitment-route.tsx';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';

// Separate chunks: readers of the public pages never download the sign-in page or the admin area.
const LoginPage = lazy(() =>
  import('../features/auth/components/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const AdminRoute = lazy(() => import('./admin-route.tsx').then((m) => ({ default: m.AdminRoute })));
// The methodology page is long prose in two languages: its own chunk, so the dashboard's first load stays small.
const AboutRoute = lazy(() => import('./about-route.tsx').then((m) => ({ default: m.AboutRoute })));
// An agreement's page and the latest updates: their own chunks, so the dashboard's first load does not grow.
const PublicAgreementPage = lazy(() =>
  import('../features/agreements/components/agreement-page.tsx').then((m) => ({ default: m.AgreementPage })),
);
const UpdatesPage = lazy(() =>
  import('../features/updates/components/updates-page.tsx').then((m) => ({ default: m.UpdatesPage })),
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
const UsersPage = lazy(() =>
  import('../features/admin/components/users/users-page.tsx').then((m) => ({ default: m.UsersPage })),
);
const AuditPage = lazy(() =>
  import('../features/admin/components/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })),
);

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'commitments/:slug', element: <CommitmentRoute /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'about', element: <AboutRoute /> },
      { path: 'agreements/:slug', element: <PublicAgreementPage /> },
      { path: 'updates', element: <UpdatesPage /> },
      {
        path: 'admin',
        element: <AdminRoute />,
        children: [
          { index: true, element: <Navigate to="agreements" replace /> },
          { path: 'agreements', element: <AgreementsPage /> },
          { path: 'agreements/new', element: <AgreementCreatePage /> },
          { path: 'agreements/:slug', element: <AgreementPage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

import { createBrowserRouter } from 'react-router';
import { NotFound } from '../components/ui/not-found.tsx';
import { CommitmentPage } from '../features/commitments/components/commitment-page.tsx';
import { DashboardPage } from '../features/dashboard/components/dashboard-page.tsx';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'commitments/:slug', element: <CommitmentPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

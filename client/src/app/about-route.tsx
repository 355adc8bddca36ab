import { useQuery } from '@tanstack/react-query';
import { AboutPage } from '../features/about/components/about-page.tsx';
import { dashboardQueryOptions } from '../features/dashboard/api/get-dashboard.ts';

/**
 * `/about`, told the current figures (coverage, latest update) by the dashboard's own query: features do
 * not reach into each other, the app joins them. A reader coming from the dashboard has it cached already.
 */
export function AboutRoute() {
  const dashboard = useQuery(dashboardQueryOptions());
  return <AboutPage facts={dashboard.data} failed={dashboard.isError} />;
}

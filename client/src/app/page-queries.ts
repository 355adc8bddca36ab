import type { QueryClient } from '@tanstack/react-query';
import { agreementQueryOptions } from '../features/agreements/api/get-agreement.ts';
import { compareQueryOptions } from '../features/compare/api/get-compare.ts';
import { commitmentQueryOptions } from '../features/commitments/api/get-commitment.ts';
import { dashboardQueryOptions } from '../features/dashboard/api/get-dashboard.ts';
import { timelineQueryOptions } from '../features/dashboard/api/get-timeline.ts';
import { recentUpdatesQueryOptions } from '../features/updates/api/get-updates.ts';
import { readAsOf } from '../lib/as-of.ts';

type Prefetch = (client: QueryClient) => Promise<unknown>[];

function slugOf(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined; // broken percent-encoding: no such page
  }
}

/**
 * The queries a public page draws, by its address: the server loads them before rendering, with the same
 * `queryOptions` the page's hooks use. Undefined: no public page has this address (404).
 */
export function pageQueries(url: URL): Prefetch | undefined {
  const { pathname: path, searchParams: params } = url;
  const asOf = readAsOf(params);
  if (path === '/')
    return (client) => [
      client.prefetchQuery(dashboardQueryOptions(asOf)),
      // The past date's figures are compared with today's.
      ...(asOf ? [client.prefetchQuery(dashboardQueryOptions())] : []),
      client.prefetchQuery(timelineQueryOptions()),
    ];
  if (path === '/compare' || path === '/compare/')
    return (client) => [client.prefetchQuery(compareQueryOptions())];
  if (path === '/about' || path === '/about/')
    return (client) => [client.prefetchQuery(dashboardQueryOptions())];
  if (path === '/updates' || path === '/updates/')
    return (client) => [
      client.prefetchInfiniteQuery(recentUpdatesQueryOptions(params.get('before') ?? undefined)),
    ];
  const commitment = slugOf(/^\/commitments\/([^/]+)\/?$/.exec(path));
  if (commitment) return (client) => [client.prefetchQuery(commitmentQueryOptions(commitment))];
  const agreement = slugOf(/^\/agreements\/([^/]+)\/?$/.exec(path));
  if (agreement)
    return (client) => [
      client.prefetchQuery(agreementQueryOptions(agreement, asOf)),
      ...(asOf ? [client.prefetchQuery(agreementQueryOptions(agreement))] : []),
    ];
  return undefined;
}

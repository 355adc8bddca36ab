/** How a phone shows the commitments (?view=): a list first, the chart or its tables on request. */
export const VIEW_PARAM = 'view';
export const DASHBOARD_VIEWS = ['list', 'timeline', 'table'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/** The view in the URL; anything else is the list, so an old or mistyped link still shows the commitments. */
export function readView(params: URLSearchParams): DashboardView {
  const value = params.get(VIEW_PARAM);
  return (DASHBOARD_VIEWS as readonly string[]).includes(value ?? '') ? (value as DashboardView) : 'list';
}

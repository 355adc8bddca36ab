import { Link } from 'react-router';
import { t } from '../../../lib/i18n.ts';
import type { ParamsPatch } from '../lib/use-dashboard-params.ts';
import { DASHBOARD_VIEWS, VIEW_PARAM, type DashboardView } from '../lib/views.ts';

interface ViewSwitchProps {
  view: DashboardView;
  hrefWith: (patch: ParamsPatch) => string;
}

/**
 * List / Timeline / Table, on a phone only (CSS hides it on wider screens, which show the chart above the
 * list): plain links, so it works before and without JavaScript, and a view can be shared.
 */
export function ViewSwitch({ view, hrefWith }: ViewSwitchProps) {
  return (
    <nav className="view-switch" aria-label={t('dashboard.views')}>
      {DASHBOARD_VIEWS.map((option) => (
        <Link
          key={option}
          className="view-switch__option"
          to={hrefWith({ [VIEW_PARAM]: option === 'list' ? undefined : option })}
          aria-current={option === view ? 'true' : undefined}
          preventScrollReset
          replace
        >
          {t(`dashboard.view.${option}`)}
        </Link>
      ))}
    </nav>
  );
}

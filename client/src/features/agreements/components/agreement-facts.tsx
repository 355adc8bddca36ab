import type { AgreementDetail } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { partyNames } from '../../../lib/evidence.ts';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';

/** When, where and by whom the agreement was signed, and where to read it. */
export function AgreementFacts({ agreement }: { agreement: AgreementDetail }) {
  return (
    <aside className="agreement-page__facts" aria-labelledby="agreement-facts-heading">
      <h2 id="agreement-facts-heading" className="section-heading">
        {t('agreementPage.details')}
      </h2>
      <dl className="agreement-facts">
        <dt>{t('agreementPage.signedOn')}</dt>
        <dd>
          <time dateTime={agreement.signedOn}>{formatDate(agreement.signedOn)}</time>
        </dd>
        <dt>{t('agreementPage.place')}</dt>
        <dd>{pickText(agreement.place, agreement.placeKo).text}</dd>
        {agreement.parties.length > 0 ? (
          <>
            <dt>{t('agreementPage.parties')}</dt>
            <dd>{partyNames(agreement.parties, agreement.partyRegistry)}</dd>
          </>
        ) : null}
        <dt>{t('agreementPage.commitments')}</dt>
        <dd>{agreement.commitments.length}</dd>
        {agreement.sourceUrl ? (
          <>
            <dt>{t('dashboard.agreement.source')}</dt>
            <dd>
              <a href={agreement.sourceUrl} rel="external" className="agreement-facts__link">
                {new URL(agreement.sourceUrl).hostname}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </aside>
  );
}

import type { Dashboard } from '../../../../../shared/contracts/public.ts';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { commitmentUrl, houseCitation } from '../../../lib/citation.ts';
import { formatDate } from '../../../lib/format.ts';
import { getLocale } from '../../../lib/locale-store.ts';
import { siteOrigin } from '../../../lib/site-origin.ts';
import { aboutText as text, licenceUrl } from '../about-text.ts';

/** Which agreements, and from when to when. */
export function AboutCoverage({ facts }: { facts: Dashboard | undefined }) {
  const firstSigning = facts?.agreements.map((a) => a.signedOn).sort()[0];
  return (
    <section className="about__section" aria-labelledby="about-coverage">
      <h2 id="about-coverage">{text('coverageHeading')}</h2>
      <p>{text('coverageBody')}</p>
      {facts ? (
        <ul className="about__list about__agreements">
          {facts.agreements.map((agreement) => {
            const title = pickText(agreement.title, agreement.titleKo);
            const count = facts.commitments.filter((c) => c.agreementSlug === agreement.slug).length;
            return (
              <li key={agreement.slug}>
                <strong lang={title.lang}>{title.text}</strong>
                {title.untranslated ? <UntranslatedMark /> : null}
                {': '}
                {text('coverageAgreement', {
                  date: formatDate(agreement.signedOn),
                  place: pickText(agreement.place, agreement.placeKo).text,
                  count,
                })}
              </li>
            );
          })}
        </ul>
      ) : null}
      {firstSigning ? (
        <p>
          {facts?.lastUpdateOn
            ? text('coveragePeriod', {
                start: formatDate(firstSigning),
                end: formatDate(facts.lastUpdateOn),
              })
            : text('coveragePeriodOpen', { start: formatDate(firstSigning) })}
        </p>
      ) : null}
      <p>{text('coverageLimits')}</p>
    </section>
  );
}

/** The suggested citation, with a worked example: the first commitment's permanent link, accessed today. */
export function AboutCitation({ facts }: { facts: Dashboard | undefined }) {
  const first = facts?.commitments.find((c) => c.agreementSlug === facts.agreements[0]?.slug);
  const example = first
    ? houseCitation(
        {
          title: pickText(first.title, first.titleKo).text,
          url: commitmentUrl(siteOrigin(), first.slug),
          accessed: todayIso(),
        },
        getLocale(),
      )
    : null;
  return (
    <section className="about__section" aria-labelledby="about-cite">
      <h2 id="about-cite">{text('citeHeading')}</h2>
      <p>{text('citeBody')}</p>
      <dl className="about-cite">
        <dt>{text('citeTemplateLabel')}</dt>
        <dd>
          <p className="about-cite__text">{text('citePattern')}</p>
        </dd>
        {example ? (
          <>
            <dt>{text('citeExampleLabel')}</dt>
            <dd>
              <p className="about-cite__text about-cite__example">{example}</p>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

const DATA_LINKS = [
  ['/api/docs', 'dataApiDocs'],
  ['/api/v1/export.csv', 'dataCsv'],
  ['/api/v1/export.json', 'dataJson'],
  ['/feed.atom', 'dataFeed'],
] as const;

/** The licence, and where the data can be downloaded or followed (server routes: plain links). */
export function AboutData() {
  return (
    <section className="about__section" aria-labelledby="about-data">
      <h2 id="about-data">{text('dataHeading')}</h2>
      <p>{text('dataLicence')}</p>
      <p>
        <a href={licenceUrl()} rel="license external">
          {text('dataLicenceLink')}
        </a>
      </p>
      <p>{text('dataLinksLead')}</p>
      <ul className="about__list">
        {DATA_LINKS.map(([href, label]) => (
          <li key={href}>
            <a href={href}>{text(label)}</a> <code>{href}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

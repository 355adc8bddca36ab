import type { Dashboard } from '../../../../../shared/contracts/public.ts';
import { progressFromCounts } from '../../../../../shared/domain/progress.ts';
import { STATUS_KEYS } from '../../../../../shared/domain/status.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { statusMeaning } from '../../../lib/i18n.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { aboutText as text, statusNote } from '../about-text.ts';
import { AboutCorrections } from './about-corrections.tsx';
import { AboutEvidence } from './about-evidence.tsx';
import { AboutCitation, AboutCoverage, AboutData } from './about-sections.tsx';
import './about.css';

interface AboutPageProps {
  /** The current dashboard, for the figures: coverage, the latest update, the citation example. */
  facts: Dashboard | undefined;
  failed: boolean;
}

const SECTIONS = [
  ['about-coverage', 'coverageHeading'],
  ['about-statuses', 'statusesHeading'],
  ['about-rules', 'rulesHeading'],
  ['about-evidence', 'evidenceHeading'],
  ['about-progress', 'progressHeading'],
  ['about-sources', 'sourcesHeading'],
  ['about-cite', 'citeHeading'],
  ['about-data', 'dataHeading'],
  ['about-corrections', 'correctionsHeading'],
] as const;

function LatestUpdate({ facts, failed }: AboutPageProps) {
  if (failed) return <p className="about__updated">{text('loadFailed')}</p>;
  if (!facts) return <p className="about__updated muted">{text('loading')}</p>;
  if (!facts.lastUpdateOn) return <p className="about__updated">{text('lastUpdateNone')}</p>;
  const [before, after] = text('lastUpdate').split('{date}');
  return (
    <p className="about__updated">
      {before}
      <time dateTime={facts.lastUpdateOn}>{formatDate(facts.lastUpdateOn)}</time>
      {after}
    </p>
  );
}

/** `/about`: the methodology: coverage, statuses, rules, progress, sources, citing, open data and licence. */
export function AboutPage({ facts, failed }: AboutPageProps) {
  useDocumentMeta({ title: text('title'), description: text('description') });
  // The same rule as the dashboard's headline figure (shared/domain/progress.ts).
  const progress = facts ? progressFromCounts(facts.counts) : null;
  return (
    <article className="about">
      <header className="about__header">
        <h1 className="about__title">{text('title')}</h1>
        <p className="about__lead">{text('lead')}</p>
        <LatestUpdate facts={facts} failed={failed} />
      </header>

      <nav className="about__toc" aria-labelledby="about-toc">
        <h2 id="about-toc" className="about__toc-heading">
          {text('toc')}
        </h2>
        <ol>
          {SECTIONS.map(([id, heading]) => (
            <li key={id}>
              <a href={`#${id}`}>{text(heading)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <AboutCoverage facts={facts} />

      <section className="about__section" aria-labelledby="about-statuses">
        <h2 id="about-statuses">{text('statusesHeading')}</h2>
        <p>{text('statusesLead')}</p>
        <dl className="about-statuses">
          {STATUS_KEYS.map((status) => (
            <div key={status} className="about-statuses__item">
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>
                <strong>{statusMeaning(status)}.</strong> {statusNote(status)}
              </dd>
            </div>
          ))}
        </dl>
        <p>{text('reversedNoBlame')}</p>
      </section>

      <section className="about__section" aria-labelledby="about-rules">
        <h2 id="about-rules">{text('rulesHeading')}</h2>
        <p>{text('rulesUpdates')}</p>
        <p>{text('rulesLatest')}</p>
        <p>{text('rulesRetraction')}</p>
        <p>{text('rulesTimeTravel')}</p>
      </section>

      <AboutEvidence />

      <section className="about__section" aria-labelledby="about-progress">
        <h2 id="about-progress">{text('progressHeading')}</h2>
        <p className="about__definition">{text('progressDefinition')}</p>
        <p>{text('progressBody')}</p>
        {progress?.percent != null ? (
          <p>
            {text('progressNow', { count: progress.done, total: progress.total, percent: progress.percent })}
          </p>
        ) : null}
      </section>

      <section className="about__section" aria-labelledby="about-sources">
        <h2 id="about-sources">{text('sourcesHeading')}</h2>
        <ul className="about__list">
          <li>{text('sourcesCite')}</li>
          <li>{text('sourcesPrimary')}</li>
          <li>{text('sourcesUnconfirmed')}</li>
          <li>{text('sourcesLanguage')}</li>
        </ul>
      </section>

      <AboutCitation facts={facts} />
      <AboutData />

      <AboutCorrections />
    </article>
  );
}

import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { badgeLayout } from '../../../../../../shared/domain/badge-size.ts';
import { todayIso } from '../../../../../../shared/domain/dates.ts';
import { STATUS_LABELS } from '../../../../../../shared/domain/status.ts';
import { pickText } from '../../../../components/ui/localized.tsx';
import { useAsOf } from '../../../../lib/as-of.ts';
import {
  accessedOn,
  apaReference,
  bibtexEntry,
  longDate,
  permalink,
  type CommitmentCitation,
} from '../../../../lib/citation.ts';
import { statusLabel } from '../../../../lib/i18n.ts';
import { useLocale } from '../../../../lib/locale.ts';
import {
  badgeHtml,
  badgeMarkdown,
  badgePath,
  feedPath,
  iframeSnippet,
} from '../../../../lib/share-snippets.ts';
import { siteOrigin } from '../../../../lib/site-origin.ts';
import { citeText } from '../../cite-text.ts';
import { Snippet } from './snippet.tsx';
import './cite-block.css';

/** The badge as the server draws it (its English title and status), at its own size: it never shifts. */
function BadgeImage({ commitment }: { commitment: CommitmentDetail }) {
  const { width, height } = badgeLayout(commitment.title, STATUS_LABELS[commitment.status]);
  const alt = citeText('badgeAlt', {
    title: pickText(commitment.title, commitment.titleKo).text,
    status: statusLabel(commitment.status),
  });
  return (
    <p className="share__badge">
      <img src={badgePath(commitment.slug)} width={width} height={height} alt={alt} loading="lazy" />
    </p>
  );
}

/**
 * How to cite the commitment (its link pinned to a date, APA and BibTeX), embed it (card and badge) and
 * follow it (Atom). The date cited is the page's ?asOf=, else today, the same day the rest of the page
 * uses; the server renders it all, so it reads without JavaScript.
 */
export function CiteBlock({ commitment }: { commitment: CommitmentDetail }) {
  const locale = useLocale();
  const accessed = todayIso();
  const asOf = useAsOf() ?? accessed;
  const origin = siteOrigin();
  const citation: CommitmentCitation = {
    origin,
    slug: commitment.slug,
    title: pickText(commitment.title, commitment.titleKo).text,
    agreementTitle: pickText(commitment.agreement.title, commitment.agreement.titleKo).text,
    asOf,
    accessed,
  };
  const shared = { origin, slug: commitment.slug, title: commitment.title };
  const feed = feedPath(commitment.slug);
  return (
    <div className="commitment__cite">
      <section className="cite" aria-labelledby="cite-heading">
        <h2 id="cite-heading" className="cite__heading">
          {citeText('heading')}
        </h2>
        <p className="cite__lead">{citeText('lead')}</p>
        <Snippet label={citeText('permalink', { date: longDate(asOf, locale) })} text={permalink(citation)} />
        <p className="cite__accessed">
          <time dateTime={accessed}>{accessedOn(accessed, locale)}</time>
        </p>
        <Snippet label={citeText('apa')} text={apaReference(citation, locale)} />
        <Snippet label={citeText('bibtex')} text={bibtexEntry(citation, locale)} />
      </section>

      <section className="cite" aria-labelledby="share-heading">
        <h2 id="share-heading" className="cite__heading">
          {citeText('shareHeading')}
        </h2>
        <p className="cite__lead">{citeText('shareLead')}</p>
        <Snippet label={citeText('card')} text={iframeSnippet(shared)} />
        <Snippet label={citeText('badgeMarkdown')} text={badgeMarkdown(shared)}>
          <BadgeImage commitment={commitment} />
        </Snippet>
        <Snippet label={citeText('badgeHtml')} text={badgeHtml(shared)} />
        <h3 className="snippet__label share__feed-label">{citeText('feed')}</h3>
        <p className="share__feed">
          <a href={feed} type="application/atom+xml">
            {citeText('feedLink')}
          </a>{' '}
          <code>{`${origin}${feed}`}</code>
        </p>
        <p className="cite__lead">{citeText('feedNote')}</p>
      </section>
    </div>
  );
}

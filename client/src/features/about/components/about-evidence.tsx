import { aboutText as text } from '../about-text.ts';

const TERMS = [
  ['standingTerm', 'standingBody'],
  ['precisionTerm', 'precisionBody'],
  ['deadlineTerm', 'deadlineBody'],
  ['checkedTerm', 'checkedBody'],
  ['developmentTerm', 'developmentBody'],
  ['sourceKindsTerm', 'sourceKindsBody'],
  ['recordedTerm', 'recordedBody'],
] as const;

/** The evidence model's definitions: standing, date precision, deadlines, checks, developments, sources. */
export function AboutEvidence() {
  return (
    <section className="about__section" aria-labelledby="about-evidence">
      <h2 id="about-evidence">{text('evidenceHeading')}</h2>
      <p>{text('evidenceLead')}</p>
      <dl className="about-terms">
        {TERMS.map(([term, body]) => (
          <div key={term} className="about-terms__item">
            <dt>{text(term)}</dt>
            <dd>{text(body)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { aboutText as text } from '../about-text.ts';

const CHANGES = [
  'correctionDeadlines',
  'correctionTurningPoints',
  'correctionBothSides',
  'correctionDisputed',
  'correctionDates',
  'correctionClauses',
  'correctionKorean',
  'correctionSources',
] as const;

/** What the December 2026 review changed in the record, and how the changes show in the history. */
export function AboutCorrections() {
  return (
    <section className="about__section" aria-labelledby="about-corrections">
      <h2 id="about-corrections">{text('correctionsHeading')}</h2>
      <p>{text('correctionsLead')}</p>
      <ul>
        {CHANGES.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ul>
      <p>{text('correctionsHow')}</p>
    </section>
  );
}

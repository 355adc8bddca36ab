import { describe, expect, it } from 'vitest';
import { AGREEMENT_RELATIONS_2018, COMMITMENT_RELATIONS_2018 } from './relations-2018.ts';
import { TRACKED_AGREEMENTS } from './tracked-record.ts';

const agreementOf = new Map(
  TRACKED_AGREEMENTS.flatMap((a) => a.commitments.map((c) => [c.slug, a] as const)),
);
const agreementSlugs = new Set(TRACKED_AGREEMENTS.map((a) => a.slug));

describe('the 2018 relations', () => {
  it('name only agreements of the seeded record, never one with itself, each pair once', () => {
    for (const r of AGREEMENT_RELATIONS_2018) {
      expect(agreementSlugs.has(r.agreementSlug), r.agreementSlug).toBe(true);
      expect(agreementSlugs.has(r.relatedAgreementSlug), r.relatedAgreementSlug).toBe(true);
      expect(r.agreementSlug).not.toBe(r.relatedAgreementSlug);
      expect(r.note.trim() && r.noteKo.trim()).toBeTruthy();
    }
    const pairs = AGREEMENT_RELATIONS_2018.map((r) => `${r.agreementSlug}>${r.relatedAgreementSlug}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('name only commitments of the seeded record, each pointing to another agreement signed earlier', () => {
    for (const r of COMMITMENT_RELATIONS_2018) {
      const from = agreementOf.get(r.commitmentSlug);
      const to = agreementOf.get(r.relatedCommitmentSlug);
      expect(from, r.commitmentSlug).toBeDefined();
      expect(to, r.relatedCommitmentSlug).toBeDefined();
      expect(from!.slug, r.commitmentSlug).not.toBe(to!.slug);
      expect(from!.signedOn > to!.signedOn, `${r.commitmentSlug} -> ${r.relatedCommitmentSlug}`).toBe(true);
      expect(r.note.trim() && r.noteKo.trim()).toBeTruthy();
    }
  });

  it('reads the military agreement as implementing Panmunjom and Pyongyang as conditioned by Singapore', () => {
    expect(AGREEMENT_RELATIONS_2018).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          agreementSlug: 'comprehensive-military-agreement-2018',
          type: 'implements',
          relatedAgreementSlug: 'panmunjom-declaration-2018',
        }),
        expect.objectContaining({
          agreementSlug: 'pyongyang-joint-declaration-2018',
          type: 'conditions',
          relatedAgreementSlug: 'singapore-joint-statement-2018',
        }),
      ]),
    );
  });
});

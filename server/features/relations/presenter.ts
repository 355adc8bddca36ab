import type { AgreementRelation, RelatedCommitment } from '../../../shared/contracts/public.ts';
import type { AgreementRelationLink, CommitmentRelationLink } from './load-relations.ts';

/** An agreement's relations from its own side: where it is the subject (outgoing), then the object (incoming). */
export function relationsOfAgreement(
  links: readonly AgreementRelationLink[],
  slug: string,
): AgreementRelation[] {
  const present = (link: AgreementRelationLink, direction: 'outgoing' | 'incoming'): AgreementRelation => {
    const other = direction === 'outgoing' ? link.object : link.subject;
    return {
      type: link.type,
      direction,
      agreementSlug: other.slug,
      agreementTitle: other.title,
      agreementTitleKo: other.titleKo,
      note: link.note,
      noteKo: link.noteKo,
    };
  };
  return [
    ...links.filter((link) => link.subject.slug === slug).map((link) => present(link, 'outgoing')),
    ...links.filter((link) => link.object.slug === slug).map((link) => present(link, 'incoming')),
  ];
}

/** A commitment's related commitments from its own side, outgoing first. */
export function relatedCommitmentsOf(
  links: readonly CommitmentRelationLink[],
  slug: string,
): RelatedCommitment[] {
  const present = (link: CommitmentRelationLink, direction: 'outgoing' | 'incoming'): RelatedCommitment => {
    const other = direction === 'outgoing' ? link.object : link.subject;
    return {
      kind: link.kind,
      direction,
      slug: other.slug,
      articleRef: other.articleRef,
      title: other.title,
      titleKo: other.titleKo,
      agreementSlug: other.agreement.slug,
      agreementTitle: other.agreement.title,
      agreementTitleKo: other.agreement.titleKo,
      note: link.note,
      noteKo: link.noteKo,
    };
  };
  return [
    ...links.filter((link) => link.subject.slug === slug).map((link) => present(link, 'outgoing')),
    ...links.filter((link) => link.object.slug === slug).map((link) => present(link, 'incoming')),
  ];
}

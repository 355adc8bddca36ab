import { describe, expect, it } from 'vitest';
import { koreanArticleRef } from './article-ref.ts';

describe('koreanArticleRef', () => {
  it('writes an article and its paragraph in Korean style', () => {
    expect(koreanArticleRef('Art. 2(1)')).toBe('제2조 1항');
    expect(koreanArticleRef('Art. 6')).toBe('제6조');
    expect(koreanArticleRef('Art. 12(10)')).toBe('제12조 10항');
  });

  it('writes compound references: several paragraphs, or several articles', () => {
    expect(koreanArticleRef('Art. 1(1)/5')).toBe('제1조 1항·5항');
    expect(koreanArticleRef('Art. 1(1)/5/6')).toBe('제1조 1항·5항·6항');
    expect(koreanArticleRef('Art. 3/4')).toBe('제3조·제4조');
  });

  it('translates the words around the references', () => {
    expect(koreanArticleRef('Art. 1; CMA Art. 1(1)')).toBe('제1조; 군사분야 합의서 제1조 1항');
    expect(koreanArticleRef('Art. 2 and annex')).toBe('제2조 및 부속서');
    expect(koreanArticleRef('PJD Art. 1(2) and CMA Art. 1(1)/5')).toBe(
      '평양공동선언 제1조 2항 및 군사분야 합의서 제1조 1항·5항',
    );
    expect(koreanArticleRef('Art. (number unconfirmed)')).toBe('조항 번호 미확인');
  });

  it('leaves what it does not know as written', () => {
    expect(koreanArticleRef('Preamble')).toBe('Preamble');
    expect(koreanArticleRef('')).toBe('');
  });
});

/**
 * Article references in Korean style: "Art. 2(1)" is "제2조 1항", "Art. 1(1)/5" (paragraphs 1 and 5 of
 * article 1) is "제1조 1항·5항". The words around them that the seed uses ("and", "annex", the two
 * agreements' short names) are translated too; anything else is left as written.
 */
const ARTICLE = /Art\.\s*(\d+)(?:\((\d+)\)((?:\/\d+)*)|((?:\/\d+)*))/g;

function koreanArticle(article: string, paragraph?: string, more?: string, moreArticles?: string): string {
  const extra = (list: string | undefined) => (list ? list.split('/').filter(Boolean) : []);
  if (paragraph) {
    const paragraphs = [paragraph, ...extra(more)].map((p) => `${p}항`).join('·');
    return `제${article}조 ${paragraphs}`;
  }
  return [article, ...extra(moreArticles)].map((a) => `제${a}조`).join('·');
}

const WORDS: [RegExp, string][] = [
  [/Art\.\s*\(number unconfirmed\)/g, '조항 번호 미확인'],
  [/\bPJD\b/g, '평양공동선언'],
  [/\bCMA\b/g, '군사분야 합의서'],
  [/\s+and\s+/g, ' 및 '],
  [/\b[Aa]nnex\b/g, '부속서'],
];

export function koreanArticleRef(ref: string): string {
  let text = ref.replace(
    ARTICLE,
    (_match, article: string, paragraph?: string, more?: string, moreArticles?: string) =>
      koreanArticle(article, paragraph, more, moreArticles),
  );
  for (const [pattern, korean] of WORDS) text = text.replace(pattern, korean);
  return text;
}

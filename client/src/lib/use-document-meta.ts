import { useEffect } from 'react';
import { t } from './i18n.ts';

interface DocumentMeta {
  /** The page's own title; the product name is appended. Omit it for the home page's full title. */
  title?: string;
  description: string;
}

function setDescription(content: string): void {
  let tag = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = document.createElement('meta');
    tag.name = 'description';
    document.head.append(tag);
  }
  tag.content = content;
}

const fullTitle = (title: string | undefined) =>
  title ? t('meta.titleSuffix', { page: title }) : t('meta.dashboard.title');

type DrawnMeta = { title: string; description: string };
/** Receives the meta of the page a server render draws (effects do not run there); undefined outside one. */
let record: ((meta: DrawnMeta) => void) | undefined;

/** Runs a server render and returns the title and description the page asked for, in its language. */
export function collectDocumentMeta(render: () => void): DrawnMeta | undefined {
  let drawn: DrawnMeta | undefined;
  record = (meta) => (drawn = meta);
  try {
    render();
    return drawn;
  } finally {
    record = undefined;
  }
}

/** Sets document.title and the meta description while the calling page is shown. */
export function useDocumentMeta({ title, description }: DocumentMeta): void {
  record?.({ title: fullTitle(title), description });
  useEffect(() => {
    document.title = fullTitle(title);
    setDescription(description);
  }, [title, description]);
}

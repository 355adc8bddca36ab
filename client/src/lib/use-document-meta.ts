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

/** Sets document.title and the meta description while the calling page is shown. */
export function useDocumentMeta({ title, description }: DocumentMeta): void {
  useEffect(() => {
    document.title = title ? t('meta.titleSuffix', { page: title }) : t('meta.dashboard.title');
    setDescription(description);
  }, [title, description]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside HTML text and quoted attributes (the server's head tags). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/**
 * Text made safe inside a double-quoted attribute, apostrophes left as they are: for the HTML people copy
 * from a page (embed and badge snippets), which should read as it will be written.
 */
export const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);

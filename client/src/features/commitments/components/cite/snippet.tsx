import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { citeText, type CiteKey } from '../../cite-text.ts';

type CopyState = 'idle' | 'copied' | 'selected';

const BUTTON_TEXT: Record<CopyState, CiteKey> = { idle: 'copy', copied: 'copied', selected: 'selected' };
const STATES = Object.keys(BUTTON_TEXT) as CopyState[];
/** How long the button says "Copied" before it offers to copy again. */
const CONFIRM_MS = 4000;

function selectContents(node: HTMLElement | null): void {
  const selection = window.getSelection();
  if (!node || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
}

interface SnippetProps {
  label: string;
  /** The text to copy, shown as it is (selectable without JavaScript). */
  text: string;
  /** Shown between the label and the text (the badge itself). */
  children?: ReactNode;
}

/**
 * A labelled block of text to copy. The copy button is a JavaScript extra: it takes its place from the
 * first paint (hidden, not absent, without JavaScript: no layout shift), and its three words share one
 * cell so that "Copied" does not change its width.
 */
export function Snippet({ label, text, children }: SnippetProps) {
  const id = useId();
  const code = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // No clipboard (an insecure page, or permission refused): the text is selected for Ctrl+C instead.
      selectContents(code.current);
      setState('selected');
    }
  }

  return (
    <div className="snippet">
      <div className="snippet__head">
        <h3 id={`${id}label`} className="snippet__label">
          {label}
        </h3>
        {/* Named "Copy" + the label: several buttons on the page, each says what it copies. */}
        <button
          id={`${id}copy`}
          type="button"
          className="snippet__copy"
          aria-labelledby={`${id}copy ${id}label`}
          onClick={() => void copy()}
        >
          <span className="snippet__copy-words">
            {STATES.map((one) => (
              <span key={one} className={one === state ? undefined : 'snippet__copy-off'}>
                {citeText(BUTTON_TEXT[one])}
              </span>
            ))}
          </span>
        </button>
      </div>
      {children}
      <pre className="snippet__code">
        <code ref={code}>{text}</code>
      </pre>
      <p className="visually-hidden" role="status">
        {state === 'copied' ? citeText('copiedNote') : state === 'selected' ? citeText('selectedNote') : ''}
      </p>
    </div>
  );
}

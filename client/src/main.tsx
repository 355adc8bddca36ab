import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initialLocale, switchLocale } from './lib/locale.ts';
import './app/styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A reader who asked for Korean gets the first paint in Korean, not an English flash (English needs no wait).
void switchLocale(initialLocale(window.location.search)).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

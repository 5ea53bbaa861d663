import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { applyTextSize, rememberedTextSize } from './lib/text-size.js';
import './styles/base.css';
import './styles/components.css';
import './styles/print.css';

// Apply the remembered text size before the first paint, so the lock screen is readable too.
applyTextSize(rememberedTextSize());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

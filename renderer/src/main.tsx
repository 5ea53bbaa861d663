import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { keepMouseListenersOffElements } from './lib/root-listeners.js';
import { applyTextSize, rememberedTextSize } from './lib/text-size.js';
import './styles/base.css';
import './styles/components.css';
import './styles/print.css';

// Apply the remembered text size before the first paint, so the lock screen is readable too.
applyTextSize(rememberedTextSize());

// Before React adds its listeners: see root-listeners.ts (why headings were read as "clickable").
createRoot(keepMouseListenersOffElements(document.getElementById('root')!)).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { TEXT_SIZES, type TextSize } from '../shared.js';

/**
 * Text size is a class on <html> that scales rem. It is also kept in localStorage (just the
 * size, nothing private) so the lock screen opens at the size the person chose.
 */
const KEY = 'carebook.textSize';

export function applyTextSize(size: TextSize) {
  const html = document.documentElement;
  for (const s of TEXT_SIZES) html.classList.remove(`text-${s}`);
  html.classList.add(`text-${size}`);
}

export function rememberTextSize(size: TextSize) {
  applyTextSize(size);
  try {
    localStorage.setItem(KEY, size);
  } catch {
    // Storage can be unavailable; the size still applies for this session.
  }
}

export function rememberedTextSize(): TextSize {
  try {
    const v = localStorage.getItem(KEY);
    return (TEXT_SIZES as readonly string[]).includes(v ?? '') ? (v as TextSize) : 'standard';
  } catch {
    return 'standard';
  }
}

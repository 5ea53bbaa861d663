export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 };
export const MIN_SIZE = { width: 640, height: 480 };
/** How much of the window must show on some display for the saved place to be used. */
const MIN_VISIBLE = { width: 120, height: 80 };

/** Read a saved state, or null when it is missing or not what we wrote. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const nums = [v.x, v.y, v.width, v.height];
  if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return {
    x: Math.round(v.x as number),
    y: Math.round(v.y as number),
    width: Math.round(v.width as number),
    height: Math.round(v.height as number),
    maximized: v.maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function fitSize(width: number, height: number, area: Rect) {
  return {
    width: Math.max(Math.min(width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(height, area.height), Math.min(MIN_SIZE.height, area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window: the saved place when enough of it is on a display that is still
 * attached (size shrunk to fit that display, then moved fully onto it); otherwise centred on
 * the primary display. `workAreas` are the displays' work areas, primary first.
 */
export function chooseBounds(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) {
    const home = workAreas.find((area) => {
      const o = overlap(saved, area);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (home) {
      const size = fitSize(saved.width, saved.height, home);
      const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - size.width);
      const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - size.height);
      return { x, y, ...size, maximized: saved.maximized };
    }
    return { ...centred(fitSize(saved.width, saved.height, primary), primary), maximized: saved.maximized };
  }
  return { ...centred(fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), primary), maximized: false };
}

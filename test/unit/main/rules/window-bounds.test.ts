import { describe, expect, it } from 'vitest';
import { chooseBounds, DEFAULT_SIZE, parseWindowState } from '../../../../electron/main/rules/window-bounds.js';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 1920, height: 1040 };

describe('parseWindowState', () => {
  it('reads what we wrote', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 800, height: 600, maximized: true })).toEqual({
      x: 10, y: 20, width: 800, height: 600, maximized: true,
    });
  });
  it.each([null, 'x', 42, {}, { x: 1, y: 2, width: 'wide', height: 3 }, { x: NaN, y: 0, width: 800, height: 600 }])(
    'refuses %j',
    (value) => expect(parseWindowState(value)).toBeNull(),
  );
});

describe('chooseBounds', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(chooseBounds(null, [laptop, rightMonitor])).toEqual({
      x: (1440 - DEFAULT_SIZE.width) / 2,
      y: (860 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
      maximized: false,
    });
  });

  it('keeps a saved place that is fully visible', () => {
    const saved = { x: 1500, y: 40, width: 1000, height: 700, maximized: false };
    expect(chooseBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('moves a window hanging off the edge back onto its display', () => {
    const saved = { x: 1200, y: -50, width: 1000, height: 700, maximized: false };
    expect(chooseBounds(saved, [laptop])).toEqual({ x: 440, y: 0, width: 1000, height: 700, maximized: false });
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: true };
    expect(chooseBounds(saved, [laptop])).toEqual({ x: 220, y: 80, width: 1000, height: 700, maximized: true });
  });

  it('shrinks a window larger than its display', () => {
    const saved = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(chooseBounds(saved, [laptop])).toEqual({ ...laptop, maximized: false });
  });

  it('grows a tiny window to the minimum size, but never beyond the display', () => {
    expect(chooseBounds({ x: 0, y: 0, width: 10, height: 10, maximized: false }, [laptop])).toMatchObject({
      width: 640, height: 480,
    });
    const small = { x: 0, y: 0, width: 600, height: 400 };
    expect(chooseBounds(null, [small])).toEqual({ ...small, maximized: false });
  });

  it('works with a display left of or above the primary (negative coordinates)', () => {
    const left = { x: -1920, y: -200, width: 1920, height: 1080 };
    const saved = { x: -1800, y: -100, width: 900, height: 600, maximized: false };
    expect(chooseBounds(saved, [laptop, left])).toEqual(saved);
  });

  it('needs more than a sliver on screen to keep the saved place', () => {
    const saved = { x: 1400, y: 100, width: 900, height: 600, maximized: false }; // 40px visible
    expect(chooseBounds(saved, [laptop])).toEqual({ x: 270, y: 130, width: 900, height: 600, maximized: false });
  });
});

import { describe, expect, test } from 'vitest';
import { mayOpen } from '../../../../electron/main/rules/opened-file.js';

const DIR = '/home/sam/.config/Carebook/opened';

describe('host.openPath opens only copies in the opened folder', () => {
  test.each([
    ['/home/sam/.config/Carebook/opened/passport.pdf', true],
    ['/home/sam/.config/Carebook/opened/a b (2).jpg', true],
    ['/home/sam/.config/Carebook/opened', false],
    ['/home/sam/.config/Carebook/opened/', false],
    ['/home/sam/.config/Carebook/opened/../carebook.json', false],
    ['/home/sam/.config/Carebook/opened/sub/file.pdf', false],
    ['/home/sam/.config/Carebook/openedx/file.pdf', false],
    ['/usr/bin/bash', false],
    ['opened/passport.pdf', false],
    ['', false],
  ])('%s → %s', (path, allowed) => {
    expect(mayOpen(DIR, path)).toBe(allowed);
  });
});

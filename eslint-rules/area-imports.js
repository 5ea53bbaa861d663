import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/*
 * Areas talk through their public side. A file inside one area may import another area only
 * through that area's index.ts, as VS Code's import allow-lists do for its layers: the import is
 * resolved to a path, and the path decides. An area is a folder of electron/core with an area.ts,
 * or a folder of renderer/src/areas. Everything else (electron/core/db, example, the renderer's
 * app, lib and ui) is shared ground that areas may use.
 */

const AREA_ROOTS = [`${sep}electron${sep}core${sep}`, `${sep}renderer${sep}src${sep}areas${sep}`];

/** The area a path is in: its folder and name, or null outside every area. */
function areaOf(path) {
  for (const marker of AREA_ROOTS) {
    const at = path.lastIndexOf(marker);
    if (at === -1) continue;
    const rest = path.slice(at + marker.length).split(sep);
    if (rest.length < 2) return null; // a file directly in electron/core is not in an area
    const folder = path.slice(0, at + marker.length) + rest[0];
    const isArea = marker.includes('areas') || existsSync(join(folder, 'area.ts'));
    return isArea ? { folder, name: rest[0] } : null;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const areaImports = {
  meta: {
    type: 'problem',
    docs: { description: 'An area imports another area only through its index.ts' },
    messages: {
      deep: 'The {{from}} area may reach the {{to}} area only through {{to}}/index.ts (this import reaches {{to}}/{{file}}). Export what you need there.',
    },
    schema: [],
  },
  create(context) {
    const file = resolve(context.filename);
    const from = areaOf(file);
    if (!from) return {};
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      const to = areaOf(target);
      if (!to || to.folder === from.folder) return;
      const inside = relative(to.folder, target);
      if (/^index\.(js|ts|tsx)$/.test(inside)) return;
      context.report({ node, messageId: 'deep', data: { from: from.name, to: to.name, file: inside.split(sep).join('/') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

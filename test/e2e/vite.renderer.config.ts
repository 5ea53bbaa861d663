/**
 * Builds only the renderer, with exactly the renderer settings of electron.vite.config.ts.
 * The e2e tests need nothing else, and this keeps them runnable while main/preload change.
 */
import config from '../../electron.vite.config';

const renderer = (config as { renderer: Record<string, unknown> }).renderer;
export default renderer;

import { RECORD_KINDS } from '../../shared/api/index.js';
import type { Context } from '../area.js';
import type { KindLabels } from './rules.js';

/** Each kind's name in the employer's words, as the areas declared them in their manifests. */
export function kindLabels(ctx: Pick<Context, 'registry'>): KindLabels {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, ctx.registry.recordKinds.get(k)?.label ?? k])) as KindLabels;
}

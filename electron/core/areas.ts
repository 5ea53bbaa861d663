import type { CoreMethodName } from '../shared/api/index.js';
import type { CoreArea } from './area.js';
import { attentionArea } from './attention/area.js';
import { bookArea } from './book/area.js';
import { checksArea } from './checks/area.js';
import { contractsArea } from './contracts/area.js';
import { documentsArea } from './documents/area.js';
import { employerArea } from './employer/area.js';
import { historyArea } from './history/area.js';
import { payArea } from './pay/area.js';
import { buildRegistry } from './registry.js';
import { retentionArea } from './retention/area.js';
import { settingsArea } from './settings/area.js';
import { trainingArea } from './training/area.js';
import { workersArea } from './workers/area.js';

/**
 * The areas of the core, in the order their example steps run and Home lists them. A new area
 * is a folder with an area.ts, named here once; everything else is derived from this list.
 */
const AREAS = [
  bookArea,
  settingsArea,
  employerArea,
  workersArea,
  checksArea,
  contractsArea,
  documentsArea,
  payArea,
  trainingArea,
  retentionArea,
  historyArea,
  attentionArea,
] as const;

// A method in the contract with no area to answer it is a compile error here.
type MethodsOf<A> = A extends CoreArea<infer M> ? M : never;
type Unanswered = Exclude<CoreMethodName, MethodsOf<(typeof AREAS)[number]>>;
const everyMethodIsAnswered: [Unanswered] extends [never] ? true : { unanswered: Unanswered } = true;
void everyMethodIsAnswered;

export const REGISTRY = buildRegistry(AREAS);

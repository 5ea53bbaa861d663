import type { BookTables } from '../book/schema.js';
import type { ChecksTables } from '../checks/schema.js';
import type { ContractsTables } from '../contracts/schema.js';
import type { DocumentsTables } from '../documents/schema.js';
import type { EmployerTables } from '../employer/schema.js';
import type { HistoryTables } from '../history/schema.js';
import type { PayTables } from '../pay/schema.js';
import type { SettingsTables } from '../settings/schema.js';
import type { TrainingTables } from '../training/schema.js';
import type { WorkersTables } from '../workers/schema.js';

/**
 * The whole database as Kysely sees it: each area declares its own tables in its schema.ts
 * and is named here once. Money in integer pence, dates YYYY-MM-DD, instants ISO UTC, ids text.
 * Every table must also appear in its area's manifest (test/core/areas.test.ts checks both ways).
 */
export interface Schema extends BookTables, SettingsTables, EmployerTables, WorkersTables, ChecksTables, ContractsTables, DocumentsTables, HistoryTables, PayTables, TrainingTables {}

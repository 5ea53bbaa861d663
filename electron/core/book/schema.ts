import type { Generated } from 'kysely';

/** The book area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface BookTables {
  backupLog: BackupLogTable;
}

export interface BackupLogTable {
  id: Generated<number>;
  createdAt: string;
  /** Empty for a failed attempt. */
  fileName: string;
  bytes: number;
  /** Why an automatic backup failed, in plain English; null when the backup was made. */
  problem: string | null;
}

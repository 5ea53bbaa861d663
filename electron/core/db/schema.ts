import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it (camelCase here, snake_case in SQL via CamelCasePlugin).
 * Money in integer pence, dates YYYY-MM-DD, instants ISO UTC, ids text.
 */
export interface Schema {
  setting: SettingTable;
  backupLog: BackupLogTable;
  employer: EmployerTable;
}

export interface SettingTable {
  key: string;
  /** JSON */
  value: string;
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

export interface EmployerTable {
  /** Always 1: one employer per book. */
  id: number;
  kind: string;
  name: string;
  actingFor: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  phone: string;
  email: string;
  updatedAt: string;
}

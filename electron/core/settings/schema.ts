/** The settings area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface SettingsTables {
  setting: SettingTable;
}

export interface SettingTable {
  key: string;
  /** JSON */
  value: string;
}

/** The contracts area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface ContractsTables {
  contractVersion: ContractVersionTable;
}

export interface ContractVersionTable {
  id: string;
  workerId: string;
  version: number;
  appliesFrom: string;
  /** JSON: the ContractTerms as saved */
  terms: string;
  issuedOn: string;
  agreedOn: string;
  createdAt: string;
}

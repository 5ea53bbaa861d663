import type { Generated } from 'kysely';

/** The employer area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface EmployerTables {
  employer: EmployerTable;
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
  // 004_people (defaults to '', so the first save of the details needs none of them)
  insurer: Generated<string>;
  policyNumber: Generated<string>;
  coverPounds: number | null;
  renewsOn: Generated<string>;
  payeReference: Generated<string>;
  pensionScheme: Generated<string>;
  pensionDutiesStartOn: Generated<string>;
  pensionDeclarationOn: Generated<string>;
  localAuthority: Generated<string>;
  /** 'london' | 'elsewhere' | null */
  wageArea: string | null;
}

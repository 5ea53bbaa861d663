/** The workers area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface WorkersTables {
  worker: WorkerTable;
}

/** Optional text and dates are '' when not given, never null. */
export interface WorkerTable {
  id: string;
  fullName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  niNumber: string;
  phone: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  emergencyName: string;
  emergencyRelationship: string;
  emergencyPhone: string;
  jobTitle: string;
  startDate: string;
  /** 'applicant' | 'active' | 'left' */
  status: string;
  leftOn: string;
  leftReason: string;
  createdAt: string;
  updatedAt: string;
}

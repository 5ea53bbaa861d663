/** The checks area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface ChecksTables {
  rightToWorkCheck: RightToWorkCheckTable;
  dbsCheck: DbsCheckTable;
  dbsStatusCheck: DbsStatusCheckTable;
  workerReference: WorkerReferenceTable;
  interview: InterviewTable;
}

export interface RightToWorkCheckTable {
  id: string;
  workerId: string;
  checkedOn: string;
  method: string;
  evidence: string;
  permission: string;
  permissionEndsOn: string;
  notes: string;
  createdAt: string;
}

export interface DbsCheckTable {
  id: string;
  workerId: string;
  level: string;
  /** 0 or 1 */
  adultsBarredList: number;
  childrenBarredList: number;
  certificateNumber: string;
  issuedOn: string;
  updateServiceJoinedOn: string;
  statusCheckConsent: number;
  disclosureNote: string;
  createdAt: string;
}

export interface DbsStatusCheckTable {
  id: string;
  dbsCheckId: string;
  checkedOn: string;
  result: string;
  note: string;
}

export interface WorkerReferenceTable {
  id: string;
  workerId: string;
  refereeName: string;
  relationship: string;
  contact: string;
  requestedOn: string;
  receivedOn: string;
  outcome: string;
  notes: string;
  createdAt: string;
}

export interface InterviewTable {
  id: string;
  workerId: string;
  heldOn: string;
  interviewers: string;
  /** JSON array of { value, question, notes } */
  answers: string;
  outcome: string;
  notes: string;
  createdAt: string;
}

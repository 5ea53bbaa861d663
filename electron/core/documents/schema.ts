/** The documents area's tables, as Kysely sees them (camelCase here, snake_case in SQL). */
export interface DocumentsTables {
  document: DocumentTable;
  documentContent: DocumentContentTable;
}

export interface DocumentTable {
  id: string;
  workerId: string;
  kind: string;
  label: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  linkedId: string;
  addedAt: string;
}

export interface DocumentContentTable {
  documentId: string;
  data: Uint8Array;
}

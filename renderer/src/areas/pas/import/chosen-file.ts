/** A CSV file the person chose, read into memory: its name (shown back to them) and its text. */
export interface ChosenFile {
  name: string;
  csv: string;
}

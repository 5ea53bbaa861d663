import { ApiError } from '../../../lib/api.js';
import { MAX_SHIFT_IMPORT_BYTES } from '../../../shared.js';

const refuse = (message: string) => new ApiError('invalid_input', message, { csv: message });

/**
 * A timesheet file's text. Too big a file is refused before it is read into memory. Excel
 * saves "CSV UTF-8" as UTF-8 but plain "CSV" in the Windows code page, so text that is not
 * UTF-8 is read as Windows-1252 (a binary file still shows as one to the core: control
 * characters, which it refuses in words).
 */
export async function readTimesheetFile(file: File): Promise<string> {
  if (file.size === 0) throw refuse('The file is empty. Choose a CSV file with a row for each shift');
  if (file.size > MAX_SHIFT_IMPORT_BYTES) {
    throw refuse('The file is too big: a timesheet file must be under 1 MB. Split it into files of a few months each');
  }
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

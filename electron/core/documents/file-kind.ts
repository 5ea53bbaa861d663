import { fileTypeFromBuffer } from 'file-type';

/**
 * Which files the book takes, decided from their content, never from their name alone: a
 * program renamed "passport.pdf" is refused. Each kind has the extensions it may be opened
 * with, so the copy handed to the system viewer always opens in a viewer, never runs.
 */

export interface FileKind {
  mediaType: string;
  /** Extensions (lower case, no dot) a copy may keep; the first is used when the name has none of them. */
  extensions: string[];
}

/** By what file-type reports (its `mime`). */
const BY_CONTENT: Record<string, FileKind> = {
  'application/pdf': { mediaType: 'application/pdf', extensions: ['pdf'] },
  'image/jpeg': { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  'image/png': { mediaType: 'image/png', extensions: ['png'] },
  'image/gif': { mediaType: 'image/gif', extensions: ['gif'] },
  'image/webp': { mediaType: 'image/webp', extensions: ['webp'] },
  'image/heic': { mediaType: 'image/heic', extensions: ['heic', 'heif'] },
  'image/heif': { mediaType: 'image/heif', extensions: ['heif', 'heic'] },
  'image/tiff': { mediaType: 'image/tiff', extensions: ['tif', 'tiff'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  'application/vnd.oasis.opendocument.text': { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
};

/**
 * Old Word documents are "compound files", and so are Windows installers (.msi). The content
 * cannot tell them apart, so a compound file is taken only when it is named .doc, and its copy
 * always opens as a .doc.
 */
const WORD_97: FileKind = { mediaType: 'application/msword', extensions: ['doc'] };

/** Text has no signature: taken when named .txt or .csv and it is readable UTF-8 text. */
const TEXT: Record<string, FileKind> = {
  txt: { mediaType: 'text/plain', extensions: ['txt'] },
  csv: { mediaType: 'text/csv', extensions: ['csv'] },
};

export const ACCEPTED_FILES =
  'Carebook can keep PDFs, photos and scans (JPEG, PNG, GIF, WEBP, HEIC or TIFF), Word or OpenDocument documents (DOC, DOCX or ODT), Excel spreadsheets (XLSX) and text files (TXT or CSV). Choose a file of one of these kinds';

/** The lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What kind of file `bytes` is, or null when the book does not take it. */
export async function fileKind(bytes: Uint8Array, fileName: string): Promise<FileKind | null> {
  const ext = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (detected.mime === 'application/x-cfb') return ext === 'doc' ? WORD_97 : null;
    return Object.hasOwn(BY_CONTENT, detected.mime) ? BY_CONTENT[detected.mime]! : null;
  }
  return Object.hasOwn(TEXT, ext) && isPlainText(bytes) ? TEXT[ext]! : null;
}

/** The extensions a stored document's copy may have, from its media type (empty when unknown). */
export function extensionsFor(mediaType: string): string[] {
  const kinds = [...Object.values(BY_CONTENT), WORD_97, ...Object.values(TEXT)];
  return kinds.find((kind) => kind.mediaType === mediaType)?.extensions ?? [];
}

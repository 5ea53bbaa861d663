/** Offer some text as a file to save (the host shows its usual Save dialog). */
export function downloadText(fileName: string, text: string) {
  offer(fileName, new Blob([text], { type: 'text/plain;charset=utf-8' }));
}

/** Offer a file the core made (base64, e.g. a PDF) to save, the same way as downloadText. */
export function downloadBytes(fileName: string, base64: string, mediaType: string) {
  offer(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mediaType }));
}

function offer(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

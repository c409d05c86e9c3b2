/**
 * Saves text as a file through a temporary object URL (no network, no permission needed); a
 * large file can come as several parts, joined by the Blob rather than into one string.
 */
export function download(text: string | string[], filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(text) ? text : [text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

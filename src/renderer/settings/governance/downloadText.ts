/** Saves text as a file through the browser's download (works the same in Electron and browser mode). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

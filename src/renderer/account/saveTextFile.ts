/** Offers text to the user as a file download (the browser's or Electron's save flow). */
export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download may find no data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

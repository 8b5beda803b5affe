/** Saves CSV text as a file: a download in the browser, the save dialog in the desktop shell. */
export function downloadCsv(fileName: string, csv: string): void {
  // A BOM so Excel reads the UTF-8 (carrier names, arrows in lanes) correctly.
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

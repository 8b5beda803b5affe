import { saveTextFile } from '../account/saveTextFile';

/** Saves CSV text as a file: a download in the browser, the save dialog in the desktop shell. */
export function downloadCsv(fileName: string, csv: string): void {
  // A BOM so Excel reads the UTF-8 (carrier names, arrows in lanes) correctly.
  saveTextFile(fileName, `\ufeff${csv}`, 'text/csv;charset=utf-8');
}

/** What the generated PDF prints: a heading and a few lines of text. */
export interface InvoicePdfText {
  title: string;
  lines: readonly string[];
}

/** PDF text strings escape backslash and parentheses; anything outside printable ASCII becomes "?". */
const pdfString = (s: string): string => `(${s.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A small, valid one-page PDF (Helvetica, no dependency) for the demo world and tests: the ERP
 * sends real invoices; this only has to open in any viewer and show the invoice number.
 */
export function renderInvoicePdf(text: InvoicePdfText): Buffer {
  const body = [
    'BT /F1 20 Tf 56 780 Td',
    `${pdfString(text.title)} Tj`,
    '/F1 11 Tf 0 -34 Td 15 TL',
    ...text.lines.map((line) => `${pdfString(line)} '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** An invoice PDF's blob key: `inv/<invoice id>/<first 16 hex of its sha256>` (a new PDF gets a new key). */
export const invoicePdfKeyPattern = /^inv\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{16}$/;

export function invoicePdfKey(invoiceId: string, sha256Hex: string): string {
  return `inv/${invoiceId}/${sha256Hex.slice(0, 16)}`;
}

/** The invoice a PDF key belongs to, or null when `key` is not an invoice PDF key. */
export function invoiceIdOfPdfKey(key: string): string | null {
  return invoicePdfKeyPattern.test(key) ? key.split('/')[1]! : null;
}

import { relay } from '../bridge/relay';

/** Fetches an invoice's PDF from the hub (through the core) and offers it as a download; the error sentence when it cannot. */
export async function downloadInvoicePdf(invoiceId: string): Promise<string | null> {
  const reply = await relay().invoke('invoices.pdf', { id: invoiceId });
  if (!reply.ok) return reply.error.message;
  const bytes = Uint8Array.from(atob(reply.data.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reply.data.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download may find no data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

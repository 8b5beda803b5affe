import type { IpcOutput } from '../../core';
import type { HandlerContext } from '../ipc/HandlerContext';
import { IpcFailure } from '../ipc/IpcFailure';

const OFFLINE = 'Invoice PDFs are kept on the hub; connect to open this one.';

/** The PDF of an invoice, read from the hub with the agent's token (never cached on this computer). */
export async function fetchInvoicePdf(ctx: Pick<HandlerContext, 'session' | 'status'>, id: string): Promise<IpcOutput<'invoices.pdf'>> {
  const access = ctx.session.hubAccess();
  if (!access) throw new IpcFailure('unauthorized', 'Sign in first.');
  if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', OFFLINE);
  let response: Response;
  try {
    response = await fetch(`${access.hubUrl.replace(/\/$/, '')}/api/v1/invoices/${id}/pdf`, {
      headers: { authorization: `Bearer ${access.token}` },
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    throw new IpcFailure('offline', OFFLINE);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    const message = typeof body?.error?.message === 'string' ? body.error.message : `The hub answered ${response.status}.`;
    throw new IpcFailure(response.status === 401 ? 'unauthorized' : 'failed', message);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  return { name: named ? decodeURIComponent(named) : `invoice-${id}.pdf`, dataBase64: Buffer.from(await response.arrayBuffer()).toString('base64') };
}

import { z } from 'zod';
import { reportAnswerSchema, type ReportAnswer, type ReportRequest } from '../../core';
import { IpcFailure } from '../ipc/IpcFailure';

const FETCH_TIMEOUT_MS = 30_000;
const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** GET /api/v1/reports/:kind as the signed-in agent; the answer is zod-checked. */
export async function fetchHubReport(access: { hubUrl: string; token: string }, request: ReportRequest, offlineMessage: string): Promise<ReportAnswer> {
  const query = new URLSearchParams({ from: String(request.from), to: String(request.to) });
  if (request.teamId !== undefined) query.set('teamId', request.teamId);
  let response: Response;
  try {
    response = await fetch(`${access.hubUrl}/api/v1/reports/${request.kind}?${query.toString()}`, {
      headers: { authorization: `Bearer ${access.token}` },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch {
    throw new IpcFailure('offline', offlineMessage);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorReplySchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `The hub answered HTTP ${response.status}.`;
    throw new IpcFailure(response.status === 401 || response.status === 403 ? 'unauthorized' : 'failed', message);
  }
  const parsed = reportAnswerSchema.safeParse(body);
  if (!parsed.success) throw new IpcFailure('failed', `The hub sent an unexpected report: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

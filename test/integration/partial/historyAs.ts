import { historyBundleSchema, type HistoryBundle } from '../../../src/core';

/** GETs a hub history route with a token; the status, and the bundle when it is 200. */
export async function historyAs(hubUrl: string, token: string | null, path: string): Promise<{ status: number; bundle: HistoryBundle | null }> {
  const res = await fetch(`${hubUrl}/api/v1/history/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body: unknown = await res.json();
  return { status: res.status, bundle: res.status === 200 ? historyBundleSchema.parse(body) : null };
}

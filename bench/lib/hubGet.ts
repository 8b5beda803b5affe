/**
 * GET (with the agent's token when given) and read the whole body as text; fails on anything
 * but 200: a bench must not time error pages. Callers parse only when they check the answer.
 */
export async function hubGet(baseUrl: string, path: string, token?: string): Promise<string> {
  const res = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.status !== 200) throw new Error(`bench: GET ${path} answered ${res.status}`);
  return res.text();
}

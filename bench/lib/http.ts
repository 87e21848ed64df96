/** One timed GET: wall time from request to the last byte of the body. Throws unless 200. */
export async function timedGet(url: string, headers: Record<string, string>): Promise<{ ms: number; body: unknown }> {
  const start = performance.now();
  const response = await fetch(url, { headers });
  const text = await response.text();
  const elapsed = performance.now() - start;
  if (response.status !== 200) throw new Error(`GET ${url} → ${response.status}: ${text.slice(0, 300)}`);
  return { ms: elapsed, body: JSON.parse(text) };
}

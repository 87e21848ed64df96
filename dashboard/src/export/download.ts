// Downloads through the owner API (the key travels in a header, so a plain link cannot do it): the file is
// fetched, then saved with a temporary object URL.
import type { ExportedAnswer, ExportPage } from '../../../shared/owner-api.ts';
import { call, failureOf, ownerFetch, query, type Credentials, type Filters } from '../api.ts';

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/** The CSV as the worker streams it; returns the file name and the number of data rows. */
export async function downloadCsv(credentials: Credentials, filters: Filters): Promise<{ name: string; rows: number }> {
  const response = await ownerFetch(credentials, `/responses.csv${query(filters)}`, { headers: { Accept: 'text/csv' } });
  if (!response.ok) throw await failureOf(response);
  const blob = await response.blob();
  const name = fileName(response.headers.get('Content-Disposition'), `opinia-${credentials.shopId}.csv`);
  saveFile(blob, name);
  // Rows: records, not lines (a comment may hold a line break inside quotes).
  const text = await blob.text();
  let rows = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) rows += 1;
  }
  return { name, rows: Math.max(0, rows - 1) };
}

/** Every page of GET /responses, saved as one JSON array. */
export async function downloadJson(
  credentials: Credentials,
  filters: Filters,
  period: { from: string; to: string },
  onProgress: (count: number) => void,
): Promise<{ name: string; rows: number }> {
  const answers: ExportedAnswer[] = [];
  let cursor: string | null = null;
  do {
    const page: ExportPage = await call<ExportPage>(
      credentials,
      `/responses${query({ ...filters, limit: '200', cursor: cursor ?? undefined })}`,
    );
    answers.push(...page.responses);
    cursor = page.nextCursor;
    onProgress(answers.length);
  } while (cursor);
  const name = `opinia-${credentials.shopId}-${filters.from || period.from}-${filters.to || period.to}.json`;
  saveFile(new Blob([JSON.stringify(answers, null, 2)], { type: 'application/json' }), name);
  return { name, rows: answers.length };
}

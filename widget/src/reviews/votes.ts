// "Was this helpful?": one vote per browser. The worker counts one vote per voterId, a random id kept in
// localStorage (no cookie); the ids already voted for are kept too, so the button stays disabled on return.
import { newClientId } from '../api.ts';

const VOTER = 'opinia-voter';
const VOTED = 'opinia-voted';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: votes still count once per page
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {}
}

export function voterId(): string {
  let id = read(VOTER);
  if (!id) write(VOTER, (id = newClientId()));
  return id;
}

const voted = new Set<string>(JSON.parse(read(VOTED) ?? '[]') as string[]);

export const hasVoted = (reviewId: string) => voted.has(reviewId);

export function rememberVote(reviewId: string): void {
  voted.add(reviewId);
  write(VOTED, JSON.stringify([...voted].slice(-200)));
}

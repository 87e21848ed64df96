// The Audit screen's period presets, as UTC days `YYYY-MM-DD` (the API's days are UTC, both ends inclusive).
// Pure functions: the browser test computes the same presets to compare with what the screen asks for.
import type { Preset } from './texts.ts';

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date));

export interface Period {
  from: string;
  to: string;
}

/** The period a preset names, seen from `today` (a UTC day). Closed periods end before today. */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, today: string): Period {
  const now = new Date(`${today}T00:00:00Z`);
  const [year, month] = [now.getUTCFullYear(), now.getUTCMonth()];
  switch (preset) {
    case 'last30':
      return { from: day(new Date(now.getTime() - 29 * DAY_MS)), to: today };
    case 'lastWeek': {
      // The last closed Monday–Sunday week.
      const sinceMonday = (now.getUTCDay() + 6) % 7;
      const lastSunday = new Date(now.getTime() - (sinceMonday + 1) * DAY_MS);
      return { from: day(new Date(lastSunday.getTime() - 6 * DAY_MS)), to: day(lastSunday) };
    }
    case 'lastMonth':
      return { from: day(utc(year, month - 1, 1)), to: day(utc(year, month, 0)) };
    case 'lastQuarter': {
      const quarterStart = month - (month % 3);
      return { from: day(utc(year, quarterStart - 3, 1)), to: day(utc(year, quarterStart, 0)) };
    }
  }
}

export const todayUtc = () => day(new Date());

// A native date input shows its day the browser's way ("11/04/2026" for a Czech owner in an English browser) and
// cannot be relabelled: this line under it writes the same day in the dashboard's language ("4. 11. 2026"). The
// input points at it with aria-describedby, so screen readers hear it too.
import { formatDay } from '../format.ts';
import { useI18n } from '../i18n.tsx';

export function DayHint({ id, day }: { id: string; day: string }) {
  const { language } = useI18n();
  return (
    <small id={id} class="day-hint" data-day-hint>
      {day ? formatDay(language, day) : ''}
    </small>
  );
}

// Day / week / month for the trend series.
import type { Granularity } from '../../../shared/schemas.ts';
import { useI18n } from '../i18n.tsx';
import { Segmented } from './Segmented.tsx';

const GRANULARITIES = ['day', 'week', 'month'] as const satisfies readonly Granularity[];

export function GranularitySwitch({ value, onChange }: { value: Granularity; onChange(value: Granularity): void }) {
  const { t } = useI18n();
  const options = GRANULARITIES.map((option) => ({ value: option, label: t.trend[option] }));
  return <Segmented name="granularity" legend={t.trend.granularity} value={value} options={options} onChange={onChange} />;
}

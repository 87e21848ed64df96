// The audit's pickers: a period preset or own dates, what to compare with, and one segment (or all customers).
// Every change asks for the audit at once; native controls, so the keyboard and screen readers need nothing more.
// Each date is also written in the dashboard's language under its input (DateField, DayHint), which follows the browser's.
import type { AuditRequest } from './api.ts';
import { DateField } from '../components/DateField.tsx';
import { Segmented } from '../components/Segmented.tsx';
import { useI18n } from '../i18n.tsx';
import { presetPeriod, todayUtc } from './period.ts';
import { AUDIT_TEXTS, type Preset } from './texts.ts';

export interface Choice extends AuditRequest {
  preset: Preset;
}

export const PRESETS: Preset[] = ['last30', 'lastWeek', 'lastMonth', 'lastQuarter', 'custom'];

export const initialChoice = (): Choice => ({
  preset: 'last30',
  ...presetPeriod('last30', todayUtc()),
  compare: 'previous',
  segment: '',
});

interface Props {
  choice: Choice;
  segments: string[];
  onChange(choice: Choice): void;
}

export function Pickers({ choice, segments, onChange }: Props) {
  const { language } = useI18n();
  const t = AUDIT_TEXTS[language];
  const set = (patch: Partial<Choice>) => onChange({ ...choice, ...patch });
  return (
    <form class="filters audit-pickers" aria-label={t.pickers} onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="audit-preset">{t.preset}</label>
        <select
          id="audit-preset"
          value={choice.preset}
          onChange={(event) => {
            const preset = event.currentTarget.value as Preset;
            set(preset === 'custom' ? { preset } : { preset, ...presetPeriod(preset, todayUtc()) });
          }}
        >
          {PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t.presets[preset]}
            </option>
          ))}
        </select>
      </div>
      <DateField
        id="audit-from"
        label={t.from}
        value={choice.from}
        max={choice.to}
        required
        onChange={(event) => event.currentTarget.value && set({ preset: 'custom', from: event.currentTarget.value })}
        day={choice.from}
      />
      <DateField
        id="audit-to"
        label={t.to}
        value={choice.to}
        min={choice.from}
        required
        onChange={(event) => event.currentTarget.value && set({ preset: 'custom', to: event.currentTarget.value })}
        day={choice.to}
      />
      <Segmented
        name="audit-compare"
        legend={t.compare}
        value={choice.compare}
        options={(['previous', 'year'] as const).map((value) => ({ value, label: t.compares[value] }))}
        onChange={(compare) => set({ compare })}
      />
      <div class="field">
        <label for="audit-segment">{t.segment}</label>
        <select id="audit-segment" value={choice.segment} onChange={(event) => set({ segment: event.currentTarget.value })}>
          <option value="">{t.allSegments}</option>
          {segments.map((segment) => (
            <option key={segment} value={segment}>
              {segment}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

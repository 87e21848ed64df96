import { useI18n } from './i18n.ts';
import { RadioGroup } from './RadioGroup.tsx';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface NpsScaleProps {
  value: number | undefined;
  onChange: (score: number) => void;
}

/** "Would you recommend us?" 0–10 as a labelled radio group, described by what the ends mean. */
export function NpsScale({ value, onChange }: NpsScaleProps) {
  const { messages } = useI18n();
  return (
    <>
      <p id="nps-label" class="label">
        {messages.npsLabel}
      </p>
      <RadioGroup
        class="nps"
        labelledBy="nps-label"
        describedBy="nps-hint"
        values={SCORES}
        value={value}
        onChange={onChange}
        renderOption={(score) => score}
      />
      <p id="nps-hint" class="hint">
        {messages.npsHint}
      </p>
    </>
  );
}

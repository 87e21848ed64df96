import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

interface RadioGroupProps {
  class: string;
  labelledBy: string;
  describedBy?: string;
  values: readonly number[];
  value: number | undefined;
  onChange: (value: number) => void;
  /** Accessible name of one option, when its content does not say it (a star icon). */
  optionLabel?: (value: number) => string;
  renderOption: (value: number, checked: boolean) => ComponentChildren;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The W3C radio group pattern with a roving tabindex: Tab lands on the checked option (or the
 * first), arrow keys move and select (wrapping around), Space selects the focused option.
 */
export function RadioGroup(props: RadioGroupProps) {
  const { values, value } = props;
  const options = useRef<(HTMLElement | null)[]>([]);
  const tabStop = value ?? values[0];

  function select(index: number) {
    props.onChange(values[index]!);
    options.current[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = STEPS[event.key];
    if (step) select((index + step + values.length) % values.length);
    else if (event.key === ' ') select(index);
    else if (event.key === 'Home') select(0);
    else if (event.key === 'End') select(values.length - 1);
    else return;
    event.preventDefault();
  }

  return (
    <div role="radiogroup" class={props.class} aria-labelledby={props.labelledBy} aria-describedby={props.describedBy}>
      {values.map((option, index) => {
        const checked = option === value;
        return (
          <span
            key={option}
            ref={(element) => void (options.current[index] = element)}
            role="radio"
            aria-checked={checked ? 'true' : 'false'}
            aria-label={props.optionLabel?.(option)}
            tabIndex={option === tabStop ? 0 : -1}
            onClick={() => select(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {props.renderOption(option, checked)}
          </span>
        );
      })}
    </div>
  );
}

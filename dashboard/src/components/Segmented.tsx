// A small choice of one option (day/week/month, open/resolved) as native radio buttons in a fieldset:
// Tab reaches the checked one, arrow keys move between them, as users of radio groups expect.
interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}

export function Segmented<T extends string>({ name, legend, value, options, onChange }: Props<T>) {
  return (
    <fieldset class="segmented">
      <legend class="segmented-label">{legend}</legend>
      <div class="segments">
        {options.map((option) => (
          <label key={option.value} class={option.value === value ? 'segment is-checked' : 'segment'}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

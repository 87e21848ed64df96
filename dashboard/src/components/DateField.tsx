// A labelled native date input with the day written under it in the dashboard's language (DayHint): the overview
// filters, the Audit pickers and the Invitations period all use it.
import type { PartialInputHTMLAttributes } from 'preact';
import { DayHint } from './DayHint.tsx';

type Props = Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'role' | 'label'> & {
  id: string;
  label: string;
  /** the day to write under the input (yyyy-mm-dd), '' for none */
  day: string;
};

export function DateField({ id, label, day, ...input }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input {...input} type="date" id={id} aria-describedby={`${id}-day`} />
      <DayHint id={`${id}-day`} day={day} />
    </div>
  );
}

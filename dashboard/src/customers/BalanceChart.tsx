// The running balance of one customer's emotional bank account as a step line: it falls with a complaint and
// rises with the repair. A point that drew from the account is red, one that paid in is green; the levels are
// labelled at the left. Decorative for screen readers beyond its label: the table below holds every figure.
import type { TimelineEntry } from '../../../shared/owner-api.ts';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = 24;
/** Room at the left for the level labels (+1, 0, −1). */
const AXIS = 40;

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

export function BalanceChart({ entries, label }: { entries: TimelineEntry[]; label: string }) {
  const balances = [0, ...entries.map((entry) => entry.balance)];
  const top = Math.max(1, ...balances);
  const bottom = Math.min(-1, ...balances);
  const x = (index: number) => AXIS + PAD + (index * (WIDTH - AXIS - 2 * PAD)) / Math.max(1, balances.length - 1);
  const y = (balance: number) => PAD + ((top - balance) * (HEIGHT - 2 * PAD)) / (top - bottom);
  let path = `M${x(0)},${y(0)}`;
  balances.forEach((balance, index) => {
    if (index > 0) path += ` H${x(index)} V${y(balance)}`;
  });
  const effect = (index: number) => {
    const change = balances[index]! - balances[index - 1]!;
    return change < 0 ? 'balance-point is-withdrawal' : change > 0 ? 'balance-point is-deposit' : 'balance-point';
  };
  return (
    // The level labels are HTML over the drawing, so they keep a readable size when the chart shrinks on a phone.
    <div class="balance-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-balance-chart>
        <line class="balance-zero" x1={AXIS} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
        <path class="balance-line" d={path} />
        {balances.map((balance, index) =>
          index === 0 ? null : <circle key={entries[index - 1]!.id} class={effect(index)} cx={x(index)} cy={y(balance)} r={6} />,
        )}
      </svg>
      {[top, 0, bottom].map((level) => (
        <span key={level} class="balance-level" aria-hidden="true" style={{ top: `${(y(level) / HEIGHT) * 100}%` }}>
          {signed(level)}
        </span>
      ))}
    </div>
  );
}

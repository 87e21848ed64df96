// `npm start`: the whole thing locally (run after `npm run build:widget`, which the npm script does).
import { startBanner } from './lib/banner.ts';
import { startStack } from './lib/stack.ts';

const port = Number(process.env.PORT ?? 8787);
const stack = await startStack({
  port,
  shopPort: Number(process.env.SHOP_PORT ?? port + 1),
  progress: (line) => console.log(line),
});
console.log(startBanner(stack));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await stack.stop();
    process.exit(0);
  });
}

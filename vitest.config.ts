import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/sentiment/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
    ],
  },
});

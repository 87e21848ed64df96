// Data modules (wrangler's default rule for *.bin; the unit tests' vite plugin tests/support/data-modules.ts and
// scripts/sentiment/artifact-files.ts read them the same way): the file's bytes.
declare module '*.bin' {
  const data: ArrayBuffer;
  export default data;
}

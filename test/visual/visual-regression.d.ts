// @web/test-runner-visual-regression 0.10 re-exports `./browser/commands.mjs`, whose types sit in
// `commands.d.ts` (not `.d.mts`), so TypeScript finds no `visualDiff`. Declare it here.
export {};

declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}

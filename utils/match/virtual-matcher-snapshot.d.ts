/** The build-time matcher snapshot (scripts/build/matcher-snapshot-plugin.ts). */
declare module 'virtual:defence-lens-matcher-snapshot' {
  const snapshot: import('./matcher-snapshot').MatcherSnapshot;
  export default snapshot;
}

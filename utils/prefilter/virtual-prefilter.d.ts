declare module 'virtual:defence-lens-prefilter' {
  const data: import('./page-prefilter').PrefilterData;
  export default data;
}
declare module 'virtual:defence-lens-matcher-snapshot-lazy' {
  /** The build's matcher snapshot, parsed on first call. */
  export function matcherSnapshot(): import('../match/matcher-snapshot').MatcherSnapshot;
}

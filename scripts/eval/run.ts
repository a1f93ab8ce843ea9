/**
 * `npm run eval`: the evaluation sets, one section each. A section is a title and a report that
 * returns the text to print (a Markdown table and its notes); adding one is an import and a line
 * in SECTIONS.
 */
import { dateEvalSection } from './date-eval';
import { nameEvalSection } from './name-eval';

interface EvalSection {
  title: string;
  report: () => string;
}

const SECTIONS: EvalSection[] = [nameEvalSection, dateEvalSection];

for (const section of SECTIONS) {
  const started = performance.now();
  const body = section.report();
  console.log(`## ${section.title}\n\n${body}\n\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

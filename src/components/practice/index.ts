/** Components for practice pages, fed by the page's `practice` frontmatter. */
export { default as PracticeRelations } from './PracticeRelations.astro';
export { default as PracticeSummary } from './PracticeSummary.astro';

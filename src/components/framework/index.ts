/** The components every framework page uses, fed by the page's `framework` frontmatter. */
export { default as FactTable } from './FactTable.astro';
export { default as FrameworkAssessment } from './FrameworkAssessment.astro';
export { default as FrameworkGlance } from './FrameworkGlance.astro';
export { default as ItemTable } from './ItemTable.astro';
export { default as LevelDetails } from './LevelDetails.astro';
export { default as LevelTable } from './LevelTable.astro';
export { default as ScoreBands } from './ScoreBands.astro';
export { default as SourceList } from './SourceList.astro';
export { default as VersionHistory } from './VersionHistory.astro';

/**
 * Where the self-check keeps its state in the browser, and how a share link marks itself. A
 * module of its own, with no code, so that the page's first script can tell whether there is
 * state to show without loading the codec (src/lib/assessment.ts re-exports these).
 */
export const ASSESSMENT_FORMAT = 'mlops-atlas-assessment';
/** The version this site writes; version 2 added snapshots (issue 13). */
export const ASSESSMENT_FORMAT_VERSION = 2;
/** The versions this site reads: every version it ever wrote. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
/**
 * localStorage key. Its `v1` is the first format's: later formats are read from the same key (the
 * data carries its version, and every earlier version stays readable), so no answers are left
 * behind under an old key when the format grows.
 */
export const STORAGE_KEY = `${ASSESSMENT_FORMAT}:v1`;
/** Where the first self-check kept the one set a shared link replaced; read once, into the history. */
export const BACKUP_STORAGE_KEY = `${STORAGE_KEY}:before-shared-link`;
/** The history of replaced answer sets (src/lib/history.ts). */
export const HISTORY_STORAGE_KEY = `${STORAGE_KEY}:history`;
/** localStorage key of the ML Test Score calculator, which saves in the same format. */
export const ML_TEST_SCORE_STORAGE_KEY = `${ASSESSMENT_FORMAT}:ml-test-score:v1`;
/** The reader's snapshots: dated copies of their answers (src/lib/progress.ts). */
export const SNAPSHOTS_STORAGE_KEY = `${STORAGE_KEY}:snapshots`;
/** Every key above: state the self-check reads when it starts. */
export const SELF_CHECK_KEYS = [
	STORAGE_KEY,
	HISTORY_STORAGE_KEY,
	BACKUP_STORAGE_KEY,
	ML_TEST_SCORE_STORAGE_KEY,
	SNAPSHOTS_STORAGE_KEY,
] as const;
/** The URL fragment parameter that carries a shared self-check. */
export const SHARE_PARAM = 'check';
/** The team view's members (src/lib/team.ts), kept so that a reload does not lose the team. */
export const TEAM_STORAGE_KEY = 'mlops-atlas-team:v1';

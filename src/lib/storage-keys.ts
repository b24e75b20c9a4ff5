/**
 * Where the self-check keeps its state in the browser, and how a share link marks itself. A
 * module of its own, with no code, so that the page's first script can tell whether there is
 * state to show without loading the codec (src/lib/assessment.ts re-exports these).
 */
export const ASSESSMENT_FORMAT = 'mlops-atlas-assessment';
export const ASSESSMENT_FORMAT_VERSION = 1;
/** localStorage key; the suffix is the format version, so a new format never reads an old one by accident. */
export const STORAGE_KEY = `${ASSESSMENT_FORMAT}:v${ASSESSMENT_FORMAT_VERSION}`;
/** Where the first self-check kept the one set a shared link replaced; read once, into the history. */
export const BACKUP_STORAGE_KEY = `${STORAGE_KEY}:before-shared-link`;
/** The history of replaced answer sets (src/lib/history.ts). */
export const HISTORY_STORAGE_KEY = `${STORAGE_KEY}:history`;
/** localStorage key of the ML Test Score calculator, which saves in the same format. */
export const ML_TEST_SCORE_STORAGE_KEY = `${ASSESSMENT_FORMAT}:ml-test-score:v${ASSESSMENT_FORMAT_VERSION}`;
/** Every key above: state the self-check reads when it starts. */
export const SELF_CHECK_KEYS = [
	STORAGE_KEY,
	HISTORY_STORAGE_KEY,
	BACKUP_STORAGE_KEY,
	ML_TEST_SCORE_STORAGE_KEY,
] as const;
/** The URL fragment parameter that carries a shared self-check. */
export const SHARE_PARAM = 'check';

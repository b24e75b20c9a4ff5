/** The site's rule for each kind of framework, in one sentence, as the results and the report state it. */
import type { EngineFramework } from './engine';

export const RULES: Record<EngineFramework['kind'], string> = {
	ladder:
		'A level counts when every practice mapped to it, and to every level below it, is in place or not applicable. An unanswered quick-check question counts as not in place; a deep-check question counts once you answer it.',
	'phase-profile': 'Each theme takes the phase you chose for it; themes are never blended.',
	rubric:
		'Each item earns the framework’s points for “manually” or “automated”; an item you did not answer directly takes the answer of the practices mapped to it, once they are all answered. Unanswered items count as not done.',
	checklist:
		'The baseline holds when every statement of its sections is met or not applicable; a statement you did not answer takes the answer of the practices mapped to it.',
	bands:
		'Each statement earns the framework’s points for “manually” or “automated”, and the total falls in one of the publisher’s bands. Unanswered statements count as not done.',
	canvas: 'This framework gives no verdict.',
};

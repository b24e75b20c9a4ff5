/**
 * The words of a self-check result, in one place: the page, the client element and the
 * Markdown report all say a result the same way.
 */
import type { Evidence, Result, SelfCheckModel } from './engine';
import { answerLabel } from './answers';

/** The headline of a result: "Level 1 · DevOps but no MLOps", "Score 1.5 · band above 1, up to 2". */
export function resultHeadline(result: Result, levelTerm = 'Level'): string {
	switch (result.status) {
		case 'pending':
			return 'Not enough answers yet';
		case 'not-applicable':
			return result.note ?? 'Not applicable';
		case 'no-verdict':
			return 'No result: this framework has no levels';
	}
	if (result.kind === 'rubric' || result.kind === 'bands') {
		const band = `band ${result.levelName}`;
		return result.kind === 'bands'
			? `${levelTerm} ${result.level} · score ${result.score} (${band})`
			: `Score ${result.score} · ${band}`;
	}
	if (result.kind === 'checklist')
		return `${result.levelName} (${result.score} of ${result.asked})`;
	return `${levelTerm} ${result.level} · ${result.levelName}`;
}

/** How much of the rule's questions the result rests on: "based on 9 of 14 questions". */
export function coverageText(result: Result): string {
	if (result.status === 'no-verdict' || result.status === 'not-applicable') return '';
	if (result.status === 'pending')
		return result.asked === 1
			? 'its one question is not answered yet'
			: `none of the ${result.asked} questions ${result.label}'s result depends on is answered yet`;
	return `based on ${result.answered} of ${result.asked} question${result.asked === 1 ? '' : 's'} ${result.label}'s result depends on`;
}

/** One line of "why": "Model registry (yes, Level 2)" or "Data 1 (automated, through Feature tests)". */
export function evidenceText(model: SelfCheckModel, evidence: Evidence): string {
	const question = model.questions.find((q) => q.id === evidence.questionId);
	const answer = question
		? answerLabel(question.answer, evidence.answer).toLowerCase()
		: (evidence.answer ?? 'not answered');
	const parts = [evidence.answer === undefined ? 'not answered' : answer];
	if (evidence.needsAutomation && evidence.answer === 'manual') parts.push('needs it automated');
	if (evidence.where) parts.push(evidence.where);
	if (evidence.via?.length) parts.push(`through ${evidence.via.join(', ')}`);
	return `${evidence.title} (${parts.join(', ')})`;
}

/** What remains before a result is final: "Nothing blocks …" only when nothing is left unanswered. */
export function remainingText(result: Result): string {
	if (result.status !== 'scored') return '';
	const unanswered = result.asked - result.answered;
	if (!result.next) {
		return unanswered
			? `This is the top; ${unanswered} question${unanswered === 1 ? '' : 's'} of the deep check ${unanswered === 1 ? 'is' : 'are'} still unanswered and could lower it.`
			: 'This is the top, and every question its rule uses is answered.';
	}
	if (!result.blockers.length && !unanswered) return 'Nothing blocks the next step.';
	return unanswered
		? `${unanswered} question${unanswered === 1 ? '' : 's'} of the deep check ${unanswered === 1 ? 'is' : 'are'} still unanswered.`
		: '';
}

/** Blockers not answered yet, in one line: "Not answered yet (3): Data 1, Data 2, Data 3." */
export function unansweredText(open: readonly Evidence[]): string {
	return `Not answered yet (${open.length}): ${open.map((e) => e.title).join('; ')}.`;
}

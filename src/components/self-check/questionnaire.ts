/**
 * The self-check's questionnaire as the server renders it: the quick check's groups, the deep
 * check's groups and the props of each question. Shared by the page (`SelfCheck.astro`) and the
 * deep check's markup, which the page fetches when the reader opens it
 * (`src/endpoints/self-check-deep.astro`), so that both lay out the same model the same way.
 */
import { frameworkHref, getFrameworks, getPractices, practiceHref } from '../../data/content';
import { answerOptions } from '../../lib/answers';
import { buildSelfCheckModel, type Question } from '../../lib/engine';
import { DIMENSIONS } from '../../schemas/common';

export async function questionnaire() {
	const [frameworks, practices] = await Promise.all([getFrameworks(), getPractices()]);
	const model = buildSelfCheckModel(frameworks, practices);
	const fw = (id: string) => frameworks.find((f) => f.id === id)!;

	const isPractice = (q: Question) => q.dimension !== undefined;
	/** Practice questions by dimension, in the order of the nine dimensions. */
	const byDimension = (questions: Question[]) =>
		DIMENSIONS.map((d) => ({
			...d,
			questions: questions.filter((q) => q.dimension === d.id),
		})).filter((g) => g.questions.length);
	/** Framework questions (themes, scope questions, items) per framework, quick or deep. */
	const byFramework = (quick: boolean) =>
		frameworks
			.map((f) => ({
				framework: f,
				questions: model.questions.filter((q) => q.quick === quick && q.frameworkId === f.id),
			}))
			.filter((g) => g.questions.length);
	// The deep check: every other practice that some framework scores, and every item.
	const scored = new Set(
		practices
			.filter((p) => p.mappings.some((m) => fw(m.framework).kind !== 'canvas'))
			.map((p) => p.id)
	);

	/** The options of a question: its own (themes, scope, checklist statements) or its type's. */
	const optionsOf = (q: Question) => q.options ?? answerOptions(q.answer);
	const moreOf = (q: Question) =>
		isPractice(q)
			? { href: practiceHref(q.id), label: `About “${q.title}”` }
			: { href: frameworkHref(q.frameworkId!), label: `About ${fw(q.frameworkId!).shortName}` };
	/** What the Question component needs: items show their name and the statement as a hint. */
	const propsOf = (q: Question) =>
		q.frameworkId && q.id !== q.frameworkId && q.answer !== 'choice'
			? {
					kind: 'practice' as const,
					name: q.id,
					legend: q.title,
					hint: q.statement,
					options: optionsOf(q),
				}
			: {
					kind: 'practice' as const,
					name: q.id,
					legend: q.statement,
					options: optionsOf(q),
					more: moreOf(q),
					stacked: q.answer === 'choice',
				};

	const quickTotal = model.questions.filter((q) => q.quick).length;
	return {
		frameworks,
		practices,
		model,
		fw,
		propsOf,
		quickPractices: byDimension(model.questions.filter((q) => q.quick && isPractice(q))),
		quickFramework: byFramework(true),
		deepPractices: byDimension(
			model.questions.filter((q) => !q.quick && isPractice(q) && scored.has(q.id))
		),
		deepItems: byFramework(false),
		quickTotal,
		deepTotal: model.questions.length - quickTotal,
	};
}

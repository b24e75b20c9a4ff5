/**
 * What a practitioner types into the site search, and what they expect to find among the first
 * five results. tests/e2e/search-ranking.spec.ts runs every row through Pagefind in a real browser.
 *
 * `expect`: pages that must all be among the first five results (or the first `within`).
 * `section`: a page that must also be among the first five, and whose result must link, in the
 * sub-results the search dialog shows under it (at most three), to this anchor: the section that
 * actually answers the query.
 */
export interface SearchExpectation {
	query: string;
	expect: string[];
	/** How many of the first results `expect` must be among, when fewer than five. */
	within?: number;
	section?: { page: string; anchor: string };
	/** Why a reader expects these pages. */
	why: string;
}

export const SEARCH_EXPECTATIONS: SearchExpectation[] = [
	// Concepts: the practice, and the framework page that explains the idea.
	{
		query: 'training-serving skew',
		expect: ['/practices/skew-monitoring/', '/frameworks/google-mlops/'],
		section: {
			page: '/frameworks/google-mlops/',
			anchor: 'the-feature-store-and-training-serving-skew',
		},
		why: "Google's page names the risk at level 0 and the feature store as its cure.",
	},
	{
		query: 'skew',
		expect: ['/practices/skew-monitoring/', '/frameworks/google-mlops/'],
		why: 'The same, typed short.',
	},
	{
		query: 'drift',
		expect: ['/practices/drift-monitoring/'],
		why: 'The practice that watches for it.',
	},
	{
		query: 'concept drift',
		expect: ['/practices/drift-monitoring/', '/frameworks/google-mlops/'],
		section: { page: '/glossary/', anchor: 'concept-drift' },
		why: "Google's level 1 retrains when the data distribution shifts, which it calls concept drift.",
	},
	{
		query: 'feature store',
		expect: [
			'/practices/feature-store/',
			'/frameworks/google-mlops/',
			'/frameworks/mlops-stack-canvas/',
		],
		why: 'Google makes it a component of levels 1 and 2; the canvas has a block for it.',
	},
	{
		query: 'metadata store',
		expect: ['/frameworks/google-mlops/', '/frameworks/mlops-stack-canvas/'],
		why: "Google's ML metadata store and the canvas's Metadata Store block.",
	},
	{
		query: 'continuous training',
		expect: ['/practices/continuous-training/', '/frameworks/google-mlops/'],
		why: 'Google introduces continuous training; its level 1 is built on it.',
	},
	{
		query: 'model registry',
		expect: ['/practices/model-registry/'],
		why: 'The practice of that name.',
	},
	// Abbreviations.
	{
		query: 'CT',
		expect: ['/practices/continuous-training/', '/frameworks/google-mlops/'],
		why: 'Continuous training, a term Google coined next to CI and CD.',
	},
	{
		query: 'CI/CD',
		expect: ['/practices/pipeline-ci-cd/', '/frameworks/google-mlops/'],
		why: "Google's level 2 is CI/CD pipeline automation.",
	},
	{
		query: 'MLTS',
		expect: ['/frameworks/ml-test-score/', '/self-check/ml-test-score/'],
		within: 2,
		why: 'Short for the ML Test Score.',
	},
	// Level and phase names: the framework page, pointing at the level's own section.
	{
		query: 'level 2',
		expect: ['/frameworks/google-mlops/', '/frameworks/microsoft-mlops/'],
		section: { page: '/frameworks/google-mlops/', anchor: 'level-2' },
		why: 'The level itself, not a page section that happens to contain the digit 2.',
	},
	{
		query: 'Automated training',
		expect: ['/frameworks/microsoft-mlops/'],
		within: 1,
		section: { page: '/frameworks/microsoft-mlops/', anchor: 'level-2' },
		why: "Microsoft's level 2 is called Automated training.",
	},
	{
		query: 'DevOps but no MLOps',
		expect: ['/frameworks/microsoft-mlops/'],
		within: 1,
		section: { page: '/frameworks/microsoft-mlops/', anchor: 'level-1' },
		why: "Microsoft's level 1.",
	},
	{
		query: 'Automated model deployment',
		expect: ['/frameworks/microsoft-mlops/'],
		within: 1,
		section: { page: '/frameworks/microsoft-mlops/', anchor: 'level-3' },
		why: "Microsoft's level 3.",
	},
	{
		query: 'ML pipeline automation',
		expect: ['/frameworks/google-mlops/'],
		within: 1,
		section: { page: '/frameworks/google-mlops/', anchor: 'level-1' },
		why: "Google's level 1.",
	},
	{
		query: 'Manual process',
		expect: ['/frameworks/google-mlops/'],
		within: 1,
		section: { page: '/frameworks/google-mlops/', anchor: 'level-0' },
		why: "Google's level 0.",
	},
	{
		query: 'Transformational',
		expect: ['/frameworks/google-ai-adoption/'],
		within: 1,
		section: { page: '/frameworks/google-ai-adoption/', anchor: 'level-3' },
		why: "The AI Adoption Framework's third phase.",
	},
	{
		query: 'Repeatable',
		expect: ['/frameworks/aws-mlops/'],
		within: 1,
		section: { page: '/frameworks/aws-mlops/', anchor: 'level-2' },
		why: "AWS's phase 2.",
	},
	// Deployment strategies under their usual names, whatever the tool.
	{
		query: 'shadow deployment',
		expect: ['/practices/online-validation/', '/frameworks/mlops-stack-canvas/'],
		section: { page: '/glossary/', anchor: 'shadow-deployment' },
		why: 'Trying a new model on live requests before it takes over; the canvas asks which strategy is used.',
	},
	{
		query: 'canary',
		expect: ['/practices/online-validation/', '/frameworks/google-mlops/'],
		section: { page: '/frameworks/google-mlops/', anchor: 'level-1' },
		why: "Google's level 1 validates new models online with a canary or an A/B test.",
	},
	{
		query: 'champion challenger',
		expect: ['/practices/ab-testing/', '/practices/model-validation/'],
		why: 'A challenger is tested against the serving champion, offline or on live traffic.',
	},
	{
		query: 'blue green',
		expect: ['/practices/model-rollback/'],
		why: 'Keeping the previous version ready beside the new one, so switching back is instant.',
	},
	{
		query: 'A/B test',
		expect: ['/practices/ab-testing/', '/practices/online-validation/'],
		why: 'Regular A/B tests, and A/B tests as a release check.',
	},
	// Framework names.
	{
		query: 'ML Test Score',
		expect: ['/frameworks/ml-test-score/', '/self-check/ml-test-score/'],
		within: 2,
		why: 'The rubric and its calculator.',
	},
	{
		query: 'GenAIOps',
		expect: ['/frameworks/microsoft-genaiops/'],
		within: 1,
		why: "Microsoft's GenAIOps maturity model.",
	},
	{
		query: 'LLMOps',
		expect: ['/frameworks/microsoft-genaiops/'],
		within: 1,
		why: "The GenAIOps model's former name.",
	},
	{
		query: 'AI Adoption',
		expect: ['/frameworks/google-ai-adoption/'],
		within: 1,
		why: "Google Cloud's AI Adoption Framework.",
	},
	{
		query: 'Stack Canvas',
		expect: ['/frameworks/mlops-stack-canvas/'],
		within: 1,
		why: 'The MLOps Stack Canvas.',
	},
	{
		query: 'canvas worksheet',
		expect: ['/stack-canvas/'],
		why: 'The fillable Stack Canvas, found by its title.',
	},
	{
		query: 'SageMaker',
		expect: ['/frameworks/aws-mlops/'],
		within: 1,
		why: "AWS's roadmap is built on SageMaker.",
	},
];

/** The nine capability dimensions every practice belongs to (see docs/decisions); free of zod, so browser code can import it. */
export const DIMENSIONS = [
	{ id: 'collaboration', name: 'Collaboration & roles' },
	{ id: 'data', name: 'Data management & validation' },
	{ id: 'experiments', name: 'Experiment tracking & reproducibility' },
	{ id: 'training', name: 'Training automation' },
	{ id: 'testing', name: 'Testing & validation' },
	{ id: 'deployment', name: 'Deployment & release' },
	{ id: 'monitoring', name: 'Monitoring & feedback' },
	{ id: 'governance', name: 'Governance, documentation & responsible AI' },
	{ id: 'platform', name: 'Scale & platform' },
] as const;

export type DimensionId = (typeof DIMENSIONS)[number]['id'];

/** A small timing helper for measurement scripts (never for assertions on speed). */

export interface Timing {
	runs: number;
	medianMs: number;
	p95Ms: number;
	maxMs: number;
}

/** Run `fn` `warmup` times, then time `runs` calls one by one. */
export function time(fn: () => void, runs = 2000, warmup = 200): Timing {
	for (let i = 0; i < warmup; i++) fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return summarise(samples);
}

/** Median, 95th percentile and maximum of a list of durations in milliseconds. */
export function summarise(samples: readonly number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
	return { runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0 };
}

/** One line for the benchmark notes. */
export function describeTiming(label: string, t: Timing): string {
	return `${label}: n=${t.runs} median=${t.medianMs.toFixed(3)} ms p95=${t.p95Ms.toFixed(3)} ms max=${t.maxMs.toFixed(3)} ms`;
}

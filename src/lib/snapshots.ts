/**
 * Snapshots in export files (format version 2): dated copies of earlier answers, read with the
 * same care as the answers themselves. A module of its own so that only the pages that read
 * files with snapshots (the self-check, the team view) load it, not the calculator.
 */
import {
	MAX_FILE_BYTES,
	MAX_NAME_LENGTH,
	MAX_SNAPSHOTS,
	decodeAssessment,
	isRecord,
	timestamp,
	type Aliases,
	type DecodeResult,
	type Question,
	type Snapshot,
	type SnapshotReader,
	type TargetOptions,
} from './assessment';

/**
 * The usable snapshots of a list, newest first, at most MAX_SNAPSHOTS; one that is not well formed
 * (no id, no date, no answers) is dropped and noted, never repaired.
 */
export const decodeSnapshots: SnapshotReader = (raw, fit) => {
	const snapshots: Snapshot[] = [];
	let skipped = 0;
	const ids = new Set<string>();
	for (const entry of raw) {
		const taken = isRecord(entry) ? timestamp(entry.taken) : undefined;
		if (
			!isRecord(entry) ||
			typeof entry.id !== 'string' ||
			entry.id.length === 0 ||
			entry.id.length > 100 ||
			ids.has(entry.id) ||
			!taken ||
			!isRecord(entry.answers) ||
			(entry.name !== undefined && typeof entry.name !== 'string')
		) {
			skipped++;
			continue;
		}
		ids.add(entry.id);
		const targets = fit.targets(entry.targets);
		const name = typeof entry.name === 'string' ? entry.name.trim().slice(0, MAX_NAME_LENGTH) : '';
		snapshots.push({
			id: entry.id,
			...(name ? { name } : {}),
			taken,
			answers: fit.answers(entry.answers),
			...(Object.keys(targets).length ? { targets } : {}),
		});
	}
	snapshots.sort((a, b) => b.taken.localeCompare(a.taken));
	skipped += Math.max(0, snapshots.length - MAX_SNAPSHOTS);
	return { snapshots: snapshots.slice(0, MAX_SNAPSHOTS), skipped };
};

/** Decode an export file (or a stored snapshot list) with its snapshots. Never throws. */
export function decodeExportFile(
	input: unknown,
	questions: readonly Question[],
	questionSet: string,
	targetOptions: TargetOptions = {},
	aliases: Aliases = {}
): DecodeResult {
	return decodeAssessment(input, questions, questionSet, targetOptions, aliases, {
		maxBytes: MAX_FILE_BYTES,
		snapshots: decodeSnapshots,
	});
}

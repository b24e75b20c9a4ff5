/** Relations between practices, derived from their `dependsOn` lists. */
import type { Practice } from '../schemas/practice';

type Linked = Pick<Practice, 'id' | 'dependsOn'>;

/** The practices that list `id` in their `dependsOn`, in the order given. */
export function dependentsOf<T extends Linked>(id: string, practices: readonly T[]): T[] {
	return practices.filter((p) => p.dependsOn.includes(id));
}

/**
 * Offering text as a file, for the self-check's exports. A module of its own, so that the ML Test
 * Score calculator, which exports nothing, does not load it.
 */

/** Offer `text` as a file download named `name`. */
export function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

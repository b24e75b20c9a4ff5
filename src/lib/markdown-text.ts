/** Pulling short plain-text passages out of a page's Markdown body (build time). */

/** The first paragraph under `## <heading>` in a Markdown body, as plain text ('' if absent). */
export function sectionText(body: string, heading: string): string {
	const lines = body.split(/\r?\n/);
	const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
	if (start === -1) return '';
	const paragraph: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,6}\s/.test(line) || /^\s*[<{]/.test(line)) break;
		if (!line.trim()) {
			if (paragraph.length) break;
			continue;
		}
		paragraph.push(line.trim());
	}
	return plainText(paragraph.join(' '));
}

/** Strip inline Markdown: links keep their text; emphasis, code marks and list markers go. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
		.replace(/^[-*+]\s+/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

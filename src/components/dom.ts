/** Create an element with text content only (nothing is ever inserted as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = ''
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.textContent = text;
	return node;
}

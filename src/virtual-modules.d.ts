/** Starlight's virtual module with the `pagefind` options from astro.config.mjs (ranking and so on). */
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}

import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { PageExtensionSchema } from './src/schemas/page';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: PageExtensionSchema }),
	}),
	// Declared (with one empty file) only to silence Starlight's "collection i18n does not exist" warning.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};

/**
 * `<atlas-team-view>`: starts the team view (team-app.ts) with the self-check's model when the
 * reader first steps into it, or at once when a team is saved in this browser, so that a first
 * visit loads neither (src/components/start-on-intent.ts). Files dropped on the page start it too.
 */
import { fetchJson, showLoadFailure, startOnIntent } from '../start-on-intent';
import { readStored } from '../storage';
import type { TeamContent, TeamLinks } from './team-app';

interface Config {
	storageKey: string;
	links: TeamLinks;
}

class AtlasTeamView extends HTMLElement {
	connectedCallback() {
		const json = this.querySelector('script[data-team-config]')?.textContent;
		if (!json) return;
		const config = JSON.parse(json) as Config;
		let dropped: File[] = [];
		const start = startOnIntent(this, async () => {
			try {
				const [{ TeamApp }, model] = await Promise.all([
					import('./team-app'),
					fetchJson(config.links.model),
				]);
				const app = new TeamApp(this, model as TeamContent, config.links, config.storageKey);
				app.start();
				if (dropped.length) void app.addFiles(dropped.splice(0));
				this.addEventListener('drop', (event) => {
					event.preventDefault();
					void app.addFiles([...(event.dataTransfer?.files ?? [])]);
				});
			} catch (error) {
				showLoadFailure(
					this,
					'The team view could not load the self-check’s scoring. Check your connection, then try again.'
				);
				throw error;
			}
		});
		// Files dropped before it has started are added once it has.
		this.addEventListener('dragover', (event) => event.preventDefault());
		const onDrop = (event: DragEvent) => {
			event.preventDefault();
			dropped = [...dropped, ...(event.dataTransfer?.files ?? [])];
			void start();
		};
		this.addEventListener('drop', onDrop, { once: true });
		if (readStored(config.storageKey) !== null) void start();
		else this.toggleAttribute('data-ready', true);
	}
}

customElements.define('atlas-team-view', AtlasTeamView);

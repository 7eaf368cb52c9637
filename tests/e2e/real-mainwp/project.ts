/**
 * The Playwright project of the specs that run against the real MainWP Dashboard.
 *
 * Its site (bin/mainwp-site.mjs) is started by the specs' worker fixture, not as a web server of
 * the whole run, so runs of other projects do not pay for MariaDB and MainWP.
 */

import type { Project } from '@playwright/test';

const port = Number(
	process.env.WP_E2E_MAINWP_PORT ||
		Number( process.env.WP_E2E_PORT || 8891 ) + 2
);
process.env.WP_E2E_MAINWP_PORT = String( port );
// Read by tests/e2e/real-mainwp/fixtures.ts.
process.env.WP_E2E_MAINWP_URL = `http://127.0.0.1:${ port }`;

/** Specs in tests/e2e/real-mainwp/, with the real-MainWP site as their base URL. */
export const realMainWPProject: Project = {
	name: 'real-mainwp',
	testDir: __dirname,
	// Booting MariaDB and MainWP on Playground takes minutes on two cores.
	timeout: 240_000,
	// MainWP's pages are heavier than core's: a click that loads one can take over 10 s here.
	expect: { timeout: 20_000 },
	use: {
		baseURL: process.env.WP_E2E_MAINWP_URL,
		actionTimeout: 30_000,
		navigationTimeout: 60_000,
	},
};

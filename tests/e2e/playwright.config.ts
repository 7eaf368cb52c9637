/**
 * End-to-end tests: @wordpress/scripts' Playwright config, with our own WordPress and browser.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

import { realMainWPProject } from './real-mainwp/project';

const root = join( __dirname, '..', '..' );
const port = Number( process.env.WP_E2E_PORT || 8891 );
const baseURL = `http://127.0.0.1:${ port }`;
// The clean site the release tests install the zip on: next port up unless told otherwise.
const cleanPort = Number( process.env.WP_E2E_CLEAN_PORT || port + 1 );
process.env.WP_E2E_CLEAN_PORT = String( cleanPort );

// Read by @wordpress/e2e-test-utils-playwright and by the base config below.
process.env.WP_BASE_URL = baseURL;
// Read by tests/e2e/utils/clean-site.ts.
process.env.WP_E2E_CLEAN_URL = `http://127.0.0.1:${ cleanPort }`;
process.env.WP_ARTIFACTS_PATH ??= join( root, 'artifacts' );
// Read by the global teardown: log entries from before this run are not its concern.
process.env.E2E_RUN_STARTED ??= String( Date.now() );

// The release specs: a project of their own (see `projects`).
const RELEASE_SPEC = /release\.spec\.ts$/;

const baseConfig = require( '@wordpress/scripts/config/playwright.config.js' );

// Debian's Chromium where Playwright cannot download its own (offline machines, CI here).
const chromium =
	process.env.CHROMIUM_PATH ??
	( existsSync( '/usr/bin/chromium' ) ? '/usr/bin/chromium' : undefined );

export default defineConfig( {
	...baseConfig,
	testDir: __dirname,
	reporter: [ [ 'list' ] ],
	// Two lanes. The e2e project's specs share one test site and run one at a time. Meanwhile the
	// real-MainWP specs (their own site on MariaDB), then the release specs (their own clean
	// site), run in the second lane, one at a time too (each project's `workers: 1`). Specs of
	// the second lane must not change the test site: the e2e specs are using it.
	workers: 2,
	// A failure must show, not be retried away.
	retries: 0,
	// Playground runs PHP in WebAssembly on one worker: admin requests take seconds, not ms.
	expect: { timeout: 10_000 },
	globalSetup: require.resolve( './global-setup' ),
	globalTeardown: require.resolve( './global-teardown' ),
	use: {
		...baseConfig.use,
		baseURL,
		// A common laptop screen; the admin menu and the table must fit it.
		viewport: { width: 1280, height: 800 },
		launchOptions: chromium
			? {
					executablePath: chromium,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
					],
				}
			: {},
	},
	projects: [
		{
			name: 'e2e',
			testDir: join( __dirname, 'specs' ),
			testIgnore: RELEASE_SPEC,
			workers: 1,
		},
		// Its own site on MariaDB (started by its worker fixture), booted as the run starts.
		{ ...realMainWPProject, workers: 1 },
		// The release tests start their own clean site (tests/e2e/utils/clean-site.ts) and use
		// nothing of the test site, so they run beside the e2e project too.
		{
			name: 'release',
			testDir: join( __dirname, 'specs' ),
			testMatch: RELEASE_SPEC,
			workers: 1,
		},
		// Its own three sites (WordPress 6.8 and PHP 7.4, HTTPS through a TLS front, multisite),
		// in the second lane after the release tests.
		{
			name: 'environments',
			testDir: join( __dirname, 'environments' ),
			workers: 1,
		},
		// Run only on request (`npm run screenshots`): pictures to look at, not assertions.
		{
			name: 'screenshots',
			testDir: join( __dirname, '..', 'screenshots' ),
			workers: 1,
		},
	],
	webServer: [
		{
			command: 'node bin/e2e-server.mjs',
			cwd: root,
			url: `${ baseURL }/wp-login.php`,
			timeout: 240_000,
			// Never test against `npm start`'s site, or any other server on that port.
			reuseExistingServer: false,
			stdout: 'ignore',
			stderr: 'pipe',
			env: { ...process.env, WP_E2E_PORT: String( port ) } as Record<
				string,
				string
			>,
		},
	],
} );

#!/usr/bin/env node
/**
 * Serves a fresh WordPress with the real MainWP Dashboard 6.1.2 and this plugin, on MariaDB.
 *
 * The real-MainWP tests start it and stop it (tests/e2e/real-mainwp/fixtures.ts). It starts a
 * private MariaDB server on a free port with its own data folder under .cache/real-mainwp/,
 * points a new core copy's wp-config.php at it, and serves that core with Playground. On
 * SIGTERM or SIGINT it stops Playground and MariaDB.
 *
 * When MainWP cannot be had it prints one line starting "Real MainWP Dashboard not available"
 * and exits with code 3, which the tests read as "not run here".
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { mariaDBMissing, startMariaDB, writeWpConfig } from './mariadb.mjs';
import { MAINWP_VERSION, prepareMainWP } from './mainwp-source.mjs';
import {
	PHP_VERSION,
	PLUGIN_SLUG,
	PROJECT_ROOT,
	installMuPlugins,
	prepareCore,
	spawnServer,
} from './site.mjs';

/** Exit code meaning "real MainWP cannot be had on this machine". */
const UNAVAILABLE = 3;

const MENU_PROBE = 'mainwp-dashboard-fixture-menu-probe.php';
// The audit trail's test helpers (mail capture, ageing, purge, uninstall), as on the SQLite site.
const AUDIT_HELPERS = 'e2e-audit.php';
// Reads back stored policy keys: a revoke on MainWP's own page must remove them.
const POLICY_KEYS = 'e2e-policy-keys.php';
const port = Number( process.env.WP_E2E_MAINWP_PORT || 8893 );
// The page benchmark runs its own copy beside the tests' (REAL_MAINWP_DIR), so both may exist.
const dir =
	process.env.REAL_MAINWP_DIR ||
	join( PROJECT_ROOT, '.cache', 'real-mainwp' );

const require = createRequire( import.meta.url );
const playgroundCli = join(
	dirname( require.resolve( '@wp-playground/cli/package.json' ) ),
	'wp-playground.js'
);

/**
 * Writes the blueprint that activates MainWP and this plugin.
 *
 * @return {string} Path of the blueprint.
 */
function writeBlueprint() {
	const file = join( dir, 'blueprint.json' );
	writeFileSync(
		file,
		JSON.stringify(
			{
				preferredVersions: { php: PHP_VERSION, wp: 'latest' },
				steps: [
					{ step: 'activatePlugin', pluginPath: 'mainwp/mainwp.php' },
					{
						step: 'activatePlugin',
						pluginPath: `${ PLUGIN_SLUG }/plugin.php`,
					},
				],
			},
			null,
			'\t'
		)
	);
	return file;
}

const dbMissing = mariaDBMissing();
const mainwp = dbMissing
	? { folder: null, reason: dbMissing }
	: await prepareMainWP( join( PROJECT_ROOT, '.cache', 'mainwp-plugin' ) );
if ( ! mainwp.folder ) {
	process.stdout.write(
		`Real MainWP Dashboard not available (${ mainwp.reason }): the real-MainWP tests are not run.\n`
	);
	process.exit( UNAVAILABLE );
}
process.stderr.write(
	`[real-mainwp] MainWP Dashboard ${ MAINWP_VERSION } from ${ mainwp.source }\n`
);

const database = await startMariaDB( join( dir, 'mariadb' ) );
const core = prepareCore( join( dir, 'site' ), true );
writeWpConfig( core, database.port );
installMuPlugins(
	core,
	join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins-mainwp' )
);
// The same menu probe as on the fixture's site, so a test can compare the two.
for ( const file of [ MENU_PROBE, AUDIT_HELPERS, POLICY_KEYS ] ) {
	copyFileSync(
		join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins', file ),
		join( core, 'wp-content', 'mu-plugins', file )
	);
}

const server = spawnServer(
	[
		playgroundCli,
		'server',
		`--port=${ port }`,
		`--php=${ PHP_VERSION }`,
		'--skip-sqlite-setup',
		// MainWP's pages call the site itself (its REST API check waits up to 2 × 45 s): a second
		// worker answers that call. MariaDB, unlike SQLite, has no file locks to deadlock on.
		'--workers=2',
		'--mount-dir-before-install',
		core,
		'/wordpress',
		'--wordpress-install-mode=install-from-existing-files',
		'--mount-dir',
		PROJECT_ROOT,
		`/wordpress/wp-content/plugins/${ PLUGIN_SLUG }`,
		'--mount-dir',
		mainwp.folder,
		'/wordpress/wp-content/plugins/mainwp',
		`--blueprint=${ writeBlueprint() }`,
	],
	{ stdio: [ 'ignore', 'ignore', 'inherit' ] }
);

let stopping = false;
/**
 * Stops Playground, then MariaDB, then exits with the given code.
 *
 * @param {number} code Exit code.
 */
async function stop( code ) {
	if ( stopping ) {
		return;
	}
	stopping = true;
	if ( server.exitCode === null ) {
		server.kill( 'SIGTERM' );
	}
	await database.stop();
	process.exit( code );
}
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => stop( 0 ) );
}
server.on( 'exit', ( code ) => stop( code ?? 1 ) );

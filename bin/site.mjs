/**
 * One WordPress Playground site: a private copy of core, a blueprint, and the server command.
 *
 * Playground writes into the core it mounts (wp-config.php, the SQLite database, debug.log),
 * so every site gets its own copy: the dev site keeps its copy between restarts, the test
 * site starts from a fresh one each run.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { readCoreVersion, resolveWordPressCore } from './wordpress-core.mjs';

export const PLUGIN_SLUG = 'mainwp-application-passwords';
export const PROJECT_ROOT = resolve(
	dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
export const PHP_VERSION = '8.3';
export const ADMIN = { username: 'admin', password: 'password' };

const require = createRequire( import.meta.url );
const PLAYGROUND_CLI = join(
	dirname( require.resolve( '@wp-playground/cli/package.json' ) ),
	'wp-playground.js'
);

/**
 * Makes sure `dir/wordpress` holds a core copy, copying a pristine core when it is missing
 * or when `fresh` asks for a clean site.
 *
 * @param {string}  dir       Folder of the site.
 * @param {boolean} fresh     Start from a new copy even when one exists.
 * @param {string}  wpVersion WordPress release (a key of RELEASES in wordpress-core.mjs).
 * @return {string} The site's core folder.
 */
export function prepareCore( dir, fresh, wpVersion = undefined ) {
	const core = join( dir, 'wordpress' );
	if ( fresh ) {
		rmSync( dir, { recursive: true, force: true } );
	}
	if ( ! readCoreVersion( core ) ) {
		rmSync( core, { recursive: true, force: true } );
		mkdirSync( dir, { recursive: true } );
		cpSync( resolveWordPressCore( wpVersion ), core, {
			recursive: true,
		} );
	}
	return core;
}

/**
 * Writes the blueprint that configures the site on every start (all steps are idempotent).
 *
 * @param {string}                  dir                    Folder of the site.
 * @param {Object}                  options
 * @param {boolean}                 options.activatePlugin Activate the mounted plugin (false for a site without it).
 * @param {Record<string, unknown>} options.constants      More wp-config.php constants for this site.
 * @param {string}                  options.php            PHP version.
 * @param {boolean}                 options.inWpConfig     Write the constants into wp-config.php (which a
 *                                                         test may then edit, as a person would) instead of
 *                                                         defining them before each request.
 * @param {Object[]}                options.steps          More blueprint steps, run last.
 * @return {string} Path of the blueprint.
 */
export function writeBlueprint(
	dir,
	{
		activatePlugin = true,
		constants = {},
		php = PHP_VERSION,
		inWpConfig = false,
		steps = [],
	} = {}
) {
	const blueprint = {
		// Without this, the blueprint's default ("latest") overrides the CLI's --php.
		preferredVersions: { php, wp: 'latest' },
		steps: [
			{
				step: 'defineWpConfigConsts',
				...( inWpConfig ? { method: 'rewrite-wp-config' } : {} ),
				consts: {
					// Over plain http, core offers application passwords only in a local environment.
					WP_ENVIRONMENT_TYPE: 'local',
					WP_DEBUG: true,
					WP_DEBUG_LOG: true,
					WP_DEBUG_DISPLAY: false,
					...constants,
				},
			},
			...( activatePlugin
				? [
						{
							step: 'activatePlugin',
							pluginPath: `${ PLUGIN_SLUG }/plugin.php`,
						},
					]
				: [] ),
			...steps,
		],
	};
	const file = join( dir, 'blueprint.json' );
	writeFileSync( file, JSON.stringify( blueprint, null, '\t' ) );
	return file;
}

/**
 * Copies must-use plugins (such as the test fixtures) into a site's core copy.
 *
 * Copied rather than mounted: Playground writes its own must-use plugins into that folder.
 *
 * @param {string} core   The site's core folder.
 * @param {string} source Folder whose contents go into wp-content/mu-plugins.
 */
export function installMuPlugins( core, source ) {
	cpSync( source, join( core, 'wp-content', 'mu-plugins' ), {
		recursive: true,
	} );
}

/**
 * Returns the command line that serves a site.
 *
 * @param {Object}   options
 * @param {string}   options.dir         Folder of the site (holds wordpress/ and blueprint.json).
 * @param {number}   options.port        Port to listen on.
 * @param {boolean}  options.mountPlugin Serve this repository as the active plugin. Without it
 *                                       the site has no plugin folder of ours, so deleting the
 *                                       plugin in wp-admin cannot reach the repository.
 * @param {Object}   options.constants   More wp-config.php constants for this site.
 * @param {string}   options.php         PHP version (PHP_VERSION unless told).
 * @param {string}   options.siteUrl     Site URL when it is not http://127.0.0.1:<port>, e.g. the
 *                                       https address of a TLS front. Playground then sets
 *                                       $_SERVER['HTTPS'] from this URL on every request.
 * @param {boolean}  options.inWpConfig  Write the constants into wp-config.php (see writeBlueprint).
 * @param {Object[]} options.steps       More blueprint steps, run after the plugin's activation.
 * @return {string[]} Arguments for `node`.
 */
export function serverArguments( {
	dir,
	port,
	mountPlugin = true,
	constants = {},
	php = PHP_VERSION,
	siteUrl = undefined,
	inWpConfig = false,
	steps = [],
} ) {
	const pluginMount = mountPlugin
		? [
				'--mount-dir',
				PROJECT_ROOT,
				`/wordpress/wp-content/plugins/${ PLUGIN_SLUG }`,
			]
		: [];
	return [
		PLAYGROUND_CLI,
		'server',
		`--port=${ port }`,
		`--php=${ php }`,
		...( siteUrl ? [ `--site-url=${ siteUrl }` ] : [] ),
		'--mount-dir-before-install',
		join( dir, 'wordpress' ),
		'/wordpress',
		'--wordpress-install-mode=install-from-existing-files-if-needed',
		...pluginMount,
		`--blueprint=${ writeBlueprint( dir, {
			activatePlugin: mountPlugin,
			constants,
			php,
			inWpConfig,
			steps,
		} ) }`,
	];
}

/**
 * Waits until the site answers its login page, or fails after `timeoutMs`.
 *
 * @param {string}                 url       Site URL.
 * @param {number}                 timeoutMs How long to wait.
 * @param {() => string|undefined} failed    Returns a reason when the server has already died.
 */
export async function waitForSite( url, timeoutMs, failed = () => undefined ) {
	const deadline = Date.now() + timeoutMs;
	while ( Date.now() < deadline ) {
		const reason = failed();
		if ( reason ) {
			throw new Error( reason );
		}
		try {
			const response = await fetch( `${ url }/wp-login.php`, {
				redirect: 'manual',
			} );
			if ( response.status === 200 ) {
				return;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise( ( done ) => setTimeout( done, 500 ) );
	}
	throw new Error(
		`WordPress did not answer at ${ url } within ${ timeoutMs / 1000 } s.`
	);
}

/**
 * Starts a server process for a site.
 *
 * @param {string[]}                                  args    From serverArguments().
 * @param {import('node:child_process').SpawnOptions} options Spawn options.
 * @return {import('node:child_process').ChildProcess} The server.
 */
export function spawnServer( args, options ) {
	return spawn( process.execPath, args, { cwd: PROJECT_ROOT, ...options } );
}

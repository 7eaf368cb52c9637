#!/usr/bin/env node
/**
 * Benchmark of the audit trail on MariaDB (not a test): prints figures, never fails on them.
 *
 * - the added cost of one authenticated request with logging on (queries, write queries,
 *   median time of what the audit trail runs from authentication to shutdown);
 * - the events route's first page with 1,000,000 events (everyone's, one owner's, one type, a
 *   search by address, by name, by a broad prefix, with a type) and one credential's usage with 90 days × 100 credentials (median server time);
 * - the purge of 1,000,000 expired events: cron runs needed and time of each, within the
 *   run's time budget.
 *
 * It starts its own MariaDB (bin/mariadb.mjs) and a throwaway Playground site on WP_BENCH_PORT
 * (default 8894), and stops both at the end.
 *
 * Usage: npm run benchmark:audit [-- --rows=1000000 --runs=7 --no-purge]
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { mariaDBMissing, startMariaDB, writeWpConfig } from './mariadb.mjs';
import {
	PHP_VERSION,
	PLUGIN_SLUG,
	PROJECT_ROOT,
	prepareCore,
	spawnServer,
	waitForSite,
} from './site.mjs';

const argument = ( name, fallback ) =>
	Number(
		process.argv
			.find( ( arg ) => arg.startsWith( `--${ name }=` ) )
			?.split( '=' )[ 1 ] ?? fallback
	);
const rows = argument( 'rows', 1_000_000 );
const runs = argument( 'runs', 7 );
const port = Number( process.env.WP_BENCH_PORT || 8894 );
const url = `http://127.0.0.1:${ port }`;
const dir = join( PROJECT_ROOT, '.cache', 'benchmark-audit' );
const print = ( line = '' ) => process.stdout.write( `${ line }\n` );

const missing = mariaDBMissing();
if ( missing ) {
	print( `The audit benchmark needs MariaDB: ${ missing }.` );
	process.exit( 1 );
}

const require = createRequire( import.meta.url );
const playgroundCli = join(
	dirname( require.resolve( '@wp-playground/cli/package.json' ) ),
	'wp-playground.js'
);

/**
 * Calls the probe and returns its JSON.
 *
 * @param {string} query Query string.
 */
async function probe( query ) {
	const response = await fetch( `${ url }/audit-probe.php?${ query }` );
	const text = await response.text();
	let body;
	try {
		body = JSON.parse( text );
	} catch {
		throw new Error(
			`Probe ${ query } answered: ${ text.slice( 0, 500 ) }`
		);
	}
	if ( ! response.ok || body.error ) {
		throw new Error( `Probe ${ query } failed: ${ text.slice( 0, 500 ) }` );
	}
	return body;
}

const database = await startMariaDB( join( dir, 'mariadb' ) );
const core = prepareCore( join( dir, 'site' ), true );
writeWpConfig( core, database.port );
// Only the probe runs the purge: WP-Cron's loopback would run it in between and blur the figures.
const config = join( core, 'wp-config.php' );
writeFileSync(
	config,
	readFileSync( config, 'utf8' ).replace(
		"/* That's all, stop editing!",
		"define( 'DISABLE_WP_CRON', true );\n/* That's all, stop editing!"
	)
);
copyFileSync(
	join( PROJECT_ROOT, 'bin', 'benchmark', 'audit-probe.php' ),
	join( core, 'audit-probe.php' )
);
const blueprint = join( dir, 'blueprint.json' );
writeFileSync(
	blueprint,
	JSON.stringify( {
		preferredVersions: { php: PHP_VERSION, wp: 'latest' },
		steps: [
			{
				step: 'activatePlugin',
				pluginPath: `${ PLUGIN_SLUG }/plugin.php`,
			},
		],
	} )
);
const server = spawnServer(
	[
		playgroundCli,
		'server',
		`--port=${ port }`,
		`--php=${ PHP_VERSION }`,
		'--skip-sqlite-setup',
		'--mount-dir-before-install',
		core,
		'/wordpress',
		'--wordpress-install-mode=install-from-existing-files',
		'--mount-dir',
		PROJECT_ROOT,
		`/wordpress/wp-content/plugins/${ PLUGIN_SLUG }`,
		`--blueprint=${ blueprint }`,
	],
	{ stdio: 'ignore' }
);
let exited = '';
server.on( 'exit', ( code ) => ( exited = `server exited (${ code })` ) );

try {
	await waitForSite( url, 300_000, () => exited );
	print(
		`Audit trail benchmark, MariaDB, PHP ${ PHP_VERSION } (Playground)`
	);
	print();

	await probe( 'action=request&runs=5' );
	const request = await probe(
		`action=request&runs=${ Math.max( runs, 50 ) }`
	);
	print(
		`Authenticated request, logging on: ${ request.queries } queries (${ request.write_queries } write), ` +
			`median ${ request.median_ms } ms over ${ request.runs } runs`
	);

	const seeded = await probe( `action=seed_events&rows=${ rows }` );
	const usage = await probe( 'action=seed_usage&credentials=100&days=90' );
	print(
		`Seeded ${ seeded.events.toLocaleString( 'en' ) } events in ${ seeded.seconds } s, ` +
			`${ usage.usage_rows.toLocaleString( 'en' ) } usage rows (90 days × 100 credentials × 3 buckets)`
	);
	const pages = await probe( `action=pages&runs=${ runs }` );
	print();
	print( '| Route | Median (ms) | Queries | X-WP-Total |' );
	print( '| --- | ---: | ---: | ---: |' );
	for ( const [ name, figures ] of Object.entries( pages ) ) {
		print(
			`| ${ name.replace( /_/g, ' ' ) } | ${ figures.ms } | ${ figures.queries } | ${ figures.total ?? '' } |`
		);
	}

	// The purge takes minutes; `--no-purge` stops after the pages.
	if ( ! process.argv.includes( '--no-purge' ) ) {
		const expired = await probe( 'action=expire' );
		print();
		print(
			`Moved every event past retention in ${ expired.seconds } s; purging:`
		);
		let run = 0;
		let result;
		do {
			result = await probe( 'action=purge' );
			run++;
			print(
				`  cron run ${ run }: ${ result.events.toLocaleString( 'en' ) } events deleted in ${ result.seconds } s ` +
					`(budget 20 s), ${ result.remaining.toLocaleString( 'en' ) } left`
			);
		} while ( ! result.done && run < 50 );
	}
} finally {
	server.kill( 'SIGTERM' );
	await new Promise( ( done ) =>
		exited ? done() : server.once( 'exit', done )
	);
	await database.stop();
}

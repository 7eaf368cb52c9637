#!/usr/bin/env node
/**
 * `npm start`: serves a WordPress 7.1 site with the plugin active, in the background.
 *
 * The site's files and database live in .wp-dev/ and survive `npm stop` and restarts.
 * Pass --mainwp-fixture to add the tests' MainWP Dashboard stand-in (switched off until its
 * e2e_mainwp_active option is set).
 */
import {
	closeSync,
	existsSync,
	openSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import {
	ADMIN,
	PROJECT_ROOT,
	installMuPlugins,
	prepareCore,
	serverArguments,
	spawnServer,
	waitForSite,
} from './site.mjs';

const port = Number( process.env.WP_DEV_PORT || 8890 );
const url = `http://127.0.0.1:${ port }`;
const dir = join( PROJECT_ROOT, '.wp-dev' );
const pidFile = join( dir, 'server.pid' );
const logFile = join( dir, 'server.log' );

function runningPid() {
	if ( ! existsSync( pidFile ) ) {
		return null;
	}
	const pid = Number( readFileSync( pidFile, 'utf8' ) );
	try {
		process.kill( pid, 0 );
		return pid;
	} catch {
		return null;
	}
}

if ( runningPid() ) {
	process.stdout.write(
		`Already running at ${ url } (npm stop stops it).\n`
	);
	process.exit( 0 );
}

const core = prepareCore( dir, false );
if ( process.argv.includes( '--mainwp-fixture' ) ) {
	installMuPlugins(
		core,
		join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins' )
	);
}

const log = openSync( logFile, 'a' );
const server = spawnServer( serverArguments( { dir, port } ), {
	detached: true,
	stdio: [ 'ignore', log, log ],
} );
closeSync( log );
writeFileSync( pidFile, String( server.pid ) );

let exitCode = null;
server.on( 'exit', ( code ) => ( exitCode = code ?? 1 ) );

try {
	await waitForSite( url, 240_000, () =>
		exitCode === null
			? undefined
			: `The server stopped (exit code ${ exitCode }); see ${ logFile }.`
	);
} catch ( error ) {
	process.stderr.write( `${ error.message }\n` );
	process.exit( 1 );
}
server.unref();

process.stdout.write(
	[
		'',
		`WordPress is running at ${ url }`,
		`  Application Passwords: ${ url }/wp-admin/users.php?page=mainwp-application-passwords`,
		`  Log in as ${ ADMIN.username } / ${ ADMIN.password }`,
		`  Server log: ${ logFile }`,
		'  Stop it with: npm stop',
		'',
	].join( '\n' )
);
process.exit( 0 );

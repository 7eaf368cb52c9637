#!/usr/bin/env node
/**
 * `npm stop`: stops the site `npm start` runs; its files and database stay in .wp-dev/.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from './site.mjs';

const pidFile = join( PROJECT_ROOT, '.wp-dev', 'server.pid' );

if ( ! existsSync( pidFile ) ) {
	process.stdout.write( 'No site is running.\n' );
	process.exit( 0 );
}
const pid = Number( readFileSync( pidFile, 'utf8' ) );
try {
	// The server leads its own process group; stop the whole group.
	process.kill( -pid, 'SIGTERM' );
	process.stdout.write( `Stopped the site (process ${ pid }).\n` );
} catch {
	process.stdout.write( 'The site was not running.\n' );
}
rmSync( pidFile, { force: true } );

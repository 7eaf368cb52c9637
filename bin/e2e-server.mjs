#!/usr/bin/env node
/**
 * Serves a fresh WordPress for the end-to-end tests; Playwright starts and stops it.
 *
 * Nothing is shared with `npm start`'s site: a new core copy, with the MainWP fixture, each run.
 */
import { join } from 'node:path';

import {
	PROJECT_ROOT,
	installMuPlugins,
	prepareCore,
	serverArguments,
	spawnServer,
} from './site.mjs';

const port = Number( process.env.WP_E2E_PORT || 8891 );
const dir = join( PROJECT_ROOT, '.cache', 'e2e-site' );

const core = prepareCore( dir, true );
installMuPlugins(
	core,
	join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins' )
);

const server = spawnServer( serverArguments( { dir, port } ), {
	stdio: 'inherit',
} );
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => server.kill( signal ) );
}
server.on( 'exit', ( code, signal ) =>
	process.exit( code ?? ( signal ? 1 : 0 ) )
);

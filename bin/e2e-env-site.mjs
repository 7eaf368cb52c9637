#!/usr/bin/env node
/**
 * Serves one of the environment tests' sites (tests/e2e/environments/): WordPress on another
 * release or PHP version, or with another site URL or environment type, with this repository
 * mounted as the active plugin and the test-only must-use plugins.
 *
 * Usage: node bin/e2e-env-site.mjs '<json>' where the JSON holds
 * { name, port, wp?, php?, siteUrl?, constants?, inWpConfig?, steps? } (wp: a key of RELEASES in
 * wordpress-core.mjs). Its files live in .cache/e2e-env-<name>/, new on every start.
 */
import { join } from 'node:path';

import {
	PROJECT_ROOT,
	installMuPlugins,
	prepareCore,
	serverArguments,
	spawnServer,
} from './site.mjs';

const {
	name,
	port,
	wp,
	php,
	siteUrl,
	constants = {},
	inWpConfig,
	steps,
} = JSON.parse( process.argv[ 2 ] );
const dir = join( PROJECT_ROOT, '.cache', `e2e-env-${ name }` );

const core = prepareCore( dir, true, wp );
installMuPlugins(
	core,
	join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins' )
);

const server = spawnServer(
	serverArguments( {
		dir,
		port,
		php,
		siteUrl,
		inWpConfig,
		steps,
		constants: { E2E_QUIET_ADMIN: true, ...constants },
	} ),
	{ stdio: 'inherit' }
);
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => server.kill( signal ) );
}
server.on( 'exit', ( code, signal ) =>
	process.exit( code ?? ( signal ? 1 : 0 ) )
);

#!/usr/bin/env node
/**
 * Serves a fresh WordPress for the end-to-end tests, in one of two modes.
 *
 * - `node bin/e2e-server.mjs` (the test site, which Playwright starts and stops): a new core
 *   copy each run, this repository mounted as the active plugin, and the test-only must-use
 *   plugins. Port WP_E2E_PORT.
 * - `node bin/e2e-server.mjs --clean` (the release tests start and stop it,
 *   tests/e2e/utils/clean-site.ts): a second WordPress that does NOT mount this repository.
 *   The tests install the plugin from the zip through wp-admin, and deleting it there removes
 *   only that installed copy. The zip is packed here from the current build, exactly as
 *   `npm run plugin-zip` packs it. Port WP_E2E_CLEAN_PORT, or the test site's port plus one.
 *
 * Nothing is shared with `npm start`'s site.
 */
import { join } from 'node:path';

import { packPlugin } from './plugin-zip.mjs';
import {
	PROJECT_ROOT,
	installMuPlugins,
	prepareCore,
	serverArguments,
	spawnServer,
} from './site.mjs';

const clean = process.argv.includes( '--clean' );
const testPort = Number( process.env.WP_E2E_PORT || 8891 );
const port = clean
	? Number( process.env.WP_E2E_CLEAN_PORT || testPort + 1 )
	: testPort;
const dir = join(
	PROJECT_ROOT,
	'.cache',
	clean ? 'e2e-clean-site' : 'e2e-site'
);

if ( clean ) {
	const { file, bytes } = packPlugin();
	process.stderr.write(
		`Packed ${ file } (${ bytes } bytes) for the clean site.\n`
	);
}

const core = prepareCore( dir, true );
installMuPlugins(
	core,
	join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins' )
);

const server = spawnServer(
	serverArguments( {
		dir,
		port,
		mountPlugin: ! clean,
		constants: {
			// Read by tests/fixtures/mu-plugins/e2e-quiet-admin.php: no background admin-ajax.
			E2E_QUIET_ADMIN: true,
			// The Plugins screens ask WordPress.org for updates after every change; answer at
			// once, online or not, so the tests wait for this site only.
			...( clean ? { WP_HTTP_BLOCK_EXTERNAL: true } : {} ),
		},
	} ),
	{ stdio: 'inherit' }
);
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => server.kill( signal ) );
}
server.on( 'exit', ( code, signal ) =>
	process.exit( code ?? ( signal ? 1 : 0 ) )
);

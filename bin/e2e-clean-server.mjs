#!/usr/bin/env node
/**
 * Serves a second, clean WordPress for the release tests, which start and stop it
 * (tests/e2e/utils/clean-site.ts).
 *
 * Unlike the main test site it does NOT mount this repository: the tests install the plugin
 * from the zip through wp-admin, and deleting it there removes only that installed copy.
 * The zip is packed here from the current build, exactly as `npm run plugin-zip` packs it.
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

const port = Number(
	process.env.WP_E2E_CLEAN_PORT ||
		Number( process.env.WP_E2E_PORT || 8891 ) + 1
);
const dir = join( PROJECT_ROOT, '.cache', 'e2e-clean-site' );

const { file, bytes } = packPlugin();
process.stderr.write(
	`Packed ${ file } (${ bytes } bytes) for the clean site.\n`
);

const core = prepareCore( dir, true );
installMuPlugins(
	core,
	join( PROJECT_ROOT, 'tests', 'fixtures', 'mu-plugins' )
);

const server = spawnServer(
	serverArguments( {
		dir,
		port,
		mountPlugin: false,
		// The Plugins screens ask WordPress.org for updates after every change; answer at once,
		// online or not, so the tests wait for this site only.
		constants: { WP_HTTP_BLOCK_EXTERNAL: true },
	} ),
	{ stdio: 'inherit' }
);
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => server.kill( signal ) );
}
server.on( 'exit', ( code, signal ) =>
	process.exit( code ?? ( signal ? 1 : 0 ) )
);

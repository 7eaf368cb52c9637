/**
 * Finds the real MainWP Dashboard 6.1.2 (GPL) for the tests and unpacks it.
 *
 * Order: MAINWP_SRC (a folder, or a .zip / .tar.gz); the shared copy beside the repository,
 * ../shared/vendor/mainwp-6.1.2.tar.gz; a download kept from an earlier run in .cache/; the
 * wordpress.org download where there is internet.
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import AdmZip from 'adm-zip';

export const MAINWP_VERSION = '6.1.2';
const DOWNLOAD_URL = `https://downloads.wordpress.org/plugin/mainwp.${ MAINWP_VERSION }.zip`;

const projectRoot = resolve(
	dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const downloaded = join(
	projectRoot,
	'.cache',
	`mainwp-${ MAINWP_VERSION }.zip`
);

/**
 * Returns the first MainWP source found on this machine, without touching the network.
 *
 * @return {string|null} A folder or an archive, or null.
 */
export function localMainWPSource() {
	const candidates = [
		process.env.MAINWP_SRC,
		join(
			projectRoot,
			'..',
			'shared',
			'vendor',
			`mainwp-${ MAINWP_VERSION }.tar.gz`
		),
		downloaded,
	];
	return candidates.find( ( path ) => path && existsSync( path ) ) ?? null;
}

/**
 * Downloads MainWP from wordpress.org into .cache/, or returns null when that fails.
 *
 * @param {number} timeoutMs How long to wait for the download.
 * @return {Promise<string|null>} The archive, or null.
 */
async function download( timeoutMs ) {
	try {
		const response = await fetch( DOWNLOAD_URL, {
			signal: AbortSignal.timeout( timeoutMs ),
		} );
		if ( ! response.ok ) {
			return null;
		}
		mkdirSync( dirname( downloaded ), { recursive: true } );
		writeFileSync(
			downloaded,
			Buffer.from( await response.arrayBuffer() )
		);
		return downloaded;
	} catch {
		return null;
	}
}

/**
 * Finds MainWP's plugin folder inside an unpacked archive: the top, or one `mainwp/` down.
 *
 * @param {string} dir Unpacked archive.
 * @return {string|null} The folder holding mainwp.php.
 */
function pluginFolder( dir ) {
	for ( const folder of [ dir, join( dir, 'mainwp' ) ] ) {
		if ( existsSync( join( folder, 'mainwp.php' ) ) ) {
			return folder;
		}
	}
	return null;
}

/**
 * Gives a folder holding MainWP Dashboard's plugin files, ready to mount, or null with a reason.
 *
 * @param {string} unpackDir Where an archive is unpacked (emptied first).
 * @return {Promise<{folder: string|null, source: string|null, reason?: string}>} The folder.
 */
export async function prepareMainWP( unpackDir ) {
	const source = localMainWPSource() ?? ( await download( 60_000 ) );
	if ( ! source ) {
		return {
			folder: null,
			source: null,
			reason: `no MAINWP_SRC, no ../shared/vendor/mainwp-${ MAINWP_VERSION }.tar.gz and no download from wordpress.org`,
		};
	}
	if ( statSync( source ).isDirectory() ) {
		const folder = pluginFolder( source );
		return folder
			? { folder, source }
			: {
					folder: null,
					source,
					reason: `${ source } holds no mainwp.php`,
				};
	}
	rmSync( unpackDir, { recursive: true, force: true } );
	mkdirSync( unpackDir, { recursive: true } );
	if ( source.endsWith( '.zip' ) ) {
		new AdmZip( source ).extractAllTo( unpackDir, true );
	} else {
		execFileSync( 'tar', [ '-xzf', source, '-C', unpackDir ] );
	}
	const folder = pluginFolder( unpackDir );
	return folder
		? { folder, source }
		: { folder: null, source, reason: `${ source } holds no mainwp.php` };
}

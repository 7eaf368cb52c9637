/**
 * The table's own interface (DataViews, bundled into the app) speaks the site's language, from
 * the translations WordPress installs for its own scripts.
 */

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	USERS_PAGE,
	revokeAllPasswords,
	seedPassword,
	setMainWP,
	updateTestSettings,
} from '../utils/site';

const root = join( __dirname, '..', '..', '..' );
/** wp-content/languages of the site bin/e2e-server.mjs serves. */
const LANGUAGES = join(
	root,
	'.cache',
	'e2e-site',
	'wordpress',
	'wp-content',
	'languages'
);
/** Where WordPress looks for core's translations of one of its scripts, as language packs name them. */
const MEDIA_UTILS_TRANSLATIONS = join(
	LANGUAGES,
	`en_XA-${ createHash( 'md5' )
		.update( 'wp-includes/js/dist/media-utils.js' )
		.digest( 'hex' ) }.json`
);

test.beforeAll( async ( { requestUtils } ) => {
	mkdirSync( LANGUAGES, { recursive: true } );
	copyFileSync(
		join(
			__dirname,
			'..',
			'..',
			'fixtures',
			'languages',
			'core',
			'en_XA-media-utils.json'
		),
		MEDIA_UTILS_TRANSLATIONS
	);
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
	await seedPassword( requestUtils, 'Zapier' );
	await updateTestSettings( requestUtils, { e2e_locale: 'en_XA' } );
} );

test.afterAll( async ( { requestUtils } ) => {
	await updateTestSettings( requestUtils, { e2e_locale: '' } );
	await revokeAllPasswords( requestUtils );
	rmSync( MEDIA_UTILS_TRANSLATIONS, { force: true } );
} );

test( 'the table’s view options are translated on a site in another language', async ( {
	page,
} ) => {
	await page.goto( USERS_PAGE );
	await expect( page.getByRole( 'row', { name: /Zapier/ } ) ).toBeVisible();

	await page.getByRole( 'button', { name: '[Ṽíéŵ öƥţíöñš]' } ).click();

	await expect(
		page.getByRole( 'heading', { name: '[Àƥƥéàŕàñçé]' } )
	).toBeVisible();
} );

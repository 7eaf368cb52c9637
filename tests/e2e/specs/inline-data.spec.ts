/**
 * Data printed into the page inside inline scripts (boot data, preloaded responses) cannot end
 * the script early, whatever text it carries: it is encoded as core's script loader encodes it.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	MAINWP_PAGE,
	listPasswords,
	revokeAllPasswords,
	seedPassword,
	setMainWP,
} from '../utils/site';

const BREAKOUT = '</script><!--<script>';

test.beforeEach( async ( { requestUtils } ) => {
	await revokeAllPasswords( requestUtils );
} );

test.afterEach( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
} );

test( 'a credential name and a version holding </script><!--<script> stay text inside the page’s scripts', async ( {
	page,
	requestUtils,
} ) => {
	await seedPassword( requestUtils, `Tool ${ BREAKOUT } one` );
	// Core's API strips tags from names; other writers of the user meta may not.
	const [ stored ] = await listPasswords( requestUtils );
	// The MainWP stand-in reports any version it is given, unfiltered: a raw string for the boot data.
	await setMainWP( requestUtils, {
		active: true,
		version: `6.1.2${ BREAKOUT }`,
	} );
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );

	const response = await page.goto( MAINWP_PAGE );
	const html = await response!.text();

	// The page works: its table shows the credential's name as text.
	await expect(
		page.getByRole( 'row', { name: new RegExp( `Tool .*one` ) } )
	).toContainText( stored!.name );
	expect( errors ).toEqual( [] );

	// As printed: no "<" at all in the JSON, as core's own script loader prints it (JSON_HEX_TAG).
	const boot = /window\.mainwpApplicationPasswords = (.*?);\n/s.exec(
		html
	)?.[ 1 ];
	const preloaded =
		/wp\.apiFetch\.createPreloadingMiddleware\( (.*?) \) \);/s.exec(
			html
		)?.[ 1 ];
	expect( boot ).toBeDefined();
	expect( preloaded ).toBeDefined();
	expect( boot ).not.toContain( '<' );
	expect( preloaded ).not.toContain( '<' );
	expect(
		( JSON.parse( boot! ) as { mainwpVersion: string } ).mainwpVersion
	).toBe( `6.1.2${ BREAKOUT }` );
	expect( JSON.stringify( JSON.parse( preloaded! ) ) ).toContain(
		JSON.stringify( stored!.name )
	);
} );

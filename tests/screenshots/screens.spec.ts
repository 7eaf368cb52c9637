/**
 * Not a test: captures the screen inside MainWP's chrome and without it, narrow and wide, for
 * people to look at (`npm run screenshots`, PNGs in artifacts/screenshots/).
 */

import { join } from 'node:path';

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import { MAINWP_PAGE, USERS_PAGE, setMainWP } from '../e2e/utils/site';

const OUT = join( __dirname, '..', '..', 'artifacts', 'screenshots' );
const WIDTHS = { wide: 1440, narrow: 390 };

const placements = [
	{ name: 'mainwp', active: true, url: MAINWP_PAGE, level: 2 },
	{ name: 'users', active: false, url: USERS_PAGE, level: 1 },
];

const seeded: string[] = [];

test.beforeAll( async ( { requestUtils } ) => {
	for ( const name of [ 'Claude Desktop', 'Zapier' ] ) {
		const created = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users/me/application-passwords',
			data: { name },
		} ) ) as { uuid: string };
		seeded.push( created.uuid );
	}
} );

test.afterAll( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	for ( const uuid of seeded ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/me/application-passwords/${ uuid }`,
		} );
	}
} );

for ( const placement of placements ) {
	for ( const [ size, width ] of Object.entries( WIDTHS ) ) {
		test( `${ placement.name } ${ size }`, async ( {
			page,
			requestUtils,
		} ) => {
			await setMainWP( requestUtils, { active: placement.active } );
			await page.setViewportSize( { width, height: 900 } );
			await page.goto( placement.url );
			await expect(
				page.getByRole( 'heading', {
					level: placement.level,
					name: 'Application Passwords',
				} )
			).toBeVisible();
			await expect(
				page.getByRole( 'row', { name: /Claude Desktop/ } )
			).toBeVisible();
			await page.screenshot( {
				path: join( OUT, `${ placement.name }-${ size }.png` ),
				fullPage: true,
			} );
		} );
	}
}

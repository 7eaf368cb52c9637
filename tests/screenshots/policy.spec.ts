/**
 * Not a test: captures the scoped-credential states (create and edit dialogs with the policy,
 * the roll dialog and its one-time view, the table with its policy columns and a rolled pair,
 * the Site policy settings) inside MainWP's chrome and under Users, at 1280 and 390 px wide,
 * into artifacts/screenshots/policy-*.png. Each capture first checks its state is on screen.
 */

import { join } from 'node:path';

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	MAINWP_PAGE,
	USERS_PAGE,
	revokeAllPasswords,
	setMainWP,
} from '../e2e/utils/site';
import { readinessChecked } from '../e2e/utils/screen';

const OUT = join( __dirname, '..', '..', 'artifacts', 'screenshots' );
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };
const DAY = 24 * 60 * 60 * 1000;

const placements = [
	{ name: 'mainwp', active: true, url: MAINWP_PAGE },
	{ name: 'users', active: false, url: USERS_PAGE },
];

test.afterAll( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
} );

const widths = [
	{ suffix: '', viewport: WIDE },
	// A dialog opened at one width does not survive DataViews' switch to the other.
	{ suffix: '-narrow', viewport: NARROW },
];

for ( const placement of placements ) {
	for ( const { suffix, viewport } of widths ) {
		test( `${ placement.name }${ suffix }`, async ( {
			page,
			requestUtils,
		} ) => {
			test.setTimeout( 300_000 );
			const prefix = placement.name;
			const shoot = ( file: string, fullPage = false ) =>
				page.screenshot( {
					path: join( OUT, `policy-${ file }${ suffix }.png` ),
					fullPage,
				} );
			// Narrow, DataViews moves every row action into the row's Actions menu.
			const rowAction = async ( row: RegExp, action: string ) => {
				const cells = page.getByRole( 'row', { name: row } );
				if ( action === 'Edit' && suffix === '' ) {
					await cells.getByRole( 'button', { name: action } ).click();
					return;
				}
				await cells.getByRole( 'button', { name: 'Actions' } ).click();
				await page.getByRole( 'menuitem', { name: action } ).click();
			};
			await setMainWP( requestUtils, { active: placement.active } );
			await revokeAllPasswords( requestUtils );
			// The default columns, not those an earlier run left remembered.
			await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/users/me',
				data: { meta: { persisted_preferences: {} } },
			} );
			const seed = ( data: Record< string, unknown > ) =>
				requestUtils.rest( {
					method: 'POST',
					path: '/wp/v2/users/me/application-passwords',
					data,
				} );
			await seed( {
				name: 'Reporting (read only)',
				access: 'read',
				expires: new Date( Date.now() + 3 * DAY ).toISOString(),
			} );
			await seed( {
				name: 'Backup script',
				allowed_ips: [ '203.0.113.7', '2001:db8::/32' ],
				expires: new Date( Date.now() + 200 * DAY ).toISOString(),
			} );
			await seed( { name: 'Zapier' } );
			await page.setViewportSize( viewport );
			await page.goto( placement.url );
			// On one PHP worker, the roll would queue behind the readiness checks.
			await readinessChecked( page );
			await expect(
				page.getByRole( 'row', { name: /Backup script/ } )
			).toContainText( /Expires in/ );

			await page
				.getByRole( 'button', { name: 'Create application password' } )
				.first()
				.click();
			const form = page.getByRole( 'dialog', {
				name: 'Create application password',
			} );
			await form
				.getByRole( 'textbox', { name: 'Name' } )
				.fill( 'Claude Desktop' );
			await form.getByRole( 'radio', { name: 'Read only' } ).check();
			await expect(
				form.getByText( 'Allowed IP addresses' )
			).toBeVisible();
			await shoot( `${ prefix }-create` );
			await form.getByRole( 'button', { name: 'Cancel' } ).click();

			await rowAction( /Backup script/, 'Edit' );
			const edit = page.getByRole( 'dialog', {
				name: 'Edit application password',
			} );
			await expect(
				edit.getByRole( 'textbox', { name: 'Allowed IP addresses' } )
			).toHaveValue( '203.0.113.7\n2001:db8::/32' );
			await shoot( `${ prefix }-edit` );
			await edit.getByRole( 'button', { name: 'Cancel' } ).click();

			await rowAction( /Zapier/, 'Roll' );
			const roll = page.getByRole( 'dialog', {
				name: 'Roll application password',
			} );
			await expect(
				roll.getByRole( 'combobox', { name: 'At the latest' } )
			).toBeVisible();
			await shoot( `${ prefix }-roll` );
			await roll
				.getByRole( 'button', { name: 'Roll', exact: true } )
				.click();
			const view = page.getByRole( 'dialog', {
				name: 'Your new application password',
			} );
			await expect(
				view.getByText( /“Zapier” was rolled/ )
			).toBeVisible();
			await shoot( `${ prefix }-rolled` );
			await view.getByRole( 'button', { name: 'Done' } ).click();

			await expect(
				page.getByRole( 'row', { name: /Replaces “Zapier”/ } )
			).toBeVisible();
			await expect(
				page.getByRole( 'row', {
					name: /Rolled: replaced by “Zapier”/,
				} )
			).toBeVisible();
			await shoot( `${ prefix }-table`, true );
		} );
	}
}

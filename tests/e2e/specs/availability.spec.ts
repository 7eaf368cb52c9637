/**
 * Application passwords turned off (a security plugin's filter): nothing offers to change them,
 * since core would refuse every change with 501.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import { readinessChecked, rowActions } from '../utils/screen';
import {
	USERS_PAGE,
	revokeAllPasswords,
	seedPassword,
	setMainWP,
	updateTestSettings,
} from '../utils/site';

const NO_RIGHTS = {
	list: false,
	create: false,
	edit: false,
	delete: false,
	deleteAll: false,
};

test.beforeEach( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
	await seedPassword( requestUtils, 'Stored before the switch' );
} );

test.afterEach( async ( { requestUtils } ) => {
	await updateTestSettings( requestUtils, {
		e2e_application_passwords_off: false,
		e2e_application_passwords_off_for_users: false,
	} );
	await revokeAllPasswords( requestUtils );
} );

for ( const [ where, setting, why ] of [
	[
		'for the site',
		'e2e_application_passwords_off',
		'Application passwords are turned off for the whole site by the filter wp_is_application_passwords_available',
	],
	[
		'for the owner',
		'e2e_application_passwords_off_for_users',
		'Available on this site, but turned off for admin by the filter wp_is_application_passwords_available_for_user',
	],
] as const ) {
	test( `with application passwords off ${ where }, no rename, revoke or create is offered, and the readiness panel says why`, async ( {
		page,
		requestUtils,
	} ) => {
		await updateTestSettings( requestUtils, { [ setting ]: true } );

		// The overview still shows what is stored, without offering to change it.
		await page.goto( `${ USERS_PAGE }&view=all` );
		const row = page.getByRole( 'row', {
			name: /Stored before the switch/,
		} );
		await expect( row ).toBeVisible( { timeout: 30_000 } );
		// Nothing on the row nor in an Actions menu; no box to select it for a bulk revoke.
		expect( await rowActions( page, row ) ).toEqual( [] );
		await expect( row.getByRole( 'checkbox' ) ).toHaveCount( 0 );

		// The owner's own list offers no create either, once it has settled.
		await page.goto( USERS_PAGE );
		await readinessChecked( page );
		await expect(
			page.getByRole( 'button', { name: 'Create application password' } )
		).toHaveCount( 0 );
		// In its place, the open readiness panel names the one problem and who caused it.
		const readiness = page.getByRole( 'region', { name: 'Readiness' } );
		await expect( readiness.getByRole( 'status' ) ).toHaveText(
			'1 problem can stop credentials from working on this site.'
		);
		await expect(
			readiness.getByRole( 'listitem', { name: 'Application passwords' } )
		).toContainText( why );

		// What the server tells the interface about the owner agrees.
		const owner = ( await requestUtils.rest( {
			path: '/app-passwords-manager/v1/owners/1',
		} ) ) as { rights: Record< string, boolean > };
		expect( owner.rights ).toEqual( NO_RIGHTS );
	} );
}

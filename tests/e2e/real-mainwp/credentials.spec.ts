/**
 * The core flow inside the real MainWP Dashboard 6.1.2 on MariaDB: create, test, authenticate,
 * revoke, revoke all; and MainWP's own Application Passwords page still working afterwards.
 */

import { MAINWP_PAGE } from '../utils/site';
import { createThroughScreen } from '../utils/screen';
import {
	expect,
	followLink,
	readinessCheckedInMainWP,
	signInStatus,
	test,
} from './fixtures';

test( 'creates a credential that authenticates, and revokes it and all others', async ( {
	page,
	playwright,
	mainwpRequestUtils,
} ) => {
	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );
	const { view, password } = await createThroughScreen(
		page,
		'Claude Desktop'
	);

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();
	await expect( view.getByRole( 'status' ).last() ).toContainText(
		/It works: the site authenticated admin, who can see \d+ abilit/
	);
	expect( await signInStatus( playwright.request, password ) ).toBe( 200 );
	await view.getByRole( 'button', { name: 'Done' } ).click();

	await page
		.getByRole( 'row', { name: /Claude Desktop/ } )
		.getByRole( 'button', { name: 'Revoke' } )
		.click();
	const revokeOne = page.getByRole( 'dialog', {
		name: 'Revoke application password',
	} );
	await revokeOne.getByRole( 'button', { name: 'Revoke' } ).click();
	await expect(
		page.getByRole( 'row', { name: /Claude Desktop/ } )
	).toHaveCount( 0 );
	// The server has answered once the page says so.
	await expect(
		page.getByText( 'Revoked “Claude Desktop”.' ).first()
	).toBeVisible();
	expect( await signInStatus( playwright.request, password ) ).toBe( 401 );

	const others = [];
	for ( const name of [ 'Zapier', 'Internal Script' ] ) {
		others.push(
			await mainwpRequestUtils.rest< { password: string } >( {
				method: 'POST',
				path: '/wp/v2/users/me/application-passwords',
				data: { name },
			} )
		);
	}
	await page.reload();
	await readinessCheckedInMainWP( page );
	await page.getByRole( 'button', { name: 'Revoke all…' } ).click();
	const revokeAll = page.getByRole( 'dialog', {
		name: 'Revoke all application passwords',
	} );
	await revokeAll
		.getByRole( 'textbox', { name: 'Type admin to confirm' } )
		.fill( 'admin' );
	await revokeAll.getByRole( 'button', { name: 'Revoke all' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();
	for ( const other of others ) {
		expect( await signInStatus( playwright.request, other.password ) ).toBe(
			401
		);
	}
} );

test( 'leaves MainWP’s own Application Passwords page working: it lists what this page created', async ( {
	page,
} ) => {
	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );
	const { view } = await createThroughScreen( page, 'Made on our page' );
	await view.getByRole( 'button', { name: 'Done' } ).click();

	await followLink(
		page,
		page
			.locator( '#mainwp-main-menu' )
			.getByRole( 'link', { name: 'Application Passwords', exact: true } )
			.last(),
		/page=ApplicationPasswords$/
	);

	await expect(
		page.getByRole( 'row', { name: /Made on our page/ } )
	).toBeVisible();
} );

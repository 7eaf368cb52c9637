/**
 * When the session behind the page ends, actions fail with the server's reason and lose nothing.
 */

import { expect, test } from '../fixtures';
import { USERS_PAGE } from '../utils/site';
import { openCreateDialog } from '../utils/screen';

test( 'after logging out in another tab, creating explains the refusal and keeps the name', async ( {
	users,
} ) => {
	// An administrator of its own, so that logging out ends no other test's session.
	const admin = await users.create( 'administrator' );
	const context = await users.logIn( admin );
	const page = await context.newPage();
	await page.goto( USERS_PAGE );
	const form = await openCreateDialog( page );
	await form
		.getByRole( 'textbox', { name: 'Name' } )
		.fill( 'Typed before logout' );

	const otherTab = await context.newPage();
	await otherTab.goto( 'wp-login.php?action=logout' );
	await otherTab.getByRole( 'link', { name: 'log out' } ).click();
	await expect(
		otherTab.getByText( 'You are now logged out.' )
	).toBeVisible();

	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();

	await expect(
		form.getByText( /Your login session has ended/ )
	).toBeVisible();
	await expect( form.getByRole( 'textbox', { name: 'Name' } ) ).toHaveValue(
		'Typed before logout'
	);
} );

/**
 * Managing another user's credentials: the owner picker, the shareable URL, and credentials
 * that authenticate as that user.
 */

import { expect, test } from '../fixtures';
import {
	createThroughScreen,
	readinessChecked,
	revokeThroughScreen,
} from '../utils/screen';
import { USERS_PAGE } from '../utils/site';

test( 'creates, renames and revokes a credential on behalf of another user', async ( {
	page,
	users,
	credentials,
	client,
} ) => {
	const editor = await users.create( 'editor' );
	await page.goto( USERS_PAGE );
	// The owner's list must not queue behind the readiness checks on Playground's one worker.
	await readinessChecked( page );
	const picker = page.getByRole( 'combobox', { name: 'Owner' } );
	await picker.fill( editor.username.slice( 0, 12 ) );
	await page
		.getByRole( 'option', {
			name: `${ editor.username } · Editor`,
		} )
		.click();

	// The owner is in the URL, and the screen shows their (empty) list.
	await expect( page ).toHaveURL( new RegExp( `user_id=${ editor.id }` ) );
	await expect(
		page.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();

	const { view, password } = await createThroughScreen(
		page,
		'Zapier for the editor'
	);
	await expect( view.getByLabel( 'Username', { exact: true } ) ).toHaveText(
		editor.username
	);
	const me = await client.fetch(
		'GET',
		'wp-json/wp/v2/users/me',
		editor.username,
		password
	);
	expect( me.status ).toBe( 200 );
	expect( ( me.body as { id: number } ).id ).toBe( editor.id );
	await view.getByRole( 'button', { name: 'Done' } ).click();

	// A reload keeps the owner.
	await page.reload();
	await expect( picker ).toHaveValue( new RegExp( editor.username ) );
	const row = page.getByRole( 'row', { name: /Zapier for the editor/ } );
	await row.getByRole( 'button', { name: 'Edit' } ).click();
	const rename = page.getByRole( 'dialog', {
		name: 'Edit application password',
	} );
	await rename
		.getByRole( 'textbox', { name: 'Name' } )
		.fill( 'Zapier (editor)' );
	await rename.getByRole( 'button', { name: 'Save' } ).click();
	await expect(
		page.getByRole( 'row', { name: /Zapier \(editor\)/ } )
	).toBeVisible();
	expect(
		( await credentials.list( editor.id ) ).map( ( item ) => item.name )
	).toEqual( [ 'Zapier (editor)' ] );

	await revokeThroughScreen( page, 'Zapier (editor)' );
	await expect(
		page.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();
	expect( await credentials.list( editor.id ) ).toEqual( [] );
	expect(
		await client.status(
			'wp-json/wp/v2/users/me',
			editor.username,
			password
		)
	).toBe( 401 );
} );

test( 'a link to a user that does not exist says so and shows your own', async ( {
	page,
} ) => {
	await page.goto( `${ USERS_PAGE }&user_id=987654` );

	await expect(
		page
			.locator( '#mainwp-application-passwords-root' )
			.getByText(
				'You cannot manage the application passwords of the user in the link, so your own are shown.'
			)
	).toBeVisible();
	await expect( page.getByRole( 'combobox', { name: 'Owner' } ) ).toHaveValue(
		'admin'
	);
	await expect( page ).not.toHaveURL( /user_id=/ );
} );

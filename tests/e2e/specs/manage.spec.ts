/**
 * Reviewing, renaming and revoking credentials, checked on the screen and on the server.
 */

import { expect, test } from '../fixtures';
import { ABILITIES, USERS_PAGE } from '../utils/site';
import { revokeThroughScreen } from '../utils/screen';

test( 'the first list arrives with the page, without a REST round trip', async ( {
	page,
	credentials,
} ) => {
	await credentials.seed( 'Preloaded' );
	const listRequests: string[] = [];
	page.on( 'request', ( request ) => {
		// Pretty (/wp-json/…) or plain (?rest_route=…) REST URLs alike.
		const url = decodeURIComponent( request.url() );
		if ( /\/wp\/v2\/users\/[^/]+\/application-passwords/.test( url ) ) {
			listRequests.push( request.url() );
		}
	} );

	await page.goto( USERS_PAGE );

	await expect(
		page.getByRole( 'row', { name: /Preloaded/ } )
	).toBeVisible();
	expect( listRequests ).toEqual( [] );
} );

test( 'renames a credential in place', async ( { page, credentials } ) => {
	const seeded = await credentials.seed( 'Zapier' );
	await page.goto( USERS_PAGE );

	await page
		.getByRole( 'row', { name: /Zapier/ } )
		.getByRole( 'button', { name: 'Edit' } )
		.click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Edit application password',
	} );
	await dialog
		.getByRole( 'textbox', { name: 'Name' } )
		.fill( 'Zapier (sales)' );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();

	await expect( dialog ).toBeHidden();
	await expect(
		page.getByRole( 'row', { name: /Zapier \(sales\)/ } )
	).toBeVisible();
	await expect(
		page.getByText( 'Renamed to “Zapier (sales)”.' ).first()
	).toBeVisible();
	expect( await credentials.list() ).toEqual( [
		expect.objectContaining( {
			uuid: seeded.uuid,
			name: 'Zapier (sales)',
		} ),
	] );
} );

test( 'revokes one credential after naming it, and it stops authenticating', async ( {
	page,
	credentials,
	client,
} ) => {
	const kept = await credentials.seed( 'Claude Desktop' );
	const revoked = await credentials.seed( 'Old script' );
	await page.goto( USERS_PAGE );

	await page
		.getByRole( 'row', { name: /Old script/ } )
		.getByRole( 'button', { name: 'Revoke' } )
		.click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Revoke application password',
	} );
	await expect( dialog ).toContainText( 'Revoke “Old script”?' );
	await dialog.getByRole( 'button', { name: 'Revoke' } ).click();

	await expect( dialog ).toBeHidden();
	await expect( page.getByRole( 'row', { name: /Old script/ } ) ).toHaveCount(
		0
	);
	await expect(
		page.getByRole( 'row', { name: /Claude Desktop/ } )
	).toBeVisible();
	await expect(
		page.getByText( 'Revoked “Old script”.' ).first()
	).toBeVisible();
	expect( await client.status( ABILITIES, 'admin', revoked.password ) ).toBe(
		401
	);
	expect( await client.status( ABILITIES, 'admin', kept.password ) ).toBe(
		200
	);
} );

test( 'revokes exactly the selected credentials', async ( {
	page,
	credentials,
	client,
} ) => {
	const chosen = [
		await credentials.seed( 'Bulk one' ),
		await credentials.seed( 'Bulk two' ),
		await credentials.seed( 'Bulk three' ),
	];
	const kept = await credentials.seed( 'Keep me' );
	await page.goto( USERS_PAGE );

	for ( const { name } of chosen ) {
		await page.getByRole( 'checkbox', { name, exact: true } ).check();
	}
	await page.getByRole( 'button', { name: 'Revoke' } ).last().click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Revoke 3 application passwords',
	} );
	await expect( dialog ).toContainText(
		'Revoke these 3 application passwords?'
	);
	const requests: string[] = [];
	page.on( 'request', ( request ) => {
		const url = decodeURIComponent( request.url() );
		if (
			/batch\/v1|\/wp\/v2\/users\/[^/]+\/application-passwords/.test(
				url
			)
		) {
			requests.push( `${ request.method() } ${ url }` );
		}
	} );
	await dialog.getByRole( 'button', { name: 'Revoke all selected' } ).click();

	await expect( dialog ).toBeHidden();
	await expect(
		page.getByText( 'Revoked 3 application passwords.' ).first()
	).toBeVisible();
	await expect( page.getByRole( 'row', { name: /Bulk/ } ) ).toHaveCount( 0 );
	// One batch request for the three, not three DELETEs.
	expect( requests ).toEqual( [
		expect.stringMatching( /^POST .*batch\/v1/ ),
	] );
	expect( ( await credentials.list() ).map( ( p ) => p.uuid ) ).toEqual( [
		kept.uuid,
	] );
	for ( const { password } of chosen ) {
		expect( await client.status( ABILITIES, 'admin', password ) ).toBe(
			401
		);
	}
} );

test( 'revokes all credentials only after the username is typed', async ( {
	page,
	credentials,
	client,
} ) => {
	const seeded = [
		await credentials.seed( 'Rotate one' ),
		await credentials.seed( 'Rotate two' ),
	];
	await page.goto( USERS_PAGE );

	await page.getByRole( 'button', { name: 'Revoke all…' } ).click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Revoke all application passwords',
	} );
	const confirm = dialog.getByRole( 'button', { name: 'Revoke all' } );
	await expect( confirm ).toBeDisabled();
	await dialog
		.getByRole( 'textbox', { name: 'Type admin to confirm' } )
		.fill( 'admi' );
	await expect( confirm ).toBeDisabled();
	await dialog
		.getByRole( 'textbox', { name: 'Type admin to confirm' } )
		.fill( 'admin' );
	await confirm.click();

	await expect( dialog ).toBeHidden();
	await expect(
		page.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();
	expect( await credentials.list() ).toEqual( [] );
	for ( const { password } of seeded ) {
		expect( await client.status( ABILITIES, 'admin', password ) ).toBe(
			401
		);
	}
} );

test( 'a credential revoked in another tab disappears quietly; renaming it explains why not', async ( {
	page,
	credentials,
} ) => {
	const first = await credentials.seed( 'Gone elsewhere' );
	const second = await credentials.seed( 'Also gone' );
	await page.goto( USERS_PAGE );
	await expect(
		page.getByRole( 'row', { name: /Also gone/ } )
	).toBeVisible();
	for ( const { uuid } of [ first, second ] ) {
		await credentials.revoke( uuid );
	}

	await revokeThroughScreen( page, 'Gone elsewhere' );
	await expect(
		page.getByRole( 'row', { name: /Gone elsewhere/ } )
	).toHaveCount( 0 );

	await page
		.getByRole( 'row', { name: /Also gone/ } )
		.getByRole( 'button', { name: 'Edit' } )
		.click();
	const rename = page.getByRole( 'dialog', {
		name: 'Edit application password',
	} );
	await rename.getByRole( 'textbox', { name: 'Name' } ).fill( 'New name' );
	await rename.getByRole( 'button', { name: 'Save' } ).click();
	await expect(
		rename.getByText( 'Application password not found.' )
	).toBeVisible();
	await expect( rename.getByRole( 'textbox', { name: 'Name' } ) ).toHaveValue(
		'New name'
	);
} );

test( 'searches by name and filters credentials never used', async ( {
	page,
	credentials,
	client,
} ) => {
	const used = await credentials.seed( 'Zapier' );
	await credentials.seed( 'Claude Desktop' );
	// Core records the first use of a credential.
	await client.status( ABILITIES, 'admin', used.password );
	await page.goto( USERS_PAGE );

	const zapier = page.getByRole( 'row', { name: /Zapier/ } );
	const claude = page.getByRole( 'row', { name: /Claude Desktop/ } );
	// Last used: relative ("a few seconds ago"); Expires: never.
	await expect( zapier ).toContainText( /ago/ );

	await page
		.getByRole( 'searchbox', { name: 'Search by name' } )
		.fill( 'zap' );
	await expect( claude ).toHaveCount( 0 );
	await expect( zapier ).toBeVisible();
	await page.getByRole( 'searchbox', { name: 'Search by name' } ).fill( '' );
	// As a person does: the whole list is back before a filter is chosen.
	await expect( claude ).toBeVisible();
	await expect( zapier ).toBeVisible();

	await page.getByRole( 'button', { name: 'Add filter' } ).click();
	await page.getByRole( 'menuitem', { name: 'Usage' } ).click();
	await page.getByRole( 'option', { name: 'Never used' } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( zapier ).toHaveCount( 0 );
	await expect( claude ).toBeVisible();
} );

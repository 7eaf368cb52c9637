/**
 * Scoped credentials on the screen: the policy chosen in the create and edit dialogs, rolling,
 * the table's policy columns and filters, and the site policy, each checked on the server with
 * real Basic-auth requests.
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { expect, test } from '../fixtures';
import { openCreateDialog, readinessChecked } from '../utils/screen';
import { ABILITIES, USERS_PAGE } from '../utils/site';

const POLICY_ROUTE = '/app-passwords-manager/v1/policy';
const NO_SITE_POLICY = {
	default_lifetime_days: null,
	max_lifetime_days: null,
	default_access: 'full',
};
const DAY = 24 * 60 * 60 * 1000;

/** The administrator's credential as core lists it, with its policy. */
interface PolicyItem {
	uuid: string;
	name: string;
	expires: string | null;
	access: string;
	allowed_ips: string[];
	last_ip: string | null;
}

const listWithPolicy = ( requestUtils: RequestUtils ) =>
	requestUtils.rest< PolicyItem[] >( {
		path: '/wp/v2/users/me/application-passwords',
	} );

const seedWithPolicy = (
	requestUtils: RequestUtils,
	data: Record< string, unknown >
) =>
	requestUtils.rest< PolicyItem & { password: string } >( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data,
	} );

test.afterEach( async ( { requestUtils } ) => {
	await requestUtils.rest( {
		method: 'POST',
		path: POLICY_ROUTE,
		data: NO_SITE_POLICY,
	} );
} );

test( 'creates a read-only credential allowed from one address; the server answers as its policy says', async ( {
	page,
	requestUtils,
	client,
	// Emptied again after the test: the view below shows the Allowed IPs column (on request).
	preferences, // eslint-disable-line @typescript-eslint/no-unused-vars
} ) => {
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me',
		data: {
			meta: {
				persisted_preferences: {
					'mainwp-application-passwords': {
						view: {
							fields: [
								'lastUsed',
								'expires',
								'access',
								'allowedIps',
							],
							version: 2,
						},
					},
				},
			},
		},
	} );
	await page.goto( USERS_PAGE );
	const form = await openCreateDialog( page );
	await form.getByRole( 'textbox', { name: 'Name' } ).fill( 'Reporting' );
	await form
		.getByRole( 'combobox', { name: 'Expiration' } )
		.selectOption( { label: '30 days' } );
	await form.getByRole( 'radio', { name: 'Read only' } ).check();
	const addresses = form.getByRole( 'textbox', {
		name: 'Allowed IP addresses',
	} );
	await addresses.fill( '127.0.0.1\n300.1.2.3' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();

	// The server names the bad entry; nothing typed is lost.
	await expect( form.getByText( /300\.1\.2\.3/ ).first() ).toBeVisible();
	await expect( addresses ).toHaveValue( '127.0.0.1\n300.1.2.3' );
	await expect(
		form.getByRole( 'radio', { name: 'Read only' } )
	).toBeChecked();
	await addresses.fill( '127.0.0.1' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();

	const view = page.getByRole( 'dialog', {
		name: 'Your new application password',
	} );
	const password = ( await view
		.getByLabel( 'Application password', { exact: true } )
		.textContent() )!;
	await expect(
		view.getByText( /This credential is read only: this GET works/ )
	).toBeVisible();

	expect( await client.status( ABILITIES, 'admin', password ) ).toBe( 200 );
	const write = await client.fetch(
		'POST',
		'wp-json/wp/v2/posts',
		'admin',
		password,
		{ title: 'Not allowed' }
	);
	expect( write.status ).toBe( 403 );
	expect( write.body ).toMatchObject( {
		code: 'application_password_read_only',
	} );
	const [ stored ] = await listWithPolicy( requestUtils );
	expect( stored ).toMatchObject( {
		name: 'Reporting',
		access: 'read',
		allowed_ips: [ '127.0.0.1' ],
	} );
	const lifetime = Date.parse( stored!.expires! ) - Date.now();
	expect( lifetime ).toBeGreaterThan( 29 * DAY );
	expect( lifetime ).toBeLessThanOrEqual( 30 * DAY );

	await view.getByRole( 'button', { name: 'Done' } ).click();
	const row = page.getByRole( 'row', { name: /Reporting/ } );
	await expect( row ).toContainText( 'Read only' );
	await expect( row ).toContainText( '127.0.0.1' );
	await expect( row ).toContainText( 'Expires in 30 days' );
} );

test( 'edits the policy, with the address it was last used from one click away', async ( {
	page,
	requestUtils,
	client,
} ) => {
	const seeded = await seedWithPolicy( requestUtils, { name: 'Backup' } );
	// Its first use records the address it came from.
	expect( await client.status( ABILITIES, 'admin', seeded.password ) ).toBe(
		200
	);
	await page.goto( USERS_PAGE );

	await page
		.getByRole( 'row', { name: /Backup/ } )
		.getByRole( 'button', { name: 'Edit' } )
		.click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Edit application password',
	} );
	await expect(
		dialog.getByRole( 'combobox', { name: 'Expiration' } )
	).toHaveValue( 'never' );
	await dialog
		.getByRole( 'button', {
			name: 'Add the address it was last used from: 127.0.0.1',
		} )
		.click();
	await expect(
		dialog.getByRole( 'textbox', { name: 'Allowed IP addresses' } )
	).toHaveValue( '127.0.0.1' );
	await dialog
		.getByRole( 'combobox', { name: 'Expiration' } )
		.selectOption( { label: '90 days' } );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();

	await expect( dialog ).toBeHidden();
	await expect( page.getByText( 'Saved “Backup”.' ).first() ).toBeVisible();
	const [ stored ] = await listWithPolicy( requestUtils );
	expect( stored ).toMatchObject( {
		access: 'full',
		allowed_ips: [ '127.0.0.1' ],
	} );
	expect( Date.parse( stored!.expires! ) - Date.now() ).toBeGreaterThan(
		89 * DAY
	);
	expect( await client.status( ABILITIES, 'admin', seeded.password ) ).toBe(
		200
	);
	await expect( page.getByRole( 'row', { name: /Backup/ } ) ).toContainText(
		'127.0.0.1'
	);
} );

test( 'rolls a credential: the new one is shown once, the table shows the pair, and the old one stops once the new one is used', async ( {
	page,
	requestUtils,
	client,
} ) => {
	const old = await seedWithPolicy( requestUtils, {
		name: 'Zapier',
		access: 'read',
	} );
	await page.goto( USERS_PAGE );

	await page
		.getByRole( 'row', { name: /Zapier/ } )
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Roll' } ).click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Roll application password',
	} );
	await dialog
		.getByRole( 'combobox', { name: 'Stops' } )
		.selectOption( { label: 'At its first use' } );
	await dialog.getByRole( 'button', { name: 'Roll', exact: true } ).click();

	const view = page.getByRole( 'dialog', {
		name: 'Your new application password',
	} );
	await expect( view.getByText( /“Zapier” was rolled/ ) ).toBeVisible();
	const password = ( await view
		.getByLabel( 'Application password', { exact: true } )
		.textContent() )!;
	await view.getByRole( 'button', { name: 'Done' } ).click();

	await expect(
		page.getByRole( 'row', {
			name: /Rolled: replaced by “Zapier”; stops working in 7 days/,
		} )
	).toContainText( 'Read only' );
	await expect(
		page.getByRole( 'row', { name: /Replaces “Zapier”/ } )
	).toContainText( 'Read only' );

	// The old one works until the new one signs in, then is refused.
	expect( await client.status( ABILITIES, 'admin', old.password ) ).toBe(
		200
	);
	expect( await client.status( ABILITIES, 'admin', password ) ).toBe( 200 );
	const refused = await client.fetch(
		'GET',
		ABILITIES,
		'admin',
		old.password
	);
	expect( refused.status ).toBe( 401 );
	expect( refused.body ).toMatchObject( {
		code: 'application_password_rotated_out',
	} );
} );

test( 'rolling after the site maximum shrank: the dialog says the expiry the server then gives, and why', async ( {
	page,
	requestUtils,
} ) => {
	const far = await seedWithPolicy( requestUtils, {
		name: 'Far off',
		expires: new Date( Date.now() + 300 * DAY ).toISOString(),
	} );
	const forever = await seedWithPolicy( requestUtils, { name: 'Forever' } );
	await requestUtils.rest( {
		method: 'POST',
		path: POLICY_ROUTE,
		data: { default_lifetime_days: 7, max_lifetime_days: 30 },
	} );
	// Days from now, as the server counts them (a minute either way for the round trips).
	const expectInDays = ( expires: string | null, days: number ) => {
		const left = Date.parse( `${ expires }` ) - Date.now();
		expect( Math.abs( left - days * DAY ), `${ expires }` ).toBeLessThan(
			60_000
		);
	};

	// A client rolls one that never expires: the new one gets the site's maximum.
	const rolled = await requestUtils.rest< PolicyItem >( {
		method: 'POST',
		path: `/app-passwords-manager/v1/users/1/application-passwords/${ forever.uuid }/roll`,
		data: { deadline: 'now' },
	} );
	expectInDays( rolled.expires, 30 );

	await page.goto( USERS_PAGE );
	// On one PHP worker, the roll would queue behind the readiness checks.
	await readinessChecked( page );
	await page
		.getByRole( 'row', { name: /Far off/ } )
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Roll' } ).click();
	const dialog = page.getByRole( 'dialog', {
		name: 'Roll application password',
	} );
	const promised = new Date( Date.now() + 30 * DAY ).toLocaleDateString(
		'en-US',
		{
			timeZone: 'UTC',
			month: 'long',
			day: 'numeric',
			year: 'numeric',
		}
	);
	await expect( dialog ).toContainText(
		'with the same name, App ID, access and allowed IP addresses'
	);
	await expect( dialog ).toContainText(
		new RegExp(
			`later than the site now allows \\(at most 30 days\\), so the new one expires on ${ promised }`
		)
	);
	await dialog.getByRole( 'button', { name: 'Roll', exact: true } ).click();
	await page
		.getByRole( 'dialog', { name: 'Your new application password' } )
		.getByRole( 'button', { name: 'Done' } )
		.click();

	const replacement = ( await listWithPolicy( requestUtils ) ).find(
		( item ) => item.name === 'Far off' && item.uuid !== far.uuid
	);
	expectInDays( replacement!.expires, 30 );
} );

test( 'filters expired, expiring and read-only credentials, and marks them', async ( {
	page,
	requestUtils,
} ) => {
	const old = await seedWithPolicy( requestUtils, {
		name: 'Lapsed',
		expires: new Date( Date.now() + DAY ).toISOString(),
	} );
	// Time passes for it (test-only clock): it expired a minute ago.
	await requestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/policy-clock',
		data: { user_id: 1, uuid: old.uuid, expires_ago: 60 },
	} );
	await seedWithPolicy( requestUtils, {
		name: 'Soon',
		expires: new Date( Date.now() + 3 * DAY ).toISOString(),
	} );
	await seedWithPolicy( requestUtils, { name: 'Reader', access: 'read' } );
	await seedWithPolicy( requestUtils, { name: 'Plain' } );
	await page.goto( USERS_PAGE );

	await expect( page.getByRole( 'row', { name: /Soon/ } ) ).toContainText(
		'Expires in 3 days'
	);
	await expect( page.getByRole( 'row', { name: /Lapsed/ } ) ).toContainText(
		'Expired'
	);
	await page.getByRole( 'button', { name: 'Add filter' } ).click();
	await page.getByRole( 'menuitem', { name: 'Policy' } ).click();
	await page.getByRole( 'option', { name: 'Expiring in 7 days' } ).click();
	await expect( page.getByRole( 'row' ) ).toHaveCount( 2 );
	await expect( page.getByRole( 'row', { name: /Soon/ } ) ).toBeVisible();

	await page.getByRole( 'option', { name: 'Expiring in 7 days' } ).click();
	await page.getByRole( 'option', { name: 'Read only' } ).click();
	await expect( page.getByRole( 'row' ) ).toHaveCount( 2 );
	await expect( page.getByRole( 'row', { name: /Reader/ } ) ).toBeVisible();

	await page.getByRole( 'option', { name: 'Read only' } ).click();
	await page.getByRole( 'option', { name: 'Expired' } ).click();
	await expect( page.getByRole( 'row' ) ).toHaveCount( 2 );
	await expect( page.getByRole( 'row', { name: /Lapsed/ } ) ).toBeVisible();
} );

test( 'filters every user’s credentials by policy in All users, on the server', async ( {
	page,
	requestUtils,
	users,
	credentials,
} ) => {
	await seedWithPolicy( requestUtils, { name: 'Reader', access: 'read' } );
	await seedWithPolicy( requestUtils, { name: 'Plain' } );
	const editor = await users.create( 'editor' );
	await credentials.seedMany( [
		{ userId: editor.id, name: 'Team reader', policy: { access: 'read' } },
	] );
	await page.goto( `${ USERS_PAGE }&view=all` );
	// On one PHP worker, the filtered page would queue behind the readiness checks.
	await readinessChecked( page );
	await page.getByRole( 'button', { name: 'Add filter' } ).click();
	await page.getByRole( 'menuitem', { name: 'Policy' } ).click();
	// The list may arrive as policy[]=read or policy[0]=read.
	const asked = page.waitForResponse(
		( response ) =>
			response
				.url()
				.includes( 'app-passwords-manager/v1/application-passwords' ) &&
			[ ...new URL( response.url() ).searchParams ].some(
				( [ key, value ] ) =>
					key.startsWith( 'policy' ) && value === 'read'
			)
	);
	await page.getByRole( 'option', { name: 'Read only' } ).click();
	expect( ( await asked ).status() ).toBe( 200 );
	await expect( page.getByRole( 'row' ) ).toHaveCount( 3 );
	await expect( page.getByRole( 'row', { name: /Reader/ } ) ).toBeVisible();
	await expect(
		page.getByRole( 'row', { name: /Team reader/ } )
	).toContainText( editor.username );
} );

test( 'an administrator sets the site policy; the create dialog and the server follow it', async ( {
	page,
	requestUtils,
} ) => {
	await page.goto( USERS_PAGE );
	// On one PHP worker, the save would queue behind the readiness checks.
	await readinessChecked( page );
	const settings = page.getByRole( 'region', { name: 'Site policy' } );
	await settings
		.getByRole( 'combobox', { name: 'Default lifetime' } )
		.selectOption( { label: '90 days' } );
	await settings
		.getByRole( 'combobox', { name: 'Maximum lifetime' } )
		.selectOption( { label: '365 days' } );
	await settings.getByRole( 'radio', { name: 'Read only' } ).check();
	await settings.getByRole( 'button', { name: 'Save site policy' } ).click();
	await expect(
		page.getByText( 'Site policy saved.' ).first()
	).toBeVisible();
	expect( await requestUtils.rest( { path: POLICY_ROUTE } ) ).toEqual( {
		default_lifetime_days: 90,
		max_lifetime_days: 365,
		default_access: 'read',
	} );

	const form = await openCreateDialog( page );
	const expiration = form.getByRole( 'combobox', { name: 'Expiration' } );
	await expect( expiration ).toHaveValue( '90' );
	await expect( expiration.getByRole( 'option' ) ).toHaveText( [
		'30 days',
		'90 days',
		'1 year',
		'On a date…',
	] );
	await expect(
		form.getByRole( 'radio', { name: 'Read only' } )
	).toBeChecked();
} );

/**
 * Alerts by email, and the audit trail's personal data through WordPress's own privacy tools.
 */

import type { Page } from '@playwright/test';
import AdmZip from 'adm-zip';

import { expect, test } from '../fixtures';
import { AUDIT, emailOf, eventsOf, mailsTo, usageOf } from '../utils/audit';

/**
 * Submits a privacy request form and waits until the page it posts to has loaded its scripts,
 * which can take longer than a click's own wait on Playground.
 *
 * @param page Page.
 */
async function sendRequest( page: Page ): Promise< void > {
	const loaded = page.waitForEvent( 'load', { timeout: 60_000 } );
	await page
		.getByRole( 'button', { name: 'Send Request' } )
		.click( { noWaitAfter: true } );
	await loaded;
}

test( 'a new credential alerts its owner by email, naming who created it, at most once within the rate limit; the site and the user can switch it off', async ( {
	requestUtils,
	users,
} ) => {
	const owner = await users.create( 'editor' );
	const create = ( userId: number, name: string ) =>
		requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/users/${ userId }/application-passwords`,
			data: { name },
		} );

	await create( owner.id, 'First tool' );
	await create( owner.id, 'Second tool' );
	const mails = await mailsTo( requestUtils, emailOf( owner ) );
	expect( mails ).toHaveLength( 1 );
	expect( mails[ 0 ]!.subject ).toBe(
		'[My WordPress Website] New application password: First tool'
	);
	expect( mails[ 0 ]!.message ).toContain(
		`A new application password, "First tool", was created for your account (${ owner.username }).\n\nIt was created by admin.`
	);

	// The user's own choice (the profile screen saves the same meta).
	const optedOut = await users.create( 'editor' );
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/users/${ optedOut.id }`,
		data: {
			meta: { mainwp_app_passwords_alerts_off: [ 'new_credential' ] },
		},
	} );
	await create( optedOut.id, 'Unannounced' );
	expect( await mailsTo( requestUtils, emailOf( optedOut ) ) ).toEqual( [] );

	// The site's switch.
	const quiet = await users.create( 'editor' );
	await requestUtils.rest( {
		method: 'POST',
		path: `${ AUDIT }/audit-settings`,
		data: { alerts: { new_credential: false } },
	} );
	try {
		await create( quiet.id, 'Unannounced' );
	} finally {
		await requestUtils.rest( {
			method: 'POST',
			path: `${ AUDIT }/audit-settings`,
			data: { alerts: { new_credential: true } },
		} );
	}
	expect( await mailsTo( requestUtils, emailOf( quiet ) ) ).toEqual( [] );
	// Each was logged all the same.
	expect(
		( await eventsOf( requestUtils, quiet.id ) ).map(
			( event ) => event.type
		)
	).toEqual( [ 'created' ] );
} );

test( 'a credential used from a network it never used is logged as used from a new address and alerts its owner once', async ( {
	requestUtils,
	users,
	client,
} ) => {
	const user = await users.create( 'author' );
	const credential = await requestUtils.rest< {
		uuid: string;
		password: string;
	} >( {
		method: 'POST',
		path: `/wp/v2/users/${ user.id }/application-passwords`,
		data: { name: 'Roaming tool' },
	} );
	// Playground hands PHP 127.0.0.1 as the address of every request, whichever address or
	// interface it came from; so the other network is in the credential's history instead:
	// core recorded its last use, a day ago, from 203.0.113.9.
	await requestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/policy-clock',
		data: {
			user_id: user.id,
			uuid: credential.uuid,
			last_used_days_ago: 1,
			last_ip: '203.0.113.9',
		},
	} );
	for ( let i = 0; i < 2; i++ ) {
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				user.username,
				credential.password
			)
		).toBe( 200 );
	}
	const used = ( await eventsOf( requestUtils, user.id ) ).filter(
		( event ) => event.type !== 'created'
	);
	expect( used ).toEqual( [
		expect.objectContaining( {
			type: 'new_address',
			name: 'Roaming tool',
			ip: '127.0.0.1',
			via: 'application-password',
			context: { network: '127.0.0.0/24', previous: '203.0.113.9' },
		} ),
	] );
	const mails = ( await mailsTo( requestUtils, emailOf( user ) ) ).filter(
		( mail ) => mail.subject.includes( 'new address' )
	);
	expect( mails.map( ( mail ) => mail.subject ) ).toEqual( [
		'[My WordPress Website] Application password used from a new address: Roaming tool',
	] );
	expect( mails[ 0 ]!.message ).toContain(
		'Your application password "Roaming tool" was used from 127.0.0.1 (network 127.0.0.0/24), which it never used before.'
	);
} );

test( 'five failed sign-ins within the hour alert the user once', async ( {
	requestUtils,
	users,
	client,
} ) => {
	const user = await users.create( 'author' );
	// WordPress checks application passwords only once the site has one.
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/users/${ user.id }/application-passwords`,
		data: { name: 'The real one' },
	} );
	for ( let i = 0; i < 6; i++ ) {
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				user.username,
				'abcd efgh ijkl mnop qrst uvwx'
			)
		).toBe( 401 );
	}
	const mails = ( await mailsTo( requestUtils, emailOf( user ) ) ).filter(
		( mail ) => mail.subject.includes( 'failed sign-ins' )
	);
	expect( mails.map( ( mail ) => mail.subject ) ).toEqual( [
		'[My WordPress Website] Repeated failed sign-ins with an application password',
	] );
	expect( mails[ 0 ]!.message ).toContain(
		`5 sign-ins with a wrong application password for your username (${ user.username }) failed within the hour, the last from 127.0.0.1.`
	);
} );

test( 'WordPress’s privacy tools export a user’s activity and usage, and erase their addresses', async ( {
	page,
	requestUtils,
	users,
	client,
} ) => {
	const user = await users.create( 'author' );
	const credential = await requestUtils.rest< {
		uuid: string;
		password: string;
	} >( {
		method: 'POST',
		path: `/wp/v2/users/${ user.id }/application-passwords`,
		data: { name: 'Personal tool' },
	} );
	expect(
		await client.status(
			'wp-json/wp/v2/users/me',
			user.username,
			credential.password
		)
	).toBe( 200 );

	// Tools → Export Personal Data, without asking the user to confirm.
	await page.goto( 'wp-admin/export-personal-data.php' );
	await page
		.getByLabel( 'Username or email address' )
		.fill( emailOf( user ) );
	await page
		.getByLabel( 'Send personal data export confirmation email.' )
		.uncheck();
	await sendRequest( page );
	await page
		.getByRole( 'button', { name: 'Send export link' } )
		.click( { timeout: 30_000 } );
	await expect( page.getByText( 'Email sent.' ) ).toBeVisible( {
		timeout: 30_000,
	} );
	const link = ( await mailsTo( requestUtils, emailOf( user ) ) )
		.map( ( mail ) => mail.message.match( /https?:\/\/\S+\.zip/ )?.[ 0 ] )
		.find( Boolean )!;
	const zip = new AdmZip(
		await ( await requestUtils.request.get( link ) ).body()
	);
	// `{ "<report title>": { "<group id>": { group_label, items } } }`
	const [ exported ] = Object.values(
		JSON.parse(
			zip.getEntry( 'export.json' )!.getData().toString( 'utf8' )
		) as Record<
			string,
			Record<
				string,
				{
					items: Record<
						string,
						Array< { name: string; value: string } >
					>;
				}
			>
		>
	);
	const values = ( group: string ) =>
		Object.values( exported![ group ]!.items ).map( ( fields ) =>
			Object.fromEntries(
				fields.map( ( field ) => [ field.name, field.value ] )
			)
		);
	expect(
		values( 'mainwp-application-passwords-events' ).map( ( event ) => [
			event.Event,
			event.Credential,
			event.Address,
		] )
	).toEqual( [
		[ 'created', 'Personal tool', '127.0.0.1' ],
		[ 'first_use', 'Personal tool', '127.0.0.1' ],
	] );
	expect( values( 'mainwp-application-passwords-usage' ) ).toEqual( [
		expect.objectContaining( {
			Credential: credential.uuid,
			Address: '127.0.0.1',
			Used: 'wp/v2',
			Requests: '1',
		} ),
	] );

	// Tools → Erase Personal Data.
	await page.goto( 'wp-admin/erase-personal-data.php' );
	await page
		.getByLabel( 'Username or email address' )
		.fill( emailOf( user ) );
	await page
		.getByLabel( 'Send personal data erasure confirmation email.' )
		.uncheck();
	await sendRequest( page );
	await page
		.getByRole( 'button', { name: 'Erase personal data' } )
		.click( { timeout: 30_000 } );
	await expect( page.getByText( 'Erasure completed.' ) ).toBeVisible( {
		timeout: 30_000,
	} );
	expect(
		( await eventsOf( requestUtils, user.id ) ).map( ( event ) => [
			event.type,
			event.ip,
		] )
	).toEqual( [
		[ 'created', null ],
		[ 'first_use', null ],
	] );
	expect(
		await usageOf( requestUtils, user.id, credential.uuid )
	).toMatchObject( {
		addresses: [],
		buckets: [],
	} );
} );

/**
 * What the audit trail keeps and for how long: its settings, the daily purge, and uninstall,
 * which drops its tables and leaves every application password working.
 */

import { expect, test } from '../fixtures';
import { AUDIT, eventsOf, usageOf } from '../utils/audit';

test( 'the settings keep 180 days of events and 90 of usage by default, and refuse a retention out of range', async ( {
	requestUtils,
} ) => {
	expect(
		await requestUtils.rest( { path: `${ AUDIT }/audit-settings` } )
	).toEqual( {
		events_days: 180,
		usage_days: 90,
		alerts: {
			new_credential: true,
			new_address: true,
			failed_sign_ins: true,
		},
	} );
	const refused = await requestUtils
		.rest( {
			method: 'POST',
			path: `${ AUDIT }/audit-settings`,
			data: { events_days: 0 },
		} )
		.catch( ( error: unknown ) => error );
	expect( refused ).toMatchObject( {
		code: 'rest_invalid_param',
		data: { params: { events_days: expect.stringContaining( '1' ) } },
	} );
} );

test( 'the daily purge deletes events and usage older than the settings keep, and nothing newer', async ( {
	requestUtils,
	users,
	client,
} ) => {
	const old = await users.create( 'author' );
	const recent = await users.create( 'author' );
	const credentials = [];
	for ( const user of [ old, recent ] ) {
		const credential = await requestUtils.rest< {
			uuid: string;
			password: string;
		} >( {
			method: 'POST',
			path: `/wp/v2/users/${ user.id }/application-passwords`,
			data: { name: 'Kept for a while' },
		} );
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				user.username,
				credential.password
			)
		).toBe( 200 );
		credentials.push( credential );
	}
	// 181 days pass for the first user's rows.
	await requestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/audit/age',
		data: { user_id: old.id, days: 181 },
	} );
	expect( await eventsOf( requestUtils, old.id ) ).toHaveLength( 2 );

	await requestUtils.rest( { method: 'POST', path: '/e2e/v1/audit/purge' } );

	expect( await eventsOf( requestUtils, old.id ) ).toEqual( [] );
	expect(
		( await usageOf( requestUtils, old.id, credentials[ 0 ]!.uuid ) )
			.buckets
	).toEqual( [] );
	expect(
		( await eventsOf( requestUtils, recent.id ) ).map(
			( event ) => event.type
		)
	).toEqual( [ 'created', 'first_use' ] );
	expect(
		( await usageOf( requestUtils, recent.id, credentials[ 1 ]!.uuid ) )
			.buckets
	).toEqual( [
		expect.objectContaining( { bucket: 'wp/v2', requests: 1 } ),
	] );
} );

test( 'uninstall drops the audit tables and leaves application passwords working', async ( {
	requestUtils,
	credentials,
	client,
} ) => {
	const credential = await credentials.seed( 'Survives uninstall' );
	expect(
		await requestUtils.rest( { path: '/e2e/v1/audit/tables' } )
	).toEqual( [
		'app_passwords_events',
		'app_passwords_usage',
		'app_passwords_attempts',
	] );

	// The plugin's own uninstall routine, as deleting the plugin in wp-admin runs it.
	expect(
		await requestUtils.rest( {
			method: 'POST',
			path: '/e2e/v1/audit/uninstall',
		} )
	).toEqual( {
		tables: [],
		schema_version: null,
		application_passwords: 1,
	} );
	expect(
		await client.status(
			'wp-json/wp/v2/users/me',
			'admin',
			credential.password
		)
	).toBe( 200 );
	// The plugin is still active on this site, so its next load creates the tables again.
	expect(
		await requestUtils.rest( { path: '/e2e/v1/audit/tables' } )
	).toHaveLength( 3 );
} );

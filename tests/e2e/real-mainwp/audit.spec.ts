/**
 * The audit trail on MariaDB inside the real MainWP Dashboard: MainWP's own page's create and
 * revoke (which fire only MainWP's actions), a client's use, a failed sign-in, the export, the
 * purge and uninstall, on the database MainWP sites run.
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { AUDIT, type AuditEvent, type AuditUsage } from '../utils/audit';
import { builtinPageTest as test, expect, signInStatus } from './fixtures';

const NAME = 'Audited on MainWP’s page';

/**
 * Reads one credential's events, oldest first.
 *
 * @param requestUtils Administrator's request utilities.
 * @param uuid         Credential.
 */
function eventsOfCredential(
	requestUtils: RequestUtils,
	uuid: string
): Promise< AuditEvent[] > {
	return requestUtils.rest< AuditEvent[] >( {
		path: `${ AUDIT }/events`,
		params: { uuid, order: 'asc' },
	} );
}

test( 'MainWP’s own page’s create and revoke, a client’s use and failed sign-ins leave their events and usage on MariaDB', async ( {
	playwright,
	mainwpRequestUtils,
	mainwpBuiltinPage,
} ) => {
	const started = new Date( Date.now() - 1000 ).toISOString();
	// Core's create also sets the sign-in switch that MainWP's page never sets.
	const throughCore = await mainwpRequestUtils.rest< { uuid: string } >( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data: { name: 'Audited through this screen' },
		headers: { 'X-App-Passwords-Manager': 'screen' },
	} );

	const password = await mainwpBuiltinPage.create( NAME );
	const { uuid } = (
		await mainwpRequestUtils.rest<
			Array< { uuid: string; name: string } >
		>( {
			path: '/wp/v2/users/me/application-passwords',
		} )
	).find( ( item ) => item.name === NAME )!;

	for ( const [ secret, status ] of [
		[ password, 200 ],
		[ password, 200 ],
		[ 'abcd efgh ijkl mnop qrst uvwx', 401 ],
		[ 'abcd efgh ijkl mnop qrst uvwx', 401 ],
	] as const ) {
		expect(
			await signInStatus(
				playwright.request,
				secret,
				'wp-json/wp/v2/users/me'
			)
		).toBe( status );
	}

	await mainwpBuiltinPage.revoke( NAME );

	expect(
		( await eventsOfCredential( mainwpRequestUtils, uuid ) ).map(
			( event ) => [
				event.type,
				event.via,
				event.name,
				event.actor_login,
			]
		)
	).toEqual( [
		[ 'created', 'mainwp', NAME, 'admin' ],
		[ 'first_use', 'application-password', NAME, 'admin' ],
		[ 'revoked', 'mainwp', NAME, 'admin' ],
	] );
	expect(
		(
			await eventsOfCredential( mainwpRequestUtils, throughCore.uuid )
		).map( ( event ) => [ event.type, event.via ] )
	).toEqual( [ [ 'created', 'screen' ] ] );
	const failures = await mainwpRequestUtils.rest< AuditEvent[] >( {
		path: `${ AUDIT }/events`,
		params: { 'type[]': 'failed_sign_in', after: started },
	} );
	expect( failures.map( ( event ) => event.user_login ) ).toEqual( [
		'admin',
	] );

	// The search's index reads and the filters' choices, on MariaDB.
	const found = await mainwpRequestUtils.rest< AuditEvent[] >( {
		path: `${ AUDIT }/events`,
		params: {
			search: NAME.slice( 0, 8 ).toLowerCase(),
			'type[]': 'revoked',
		},
	} );
	expect( found.map( ( event ) => [ event.type, event.name ] ) ).toEqual( [
		[ 'revoked', NAME ],
	] );
	const facets = await mainwpRequestUtils.rest< {
		credentials: Array< { uuid: string; name: string } >;
	} >( { path: `${ AUDIT }/events/facets` } );
	expect( facets.credentials ).toEqual(
		expect.arrayContaining( [
			expect.objectContaining( { uuid, name: NAME } ),
			expect.objectContaining( {
				uuid: throughCore.uuid,
				name: 'Audited through this screen',
			} ),
		] )
	);

	const usage = await mainwpRequestUtils.rest< AuditUsage >( {
		path: `${ AUDIT }/usage/1/${ uuid }`,
	} );
	expect( usage.days.at( -1 ) ).toMatchObject( { requests: 2, writes: 0 } );
	expect( usage.buckets ).toEqual( [
		expect.objectContaining( { bucket: 'wp/v2', requests: 2 } ),
	] );

	const { rootURL, nonce } = mainwpRequestUtils.storageState!;
	const csv = await mainwpRequestUtils.request.get(
		`${ rootURL }${ AUDIT.slice( 1 ) }/events/export`,
		{ params: { _wpnonce: nonce, uuid } }
	);
	expect( csv.headers()[ 'content-type' ] ).toBe( 'text/csv; charset=utf-8' );
	expect( ( await csv.text() ).trimEnd().split( '\n' ) ).toHaveLength( 4 );

	await mainwpRequestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/me/application-passwords/${ throughCore.uuid }`,
	} );
} );

test( 'on MariaDB, the purge deletes expired rows in batches and uninstall drops the tables, leaving credentials working', async ( {
	playwright,
	mainwpRequestUtils,
} ) => {
	const credential = await mainwpRequestUtils.rest< {
		uuid: string;
		password: string;
	} >( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data: { name: 'Outlives the audit trail' },
	} );
	const status = () =>
		signInStatus(
			playwright.request,
			credential.password,
			'wp-json/wp/v2/users/me'
		);
	expect( await status() ).toBe( 200 );

	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/audit/age',
		data: { user_id: 1, days: 181 },
	} );
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/audit/purge',
	} );
	expect(
		await eventsOfCredential( mainwpRequestUtils, credential.uuid )
	).toEqual( [] );

	expect(
		await mainwpRequestUtils.rest( {
			method: 'POST',
			path: '/e2e/v1/audit/uninstall',
		} )
	).toMatchObject( { tables: [], schema_version: null } );
	expect( await status() ).toBe( 200 );
	expect(
		await mainwpRequestUtils.rest( { path: '/e2e/v1/audit/tables' } )
	).toHaveLength( 3 );

	await mainwpRequestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/me/application-passwords/${ credential.uuid }`,
	} );
} );

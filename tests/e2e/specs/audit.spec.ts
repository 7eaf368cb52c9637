/**
 * The audit trail as an administrator and an API client see it: each path that creates,
 * changes, uses or fails a credential leaves exactly its events and usage; rights; the export.
 */

import { expect, test } from '../fixtures';
import {
	AUDIT,
	RestSession,
	eventsOf,
	usageOf,
	type AuditEvent,
} from '../utils/audit';

/**
 * Reads CSV as a spreadsheet does (RFC 4180: quoted cells, doubled quotes, commas and line
 * breaks inside quotes).
 *
 * @param text CSV text.
 */
function parseCsv( text: string ): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for ( let i = 0; i < text.length; i++ ) {
		const char = text[ i ]!;
		if ( quoted ) {
			if ( char === '"' && text[ i + 1 ] === '"' ) {
				cell += '"';
				i++;
			} else if ( char === '"' ) {
				quoted = false;
			} else {
				cell += char;
			}
		} else if ( char === '"' ) {
			quoted = true;
		} else if ( char === ',' ) {
			row.push( cell );
			cell = '';
		} else if ( char === '\n' ) {
			rows.push( [ ...row, cell ] );
			row = [];
			cell = '';
		} else if ( char !== '\r' ) {
			cell += char;
		}
	}
	if ( cell !== '' || row.length ) {
		rows.push( [ ...row, cell ] );
	}
	return rows;
}

/**
 * The parts of an event a test compares.
 *
 * @param event Event.
 */
const brief = ( event: AuditEvent ) => ( {
	type: event.type,
	via: event.via,
	name: event.name,
	actor: event.actor_login,
} );

test( 'each path leaves exactly its events and usage: this screen, core’s profile screen, a REST client, a Basic-auth client, failed sign-ins, revoke all', async ( {
	page,
	requestUtils,
	users,
	client,
} ) => {
	const owner = await users.create( 'editor' );

	// This screen: its api-fetch requests carry the header.
	const screen = { 'X-App-Passwords-Manager': 'screen' };
	const created = await requestUtils.rest< {
		uuid: string;
		password: string;
	} >( {
		method: 'POST',
		path: `/wp/v2/users/${ owner.id }/application-passwords`,
		data: { name: 'Audit tool' },
		headers: screen,
	} );

	// A Basic-auth client: two reads, then it renames its own credential.
	for ( let i = 0; i < 2; i++ ) {
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				owner.username,
				created.password
			)
		).toBe( 200 );
	}
	const renamed = await client.fetch(
		'POST',
		`wp-json/wp/v2/users/me/application-passwords/${ created.uuid }`,
		owner.username,
		created.password,
		{ name: 'Audit tool (renamed)' }
	);
	expect( renamed.status ).toBe( 200 );

	// Three wrong passwords within the hour from one address: one event.
	for ( let i = 0; i < 3; i++ ) {
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				owner.username,
				'abcd efgh ijkl mnop qrst uvwx'
			)
		).toBe( 401 );
	}

	// Core's user-edit screen.
	await page.goto( `wp-admin/user-edit.php?user_id=${ owner.id }` );
	await page
		.getByLabel( 'New Application Password Name' )
		.fill( 'Profile tool' );
	await page
		.getByRole( 'button', { name: 'Add Application Password' } )
		.click();
	await expect(
		page.getByText( 'Your new password for Profile tool is:' )
	).toBeVisible();

	// Any other REST client signed in with a cookie: revoke all.
	await requestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/${ owner.id }/application-passwords`,
	} );

	const events = await eventsOf( requestUtils, owner.id );
	expect( events.map( brief ) ).toEqual( [
		{ type: 'created', via: 'screen', name: 'Audit tool', actor: 'admin' },
		{
			type: 'first_use',
			via: 'application-password',
			name: 'Audit tool',
			actor: owner.username,
		},
		{
			type: 'renamed',
			via: 'application-password',
			name: 'Audit tool (renamed)',
			actor: owner.username,
		},
		{ type: 'failed_sign_in', via: 'rest', name: null, actor: null },
		{
			type: 'created',
			via: 'profile',
			name: 'Profile tool',
			actor: 'admin',
		},
		{ type: 'revoked_all', via: 'rest', name: null, actor: 'admin' },
		{
			type: 'revoked',
			via: 'rest',
			name: 'Audit tool (renamed)',
			actor: 'admin',
		},
		{ type: 'revoked', via: 'rest', name: 'Profile tool', actor: 'admin' },
	] );
	const [ , firstUse, rename, failed, , revokedAll ] = events;
	expect( firstUse ).toMatchObject( {
		uuid: created.uuid,
		via_uuid: created.uuid,
		ip: '127.0.0.1',
		method: 'GET',
		route: '/wp/v2/users/me',
	} );
	expect( rename!.context ).toEqual( { old_name: 'Audit tool' } );
	expect( failed ).toMatchObject( {
		user_login: owner.username,
		context: { code: 'incorrect_password' },
	} );
	expect( revokedAll!.context ).toEqual( { count: 2 } );
	// The password is never in the log.
	expect( JSON.stringify( events ) ).not.toContain(
		created.password.replace( / /g, '' )
	);

	const usage = await usageOf( requestUtils, owner.id, created.uuid );
	expect( usage.days ).toHaveLength( 30 );
	expect( usage.days.at( -1 ) ).toMatchObject( { requests: 3, writes: 1 } );
	expect(
		usage.days.slice( 0, -1 ).every( ( day ) => day.requests === 0 )
	).toBe( true );
	expect( usage.buckets ).toEqual( [
		expect.objectContaining( { bucket: 'wp/v2', requests: 3, writes: 1 } ),
	] );
	expect( usage.addresses ).toEqual( [
		expect.objectContaining( { ip: '127.0.0.1', requests: 3 } ),
	] );
} );

test( 'a policy refusal is one event per credential, address and hour, with the route it refused, and no failed sign-in', async ( {
	requestUtils,
	users,
	client,
} ) => {
	const owner = await users.create( 'author' );
	const create = ( data: Record< string, unknown > ) =>
		requestUtils.rest< { uuid: string; password: string } >( {
			method: 'POST',
			path: `/wp/v2/users/${ owner.id }/application-passwords`,
			data,
		} );
	const fenced = await create( {
		name: 'Fenced',
		allowed_ips: [ '203.0.113.0/24' ],
	} );
	const reader = await create( { name: 'Reader', access: 'read' } );

	for ( let i = 0; i < 2; i++ ) {
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				owner.username,
				fenced.password
			)
		).toBe( 403 );
	}
	const write = await client.fetch(
		'POST',
		'wp-json/wp/v2/users/me',
		owner.username,
		reader.password,
		{ description: 'Written by a read-only credential' }
	);
	expect( write.status ).toBe( 403 );

	const events = await eventsOf( requestUtils, owner.id );
	expect(
		events.map( ( event ) => [
			event.type,
			event.name,
			event.method,
			event.route,
		] )
	).toEqual( [
		[
			'created',
			'Fenced',
			'POST',
			`/wp/v2/users/${ owner.id }/application-passwords`,
		],
		[
			'created',
			'Reader',
			'POST',
			`/wp/v2/users/${ owner.id }/application-passwords`,
		],
		[ 'refused_ip', 'Fenced', 'GET', '/wp/v2/users/me' ],
		[ 'first_use', 'Reader', 'POST', '/wp/v2/users/me' ],
		[ 'refused_read_only', 'Reader', 'POST', '/wp/v2/users/me' ],
	] );
	expect( events[ 2 ] ).toMatchObject( {
		uuid: fenced.uuid,
		ip: '127.0.0.1',
	} );
} );

test( 'an ability run counts under its own name in the usage', async ( {
	requestUtils,
	credentials,
	client,
} ) => {
	const credential = await credentials.seed( 'Ability client' );
	const run = await client.fetch(
		'GET',
		'wp-json/wp-abilities/v1/abilities/core/get-site-info/run',
		'admin',
		credential.password
	);
	expect( run.status ).toBe( 200 );
	const usage = await usageOf( requestUtils, 1, credential.uuid );
	expect( usage.buckets ).toEqual( [
		expect.objectContaining( {
			bucket: 'ability:core/get-site-info',
			requests: 1,
			writes: 0,
		} ),
	] );
} );

test( 'an editor reads only their own activity, never another user’s', async ( {
	requestUtils,
	users,
	credentials,
	baseURL,
} ) => {
	const admins = await credentials.seed( 'Administrator’s tool' );
	const editor = await users.create( 'editor' );
	const session = await RestSession.of( baseURL!, editor );
	try {
		const own = await session.fetch(
			'POST',
			'/wp/v2/users/me/application-passwords',
			{ data: { name: 'Editor’s tool' } }
		);
		expect( own.status() ).toBe( 201 );

		for ( const path of [
			`${ AUDIT }/events?user_id=1`,
			`${ AUDIT }/usage/1/${ admins.uuid }`,
		] ) {
			const refused = await session.fetch( 'GET', path );
			expect( refused.status(), path ).toBe( 403 );
			expect( ( await refused.json() ).code, path ).toBe(
				'rest_cannot_list_application_passwords'
			);
		}

		// Without a filter, the editor's own events and nothing else.
		const listed = await session.fetch( 'GET', `${ AUDIT }/events` );
		expect( listed.status() ).toBe( 200 );
		const events = ( await listed.json() ) as AuditEvent[];
		expect( events.map( ( event ) => [ event.type, event.name ] ) ).toEqual(
			[ [ 'created', 'Editor’s tool' ] ]
		);
		expect( listed.headers()[ 'x-wp-total' ] ).toBe( '1' );

		// Nor the administrator's credential's usage under the editor's own id.
		const borrowed = ( await (
			await session.fetch(
				'GET',
				`${ AUDIT }/usage/${ editor.id }/${ admins.uuid }`
			)
		).json() ) as { addresses: unknown[]; buckets: unknown[] };
		expect( borrowed ).toMatchObject( { addresses: [], buckets: [] } );

		// The filters' choices: the editor's own owner and credential, never the administrator's.
		const facets = await session.fetch( 'GET', `${ AUDIT }/events/facets` );
		expect( facets.status() ).toBe( 200 );
		const offered = ( await facets.json() ) as {
			owners: Array< { id: number; login: string } >;
			credentials: Array< { name: string; user_id: number } >;
		};
		expect( offered.owners ).toEqual( [
			{ id: editor.id, login: editor.username },
		] );
		expect( offered.credentials ).toEqual( [
			expect.objectContaining( {
				name: 'Editor’s tool',
				user_id: editor.id,
			} ),
		] );

		// And the settings are the administrator's.
		const settings = await session.fetch(
			'GET',
			`${ AUDIT }/audit-settings`
		);
		expect( settings.status() ).toBe( 403 );
	} finally {
		await session.dispose();
	}
	// The administrator sees both: the search finds names starting with the text, in any case.
	for ( const search of [ 'editor’s', 'Administrator’s T' ] ) {
		const found = await requestUtils.rest< AuditEvent[] >( {
			path: `${ AUDIT }/events`,
			params: { search, per_page: 100 },
		} );
		expect( found.map( ( event ) => event.name ) ).toContain(
			search === 'editor’s' ? 'Editor’s tool' : 'Administrator’s tool'
		);
	}
	const facets = await requestUtils.rest< {
		owners: Array< { id: number } >;
	} >( { path: `${ AUDIT }/events/facets` } );
	expect( facets.owners.map( ( owner ) => owner.id ) ).toEqual(
		expect.arrayContaining( [ 1, editor.id ] )
	);
} );

test( 'the export is a CSV download with a header row and one row per event, safe to open in a spreadsheet', async ( {
	requestUtils,
	users,
} ) => {
	const owner = await users.create( 'author' );
	for ( const name of [
		'Export one',
		'=HYPERLINK("x")',
		'Comma, "quoted"',
	] ) {
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/users/${ owner.id }/application-passwords`,
			data: { name },
		} );
	}
	const { rootURL, nonce } = requestUtils.storageState!;
	// The screen links to it with the REST nonce in the query, as a download link must.
	const response = await requestUtils.request.get(
		`${ rootURL }${ AUDIT.slice( 1 ) }/events/export`,
		{
			params: { _wpnonce: nonce, user_id: owner.id, order: 'asc' },
		}
	);
	expect( response.status() ).toBe( 200 );
	expect( response.headers()[ 'content-type' ] ).toBe(
		'text/csv; charset=utf-8'
	);
	expect( response.headers()[ 'content-disposition' ] ).toMatch(
		/^attachment; filename="application-password-activity-\d{4}-\d{2}-\d{2}\.csv"$/
	);
	const rows = parseCsv( await response.text() );
	expect( rows[ 0 ] ).toEqual( [
		'id',
		'time',
		'type',
		'user_id',
		'user_login',
		'uuid',
		'name',
		'actor_id',
		'actor_login',
		'via',
		'via_uuid',
		'ip',
		'method',
		'route',
		'context',
	] );
	expect( rows ).toHaveLength( 4 );
	expect( rows.every( ( row ) => row.length === 15 ) ).toBe( true );
	expect( rows.slice( 1 ).map( ( row ) => [ row[ 2 ], row[ 6 ] ] ) ).toEqual(
		[
			[ 'created', 'Export one' ],
			// A spreadsheet would run it as a formula without the apostrophe.
			[ 'created', `'=HYPERLINK("x")` ],
			[ 'created', 'Comma, "quoted"' ],
		]
	);
} );

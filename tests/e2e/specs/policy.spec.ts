/**
 * Scoped credentials, enforced by the server: expiry, allowed addresses, read-only access, no
 * self-minting, the site policy, rotation, and where policies are kept. Every check is a real
 * Basic-auth request from a cookie-less client, asserting status AND the error in the body.
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { expect, test, type SiteClient } from '../fixtures';
import type { ClientResponse } from '../utils/site';

const ME = 'wp-json/wp/v2/users/me';
const SITE_INFO = 'wp-json/wp-abilities/v1/abilities/core/get-site-info/run';
const SAVE_NOTE = 'wp-json/wp-abilities/v1/abilities/e2e/save-note/run';
const MCP = 'wp-json/e2e/v1/mcp';
const POLICY = '/app-passwords-manager/v1/policy';
const DAY = 86_400_000;

/** A credential as core's create route answers, with the policy fields. */
interface Created {
	uuid: string;
	name: string;
	password: string;
	expires: string | null;
	access: 'full' | 'read';
	allowed_ips: string[];
	rotation: {
		replaced_by: string | null;
		replaces: string | null;
		revoke_at: string | null;
		grace: number | null;
	} | null;
}

/** A REST error body. */
interface ErrorBody {
	code: string;
	message: string;
}

/**
 * Creates a credential for the administrator through core's route, with policy fields.
 *
 * @param requestUtils Administrator's request utilities.
 * @param data         Name and policy fields.
 */
async function create(
	requestUtils: RequestUtils,
	data: Record< string, unknown >
): Promise< Created > {
	return ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data,
	} ) ) as Created;
}

/** One sub-response of a batch request. */
interface BatchResponse< Body > {
	status: number;
	body: Body;
}

/**
 * Creates several credentials for the administrator in one batch request through core's route
 * (one round trip instead of one each), and returns each sub-response.
 *
 * @param requestUtils Administrator's request utilities.
 * @param bodies       Name and policy fields of each.
 */
async function createEach(
	requestUtils: RequestUtils,
	bodies: Array< Record< string, unknown > >
): Promise< Array< BatchResponse< Created & ErrorBody > > > {
	const { responses } = ( await requestUtils.rest( {
		method: 'POST',
		path: '/batch/v1',
		data: {
			requests: bodies.map( ( body ) => ( {
				method: 'POST',
				path: '/wp/v2/users/me/application-passwords',
				body,
			} ) ),
		},
	} ) ) as { responses: Array< BatchResponse< Created & ErrorBody > > };
	return responses;
}

/**
 * Creates several credentials in one request and returns them.
 *
 * @param requestUtils Administrator's request utilities.
 * @param bodies       Name and policy fields of each.
 */
async function createMany(
	requestUtils: RequestUtils,
	bodies: Array< Record< string, unknown > >
): Promise< Created[] > {
	return ( await createEach( requestUtils, bodies ) ).map( ( response ) => {
		expect( response.status, JSON.stringify( response.body ) ).toBe( 201 );
		return response.body;
	} );
}

/**
 * Sends a request with the administrator's session and returns status and body, errors included.
 *
 * @param requestUtils Administrator's request utilities.
 * @param method       Method.
 * @param path         REST path.
 * @param data         JSON body.
 */
async function asAdmin(
	requestUtils: RequestUtils,
	method: string,
	path: string,
	data?: Record< string, unknown >
): Promise< { status: number; body: Record< string, unknown > } > {
	if ( ! requestUtils.storageState ) {
		await requestUtils.setupRest();
	}
	const { rootURL, nonce } = requestUtils.storageState!;
	const response = await requestUtils.request.fetch(
		rootURL + path.slice( 1 ),
		{
			method,
			data,
			headers: { 'X-WP-Nonce': nonce },
			failOnStatusCode: false,
		}
	);
	return { status: response.status(), body: await response.json() };
}

/**
 * Sends one request signed in with a credential.
 *
 * @param client     API client.
 * @param credential The credential.
 * @param method     Method.
 * @param path       Path below the site URL.
 * @param data       Body.
 * @param headers    More headers.
 */
function as(
	client: SiteClient,
	credential: Created,
	method: Parameters< SiteClient[ 'fetch' ] >[ 0 ],
	path: string,
	data?: Record< string, unknown > | string,
	headers?: Record< string, string >
) {
	return client.fetch(
		method,
		path,
		'admin',
		credential.password,
		data,
		headers
	);
}

/**
 * Expects a refusal: its status, and its code in the body.
 *
 * @param response What the client got.
 * @param status   Expected status.
 * @param code     Expected error code.
 */
function expectRefused(
	response: Pick< ClientResponse, 'status' | 'body' >,
	status: number,
	code: string
): ErrorBody {
	expect( response.status ).toBe( status );
	expect( ( response.body as ErrorBody ).code ).toBe( code );
	return response.body as ErrorBody;
}

/**
 * Lets time pass for one credential (test-only route of e2e-policy-clock.php).
 *
 * @param requestUtils Administrator's request utilities.
 * @param data         uuid, and expires_ago (seconds) or last_used_days_ago.
 */
async function clock(
	requestUtils: RequestUtils,
	data: Record< string, unknown >
): Promise< void > {
	await requestUtils.rest( {
		method: 'POST',
		path: '/e2e/v1/policy-clock',
		data: { user_id: 1, ...data },
	} );
}

/**
 * Returns the stored policy keys as "user_id:uuid".
 *
 * @param requestUtils Administrator's request utilities.
 */
async function storedPolicies(
	requestUtils: RequestUtils
): Promise< string[] > {
	return ( await requestUtils.rest( {
		path: '/e2e/v1/policies',
	} ) ) as string[];
}

test( 'an expired credential is refused with 401 and its date; one not yet expired works', async ( {
	requestUtils,
	client,
	testSite,
} ) => {
	const expires = new Date( Date.now() + 30 * DAY );
	const [ later, ended ] = await createMany( requestUtils, [
		{ name: 'Contract ends later', expires: expires.toISOString() },
		{ name: 'Contract ended', expires: expires.toISOString() },
	] );
	// Sent with milliseconds and read back in UTC with a Z, to the second.
	expect( later!.expires ).toBe(
		expires.toISOString().replace( /\.\d+Z$/, 'Z' )
	);

	await clock( requestUtils, { uuid: ended!.uuid, expires_ago: 60 } );

	expect( ( await as( client, later!, 'GET', ME ) ).status ).toBe( 200 );
	const refused = expectRefused(
		await as( client, ended!, 'GET', ME ),
		401,
		'application_password_expired'
	);
	expect( refused.message ).toMatch(
		/^This application password expired on \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\.$/
	);

	// Another authentication handler answering first does not turn it into an anonymous request.
	await testSite.set( { e2e_auth_answered_first: true } );
	expect( await as( client, ended!, 'GET', ME ) ).toMatchObject( {
		status: 401,
		body: refused,
	} );
} );

test( 'allowed addresses: refused from elsewhere with 403, allowed by address, CIDR range or IPv4-mapped IPv6', async ( {
	requestUtils,
	client,
} ) => {
	const allowlists = [
		[ '10.0.0.0/8', '2001:db8::/32', '::1' ],
		[ '127.0.0.1' ],
		[ '10.0.0.0/8', '127.0.0.0/8' ],
		[ '::ffff:127.0.0.1' ],
	];
	const [ elsewhere, ...here ] = await createMany(
		requestUtils,
		allowlists.map( ( allowed, index ) => ( {
			name: `Backup server ${ index }`,
			allowed_ips: allowed,
		} ) )
	);
	expect( elsewhere!.allowed_ips ).toEqual( allowlists[ 0 ] );
	const refused = expectRefused(
		await as( client, elsewhere!, 'GET', ME ),
		403,
		'application_password_ip_not_allowed'
	);
	// The test client calls from the loopback address.
	expect( refused.message ).toBe(
		'This application password may not be used from 127.0.0.1.'
	);
	for ( const credential of here ) {
		expect(
			( await as( client, credential, 'GET', ME ) ).status,
			credential.allowed_ips.join( ', ' )
		).toBe( 200 );
	}
	// An IPv4-mapped entry is stored as the IPv4 address it carries.
	expect( here[ 2 ]!.allowed_ips ).toEqual( [ '127.0.0.1' ] );
} );

test( 'bad policy input is refused with a message naming it, and nothing is created', async ( {
	requestUtils,
	credentials,
} ) => {
	const cases: Array< [ Record< string, unknown >, RegExp ] > = [
		[
			{ allowed_ips: [ '203.0.113.7', '10.0.0.999' ] },
			/^allowed_ips: "10\.0\.0\.999" is not an IPv4 or IPv6 address or CIDR range/,
		],
		[ { allowed_ips: [ '10.0.0.0/33' ] }, /"10\.0\.0\.0\/33"/ ],
		[
			{ expires: '2020-01-01T00:00:00Z' },
			/^expires: 2020-01-01T00:00:00Z is not in the future/,
		],
		[ { expires: 'next week' }, /^expires: "next week" is not a date/ ],
	];
	const responses = await createEach(
		requestUtils,
		cases.map( ( [ fields ] ) => ( { name: 'Refused', ...fields } ) )
	);
	responses.forEach( ( response, index ) => {
		expect( response.status ).toBe( 400 );
		expect( response.body.code ).toBe( 'rest_invalid_param' );
		expect( response.body.message ).toMatch( cases[ index ]![ 1 ] );
	} );
	expect( await credentials.list() ).toEqual( [] );
} );

test( 'a read credential reads, and every way of writing is refused with 403', async ( {
	requestUtils,
	client,
} ) => {
	const reader = await create( requestUtils, {
		name: 'Dashboard reader',
		access: 'read',
	} );
	expect( reader.access ).toBe( 'read' );
	expect( ( await as( client, reader, 'GET', ME ) ).status ).toBe( 200 );

	const writes: Array< Parameters< typeof as > > = [
		[ client, reader, 'POST', 'wp-json/wp/v2/posts', { title: 'No' } ],
		[ client, reader, 'PUT', ME, { name: 'No' } ],
		[ client, reader, 'DELETE', 'wp-json/wp/v2/posts/1' ],
		[ client, reader, 'GET', 'wp-json/wp/v2/posts/1?_method=DELETE' ],
		[
			client,
			reader,
			'POST',
			'wp-json/wp/v2/posts/1',
			{},
			{ 'X-HTTP-Method-Override': 'DELETE' },
		],
	];
	for ( const args of writes ) {
		const refused = expectRefused(
			await as( ...args ),
			403,
			'application_password_read_only'
		);
		expect( refused.message ).toMatch(
			/^This application password is read only: it may send GET, HEAD and OPTIONS requests, not (POST|PUT|DELETE)\.$/
		);
	}

	const batch = await as( client, reader, 'POST', 'wp-json/batch/v1', {
		requests: [
			{ method: 'POST', path: '/wp/v2/posts', body: { title: 'No' } },
		],
	} );
	const [ sub ] = (
		batch.body as {
			responses: Array< { status: number; body: ErrorBody } >;
		}
	 ).responses;
	expect( sub!.status ).toBe( 403 );
	expect( sub!.body.code ).toBe( 'application_password_read_only' );
	const xmlrpc = await as(
		client,
		reader,
		'POST',
		'xmlrpc.php',
		`<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>admin</value></param><param><value>${ reader.password }</value></param></params></methodCall>`,
		{ 'Content-Type': 'text/xml' }
	);
	expect( xmlrpc.body ).toContain( '<int>403</int>' );
	expect( xmlrpc.body ).toContain(
		'This application password is read only, and XML-RPC cannot tell reading from writing'
	);
} );

test( 'a read credential runs read-only abilities only, through the run route and an MCP server', async ( {
	requestUtils,
	client,
} ) => {
	const [ reader, full ] = await createMany( requestUtils, [
		{ name: 'Claude Desktop (read)', access: 'read' },
		{ name: 'Claude Desktop' },
	] );

	expect( ( await as( client, reader!, 'GET', SITE_INFO ) ).status ).toBe(
		200
	);
	expectRefused(
		await as( client, reader!, 'POST', SAVE_NOTE, {
			input: { note: 'no' },
		} ),
		403,
		'application_password_read_only'
	);

	// The MCP transport is a POST; each ability it runs is judged, directly or through the
	// destructive-annotated execute-ability meta-tool.
	const calls: Array< [ string, Record< string, unknown > ] > = [
		[ 'e2e/save-note', { note: 'no' } ],
		[
			'mcp-adapter/execute-ability',
			{ ability_name: 'e2e/save-note', parameters: { note: 'no' } },
		],
	];
	for ( const [ name, args ] of calls ) {
		const response = await as( client, reader!, 'POST', MCP, {
			name,
			arguments: args,
		} );
		expect( response.status ).toBe( 200 );
		expect( response.body ).toMatchObject( {
			isError: true,
			code: 'application_password_read_only',
			message:
				'This application password is read only: it may run only abilities marked read-only, and "e2e/save-note" is not.',
		} );
	}
	const read = await as( client, reader!, 'POST', MCP, {
		name: 'mcp-adapter/execute-ability',
		arguments: { ability_name: 'core/get-site-info', parameters: null },
	} );
	expect( read.body ).toMatchObject( { isError: false } );

	// The same calls with a full credential run.
	const written = await as( client, full!, 'POST', MCP, {
		name: 'e2e/save-note',
		arguments: { note: 'yes' },
	} );
	expect( written.body ).toEqual( {
		isError: false,
		result: { saved: true },
	} );
} );

test( 'a credential cannot mint credentials or change policies, and may revoke itself', async ( {
	requestUtils,
	client,
	credentials,
} ) => {
	const leaked = await create( requestUtils, {
		name: 'Leaked',
		expires: new Date( Date.now() + DAY ).toISOString(),
	} );
	const attempts: Array< [ 'POST', string, Record< string, unknown > ] > = [
		[ 'POST', `${ ME }/application-passwords`, { name: 'Eternal copy' } ],
		[
			'POST',
			`${ ME }/application-passwords/${ leaked.uuid }`,
			{ expires: null },
		],
		[
			'POST',
			`wp-json/app-passwords-manager/v1/users/1/application-passwords/${ leaked.uuid }/roll`,
			{ deadline: '7d' },
		],
		[ 'POST', `wp-json${ POLICY }`, { max_lifetime_days: null } ],
	];
	for ( const [ method, path, data ] of attempts ) {
		const refused = expectRefused(
			await as( client, leaked, method, path, data ),
			403,
			'application_password_cannot_mint'
		);
		expect( refused.message ).toContain(
			'may not create application passwords or change their expiry'
		);
	}
	const [ stored ] = await credentials.list();
	expect( stored ).toMatchObject( {
		uuid: leaked.uuid,
		expires: leaked.expires,
	} );

	const revoked = await as(
		client,
		leaked,
		'DELETE',
		`${ ME }/application-passwords/${ leaked.uuid }`
	);
	expect( revoked.status ).toBe( 200 );
	expect( await credentials.list() ).toEqual( [] );
} );

test.describe( 'site policy', () => {
	test.afterEach( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: POLICY,
			data: {
				default_lifetime_days: null,
				max_lifetime_days: null,
				default_access: 'full',
			},
		} );
	} );

	test( "new credentials made through core's profile route get the defaults; more than the maximum is refused", async ( {
		requestUtils,
	} ) => {
		expect( await requestUtils.rest( { path: POLICY } ) ).toEqual( {
			default_lifetime_days: null,
			max_lifetime_days: null,
			default_access: 'full',
		} );
		const saved = await requestUtils.rest( {
			method: 'POST',
			path: POLICY,
			data: {
				default_lifetime_days: 30,
				max_lifetime_days: 90,
				default_access: 'read',
			},
		} );
		expect( saved ).toEqual( {
			default_lifetime_days: 30,
			max_lifetime_days: 90,
			default_access: 'read',
		} );

		// What core's profile screen sends: a name and nothing else.
		const before = Date.now();
		const made = await create( requestUtils, { name: 'From profile.php' } );
		expect( made.access ).toBe( 'read' );
		const lifetime = Date.parse( made.expires! ) - before;
		expect( lifetime ).toBeGreaterThan( 30 * DAY - 60_000 );
		expect( lifetime ).toBeLessThan( 30 * DAY + 60_000 );

		const never = await asAdmin(
			requestUtils,
			'POST',
			'/wp/v2/users/me/application-passwords',
			{ name: 'Forever', expires: null }
		);
		expect( never.status ).toBe( 400 );
		expect( never.body.message ).toBe(
			'expires: this site does not allow application passwords that never expire. Choose a date at most 90 days from now.'
		);
		const tooLong = await asAdmin(
			requestUtils,
			'POST',
			'/wp/v2/users/me/application-passwords',
			{
				name: 'Too long',
				expires: new Date( Date.now() + 91 * DAY ).toISOString(),
			}
		);
		expect( tooLong.status ).toBe( 400 );
		expect( tooLong.body.message ).toMatch(
			/^expires: this site allows application passwords to last at most 90 days/
		);

		const wrong = await asAdmin( requestUtils, 'POST', POLICY, {
			default_lifetime_days: 120,
		} );
		expect( wrong.status ).toBe( 400 );
		expect( wrong.body.message ).toBe(
			'The default lifetime (120 days) is longer than the maximum lifetime (90 days).'
		);
	} );

	test( 'a credential made by WP-CLI (its stand-in) gets the site defaults, and the audit trail says WP-CLI', async ( {
		requestUtils,
		client,
	} ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: POLICY,
			data: {
				default_lifetime_days: 7,
				max_lifetime_days: 30,
				default_access: 'read',
			},
		} );
		if ( ! requestUtils.storageState ) {
			await requestUtils.setupRest();
		}
		const { rootURL, nonce } = requestUtils.storageState!;
		// What `wp user application-password create 1 "From WP-CLI"` runs, with WP_CLI defined
		// (tests/fixtures/mu-plugins/e2e-wp-cli.php).
		const before = Date.now();
		const response = await requestUtils.request.post(
			new URL( '/?e2e-wp-cli=create', rootURL ).href,
			{
				data: { user_id: 1, name: 'From WP-CLI' },
				headers: { 'X-WP-Nonce': nonce },
				failOnStatusCode: false,
			}
		);
		expect( response.status() ).toBe( 201 );
		const made = ( await response.json() ) as {
			uuid: string;
			password: string;
		};

		const stored = await requestUtils.rest< Created >( {
			path: `/wp/v2/users/me/application-passwords/${ made.uuid }`,
		} );
		expect( stored.access ).toBe( 'read' );
		const lifetime = Date.parse( stored.expires! ) - before;
		expect( lifetime ).toBeGreaterThan( 7 * DAY - 60_000 );
		expect( lifetime ).toBeLessThan( 7 * DAY + 60_000 );
		// Enforced as any other read credential.
		expectRefused(
			await as(
				client,
				{ ...stored, password: made.password },
				'POST',
				'wp-json/wp/v2/posts',
				{ title: 'From a WP-CLI credential' }
			),
			403,
			'application_password_read_only'
		);

		const events = await requestUtils.rest<
			Array< Record< string, unknown > >
		>( {
			path: '/app-passwords-manager/v1/events',
			params: { uuid: made.uuid, 'type[]': 'created' },
		} );
		expect( events ).toEqual( [
			expect.objectContaining( {
				type: 'created',
				via: 'cli',
				name: 'From WP-CLI',
			} ),
		] );
	} );
} );

test( 'rolling: the old credential works until the new one is used, then is refused after the grace; the sweep revokes it and removes orphaned policies', async ( {
	requestUtils,
	client,
	credentials,
} ) => {
	const old = await create( requestUtils, {
		name: 'Zapier',
		access: 'read',
		allowed_ips: [ '127.0.0.0/8' ],
	} );
	const rolled = ( await requestUtils.rest( {
		method: 'POST',
		path: `/app-passwords-manager/v1/users/1/application-passwords/${ old.uuid }/roll`,
		data: { deadline: '7d', grace: 0 },
	} ) ) as Created;
	expect( rolled ).toMatchObject( {
		name: 'Zapier',
		access: 'read',
		allowed_ips: [ '127.0.0.0/8' ],
		rotation: {
			replaced_by: null,
			replaces: old.uuid,
			revoke_at: null,
			grace: null,
		},
	} );
	expect( rolled.password ).toMatch( /^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$/ );

	const before = ( await credentials.list() ).find(
		( item ) => item.uuid === old.uuid
	) as unknown as Created;
	expect( before.rotation ).toMatchObject( {
		replaced_by: rolled.uuid,
		replaces: null,
		grace: 0,
	} );
	expect(
		Date.parse( before.rotation!.revoke_at! ) - Date.now()
	).toBeGreaterThan( 7 * DAY - 120_000 );

	expect( ( await as( client, old, 'GET', ME ) ).status ).toBe( 200 );
	expect( ( await as( client, rolled, 'GET', ME ) ).status ).toBe( 200 );
	const refused = expectRefused(
		await as( client, old, 'GET', ME ),
		401,
		'application_password_rotated_out'
	);
	expect( refused.message ).toMatch(
		/^This application password was replaced by a new one \(rolled\) and stopped working on /
	);

	await clock( requestUtils, { uuid: 'left-behind', orphan: true } );
	await requestUtils.rest( { method: 'POST', path: '/e2e/v1/policies' } );
	expect( ( await credentials.list() ).map( ( item ) => item.uuid ) ).toEqual(
		[ rolled.uuid ]
	);
	expect( await storedPolicies( requestUtils ) ).toEqual( [
		`1:${ rolled.uuid }`,
	] );
} );

test( "policies survive core's daily usage write and go when their credential is revoked", async ( {
	requestUtils,
	client,
	credentials,
} ) => {
	const [ kept, revoked ] = await createMany( requestUtils, [
		{ name: 'Kept', access: 'read' },
		{ name: 'Revoked', access: 'read' },
	] );
	// The first use, and a use two days later, each rewrite core's list of credentials.
	expect( ( await as( client, kept!, 'GET', ME ) ).status ).toBe( 200 );
	await clock( requestUtils, { uuid: kept!.uuid, last_used_days_ago: 2 } );
	expect( ( await as( client, kept!, 'GET', ME ) ).status ).toBe( 200 );
	const [ listed ] = ( await credentials.list() ).filter(
		( item ) => item.uuid === kept!.uuid
	) as unknown as Array< Created & { last_used: string } >;
	expect( Date.now() - Date.parse( `${ listed!.last_used }Z` ) ).toBeLessThan(
		120_000
	);
	expect( listed!.access ).toBe( 'read' );
	expectRefused(
		await as( client, kept!, 'POST', 'wp-json/wp/v2/posts', {
			title: 'No',
		} ),
		403,
		'application_password_read_only'
	);

	await credentials.revoke( revoked!.uuid );
	expect( await storedPolicies( requestUtils ) ).toEqual( [
		`1:${ kept!.uuid }`,
	] );
	await credentials.revokeAll();
	expect( await storedPolicies( requestUtils ) ).toEqual( [] );
} );

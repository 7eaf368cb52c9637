/**
 * Scoped credentials on the real MainWP Dashboard (MariaDB): a credential made on MainWP's own
 * page, which writes around WordPress, still gets the site policy and is held to it; revoked
 * there, its policy goes with it.
 */

import { ABILITIES, basicAuthFetch } from '../utils/site';
import {
	REAL_MAINWP_URL,
	builtinPageTest as test,
	expect,
	signInStatus,
} from './fixtures';

const POLICY = '/app-passwords-manager/v1/policy';
const DAY = 86_400_000;

test.afterEach( async ( { mainwpRequestUtils } ) => {
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: POLICY,
		data: {
			default_lifetime_days: null,
			max_lifetime_days: null,
			default_access: 'full',
		},
	} );
} );

test( 'a credential made on MainWP’s page gets the site policy and is held to it', async ( {
	playwright,
	mainwpRequestUtils,
	mainwpBuiltinPage,
} ) => {
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: POLICY,
		data: { default_lifetime_days: 30, default_access: 'read' },
	} );
	// Sign-in stays off until one credential is made through WordPress (see the readiness test).
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: '/app-passwords-manager/v1/using-application-passwords',
	} );
	const before = Date.now();
	const password = await mainwpBuiltinPage.create( 'Scoped on MainWP' );

	const items = await mainwpRequestUtils.rest<
		Array< { name: string; expires: string | null; access: string } >
	>( { path: '/wp/v2/users/me/application-passwords' } );
	const made = items.find( ( item ) => item.name === 'Scoped on MainWP' );
	expect( made?.access ).toBe( 'read' );
	const lifetime = Date.parse( made!.expires! ) - before;
	expect( lifetime ).toBeGreaterThan( 30 * DAY - 300_000 );
	expect( lifetime ).toBeLessThan( 30 * DAY + 300_000 );

	const send = ( method: 'GET' | 'POST', path: string ) =>
		basicAuthFetch(
			playwright.request,
			REAL_MAINWP_URL,
			method,
			path,
			'admin',
			password,
			method === 'POST' ? { title: 'No' } : undefined
		);
	expect( ( await send( 'GET', ABILITIES ) ).status ).toBe( 200 );
	const refused = await send( 'POST', 'wp-json/wp/v2/posts' );
	expect( refused.status ).toBe( 403 );
	expect( ( refused.body as { code: string } ).code ).toBe(
		'application_password_read_only'
	);
} );

test( 'revoking on MainWP’s own page removes the credential’s stored policy, and the credential is refused', async ( {
	playwright,
	mainwpRequestUtils,
	mainwpBuiltinPage,
} ) => {
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: POLICY,
		data: { default_lifetime_days: 30 },
	} );
	await mainwpRequestUtils.rest( {
		method: 'POST',
		path: '/app-passwords-manager/v1/using-application-passwords',
	} );
	const name = 'Revoked on MainWP';
	const password = await mainwpBuiltinPage.create( name );
	const { uuid } = (
		await mainwpRequestUtils.rest<
			Array< { uuid: string; name: string } >
		>( {
			path: '/wp/v2/users/me/application-passwords',
		} )
	).find( ( item ) => item.name === name )!;
	// The stored keys, read from the database (tests/fixtures/mu-plugins/e2e-policy-keys.php).
	const policyKeys = () =>
		mainwpRequestUtils.rest< string[] >( { path: '/e2e/v1/policies' } );
	expect( await policyKeys() ).toContain( `1:${ uuid }` );
	expect( await signInStatus( playwright.request, password ) ).toBe( 200 );

	await mainwpBuiltinPage.revoke( name );

	expect( await policyKeys() ).not.toContain( `1:${ uuid }` );
	expect( await signInStatus( playwright.request, password ) ).toBe( 401 );
} );

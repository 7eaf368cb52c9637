/**
 * Credentials made on MainWP's own Application Passwords page, on a dashboard where core never
 * created one: WordPress refuses them until its sign-in switch is on, and the readiness panel
 * names the cause and turns the switch on.
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { ABILITIES, MAINWP_PAGE, basicAuthStatus } from '../utils/site';
import {
	MAINWP_BUILTIN_PAGE,
	REAL_MAINWP_URL,
	expect,
	readinessCheckedInMainWP,
	test as base,
} from './fixtures';

const NAME = 'Made on MainWP’s page';

/**
 * Deletes core's option `using_application_passwords` (through tests/fixtures/mu-plugins-mainwp/
 * e2e-fresh-dashboard.php), as on a dashboard where no credential was ever created through core.
 *
 * @param requestUtils Administrator's request utilities on the real-MainWP site.
 */
async function forgetCoreCreatedCredentials( requestUtils: RequestUtils ) {
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/settings',
		data: { e2e_using_application_passwords: null },
	} );
}

/** MainWP's own Application Passwords page, as a person uses it. */
interface MainWPBuiltinPage {
	/**
	 * Creates a credential with the page's create dialog and reads the password it shows once.
	 *
	 * @param name Credential name.
	 */
	create: ( name: string ) => Promise< string >;
}

const test = base.extend< { mainwpBuiltinPage: MainWPBuiltinPage } >( {
	// Revokes what the test created there, once it ends.
	mainwpBuiltinPage: async ( { page, mainwpRequestUtils }, provide ) => {
		const names: string[] = [];
		await provide( {
			create: async ( name ) => {
				names.push( name );
				await page.goto( MAINWP_BUILTIN_PAGE );
				await page
					.getByRole( 'button', { name: 'Add Application Password' } )
					.click();
				await page
					.getByLabel( 'Application Password Name' )
					.fill( name );
				await page
					.getByRole( 'button', { name: 'Create', exact: true } )
					.click();
				// MainWP's one-time field has no label; the id is MainWP's (assets/js/mainwp-rest-api.js).
				const shownOnce = page.locator( '#app-pass-success-value' );
				await expect( shownOnce ).toBeVisible();
				await expect( shownOnce ).not.toHaveValue( '' );
				const password = await shownOnce.inputValue();
				return password;
			},
		} );
		const items = await mainwpRequestUtils.rest<
			Array< { uuid: string; name: string } >
		>( { path: '/wp/v2/users/me/application-passwords' } );
		for ( const { uuid } of items.filter( ( item ) =>
			names.includes( item.name )
		) ) {
			await mainwpRequestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/me/application-passwords/${ uuid }`,
			} );
		}
	},
} );

test( 'a credential made on MainWP’s page is refused until the readiness panel turns sign-in on', async ( {
	page,
	playwright,
	mainwpRequestUtils,
	mainwpBuiltinPage,
} ) => {
	await forgetCoreCreatedCredentials( mainwpRequestUtils );
	const password = await mainwpBuiltinPage.create( NAME );
	expect(
		await basicAuthStatus(
			playwright.request,
			REAL_MAINWP_URL,
			ABILITIES,
			'admin',
			password
		)
	).toBe( 401 );

	await page.goto( MAINWP_PAGE );
	await readinessCheckedInMainWP( page );
	const panel = page.getByRole( 'region', { name: 'Readiness' } );
	// A problem opens the panel by itself.
	await expect(
		panel.getByRole( 'button', { name: 'Hide checks' } )
	).toHaveAttribute( 'aria-expanded', 'true' );
	const signIn = panel.getByRole( 'listitem', {
		name: 'Application password sign-in',
	} );
	await expect( signIn ).toContainText(
		'ProblemCredentials created on MainWP’s own Application Passwords page cannot sign in yet: WordPress ignores application passwords until one has been created through WordPress itself.'
	);

	await signIn
		.getByRole( 'button', { name: 'Turn on application password sign-in' } )
		.click();

	await expect( signIn ).toContainText(
		'OKWordPress checks application passwords when a client signs in.'
	);
	await expect( signIn ).toBeFocused();
	await expect(
		signIn.getByRole( 'button', {
			name: 'Turn on application password sign-in',
		} )
	).toHaveCount( 0 );
	expect(
		await basicAuthStatus(
			playwright.request,
			REAL_MAINWP_URL,
			ABILITIES,
			'admin',
			password
		)
	).toBe( 200 );
} );

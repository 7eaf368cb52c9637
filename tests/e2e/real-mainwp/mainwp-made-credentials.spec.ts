/**
 * Credentials made on MainWP's own Application Passwords page, on a dashboard where core never
 * created one: WordPress refuses them until its sign-in switch is on, and the readiness panel
 * names the cause and turns the switch on.
 */

import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { MAINWP_PAGE } from '../utils/site';
import {
	expect,
	readinessCheckedInMainWP,
	signInStatus,
	builtinPageTest as test,
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

test( 'a credential made on MainWP’s page is refused until the readiness panel turns sign-in on', async ( {
	page,
	playwright,
	mainwpRequestUtils,
	mainwpBuiltinPage,
} ) => {
	await forgetCoreCreatedCredentials( mainwpRequestUtils );
	const password = await mainwpBuiltinPage.create( NAME );
	expect( await signInStatus( playwright.request, password ) ).toBe( 401 );

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
	expect( await signInStatus( playwright.request, password ) ).toBe( 200 );
} );

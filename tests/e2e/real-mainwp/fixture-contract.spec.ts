/**
 * The MainWP fixture must not drift from the real MainWP: the menu data both produce for this
 * page (the left-menu group MainWP opens, the entries of the API Access groups, the page tabs)
 * are read by the same test-only probe on both sites, in the same run, and must be equal.
 */

import type { Page } from '@playwright/test';
import { MAINWP_PAGE } from '../utils/site';
import { expect, test } from './fixtures';

/**
 * Opens the page and reads what tests/fixtures/mu-plugins/mainwp-dashboard-fixture-menu-probe.php printed.
 *
 * @param page Page of one of the two sites.
 */
async function menuData( page: Page ): Promise< unknown > {
	await page.goto( MAINWP_PAGE );
	const probe = page.locator( '#e2e-mainwp-menu-probe' );
	await expect( probe ).toBeAttached();
	return JSON.parse( ( await probe.textContent() )! );
}

test( 'the fixture’s menu data for this page equals the real MainWP’s', async ( {
	page,
	browser,
} ) => {
	const real = await menuData( page );

	// The e2e specs run on the fixture's site meanwhile: this context switches the fixture on
	// for its own requests only (tests/fixtures/mu-plugins/e2e-request-defaults.php), every
	// other switch and the menu placement at their defaults, and changes nothing for theirs.
	const context = await browser.newContext( {
		baseURL: process.env.WP_BASE_URL,
		storageState: process.env.STORAGE_STATE_PATH,
		extraHTTPHeaders: { 'X-E2E-Switches': 'defaults-with-mainwp' },
	} );
	try {
		const fixture = await menuData( await context.newPage() );
		expect( fixture ).toEqual( real );
	} finally {
		await context.close();
	}
} );

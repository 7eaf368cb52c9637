/**
 * The one-time view as a person meets it: Copy that tells the truth on plain http, a curl
 * command that survives bash and zsh on plain permalinks, a test result heard once, and a
 * Done button within reach on a laptop screen.
 */

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { expect, test } from '@wordpress/e2e-test-utils-playwright';
import type { Locator, Page } from '@playwright/test';

import { USERS_PAGE, revokeAllPasswords, setMainWP } from '../utils/site';
import { createThroughScreen, readinessChecked } from '../utils/screen';

const run = promisify( execFile );

test.beforeEach( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
} );

test.afterAll( async ( { requestUtils } ) => {
	await revokeAllPasswords( requestUtils );
} );

/**
 * Makes the page behave as Chromium does on a plain-http address: no Clipboard API at all.
 *
 * @param page Page, before it loads the screen.
 */
async function withoutClipboardApi( page: Page ): Promise< void > {
	await page.addInitScript( () => {
		delete ( Navigator.prototype as { clipboard?: unknown } ).clipboard;
	} );
}

/**
 * Reads the system clipboard from another tab of the same site, which still has the API.
 *
 * @param page    Page whose context holds the clipboard permission.
 * @param baseURL Site address.
 */
async function clipboardText( page: Page, baseURL: string ): Promise< string > {
	const reader = await page.context().newPage();
	try {
		await reader.goto( `${ baseURL }/wp-login.php` );
		await reader.bringToFront();
		return await reader.evaluate( () => navigator.clipboard.readText() );
	} finally {
		await reader.close();
		await page.bringToFront();
	}
}

/**
 * Counts the live regions a screen reader would read a message from.
 *
 * @param page    Page.
 * @param message Text of the message.
 */
function liveRegionsSaying( page: Page, message: string ): Promise< number > {
	return page.evaluate(
		( text ) =>
			Array.from(
				document.querySelectorAll< HTMLElement >(
					'[aria-live], [role="status"], [role="alert"], [role="log"]'
				)
			).filter(
				( region ) =>
					region.textContent?.includes( text ) &&
					// Only the outermost region speaks a change inside it.
					! region.parentElement?.closest(
						'[aria-live], [role="status"], [role="alert"], [role="log"]'
					)
			).length,
		message
	);
}

async function openCurlTab( view: Locator ): Promise< Locator > {
	await view.getByRole( 'tab', { name: 'curl' } ).click();
	return view.getByLabel( 'curl command', { exact: true } );
}

test( 'on plain http, where the browser has no Clipboard API, Copy still copies and says so', async ( {
	page,
	context,
	baseURL,
} ) => {
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ] );
	await withoutClipboardApi( page );
	await page.goto( USERS_PAGE );
	const { view, password } = await createThroughScreen( page, 'Plain http' );

	await view.getByRole( 'button', { name: 'Copy password' } ).click();

	await expect( view.getByText( 'Copied the password.' ) ).toBeVisible();
	await expect(
		view.getByRole( 'button', { name: 'Copy password' } )
	).toHaveText( 'Copied' );
	expect( await clipboardText( page, baseURL! ) ).toBe( password );
	// Still open: copying never closes the only view of the password.
	await expect( view ).toBeVisible();
} );

test( 'when the browser refuses to copy, the text is selected and the shortcut named', async ( {
	page,
} ) => {
	await withoutClipboardApi( page );
	await page.addInitScript( () => {
		Document.prototype.execCommand = () => false;
	} );
	await page.goto( USERS_PAGE );
	const { view } = await createThroughScreen( page, 'Refused copy' );
	const curl = await openCurlTab( view );

	await view.getByRole( 'button', { name: 'Copy curl command' } ).click();

	await expect(
		view.getByText(
			'Your browser does not allow copying here. The text is selected: press Ctrl+C to copy it.'
		)
	).toBeVisible();
	await expect( view.getByText( 'Copied the curl command.' ) ).toHaveCount(
		0
	);
	expect(
		await page.evaluate( () => document.getSelection()?.toString() )
	).toBe( await curl.textContent() );
} );

test( 'on plain permalinks the copied curl command answers 200 in bash and in zsh', async ( {
	page,
	context,
	requestUtils,
	baseURL,
} ) => {
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ] );
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/settings',
		data: { e2e_plain_permalinks: true },
	} );
	try {
		await page.goto( USERS_PAGE );
		const { view } = await createThroughScreen( page, 'Plain permalinks' );
		const curl = await openCurlTab( view );
		await expect( curl ).toContainText(
			`${ baseURL }/index.php?rest_route=/wp-abilities/v1/abilities`
		);

		await view.getByRole( 'button', { name: 'Copy curl command' } ).click();
		await expect(
			view.getByText( 'Copied the curl command.' )
		).toBeVisible();
		const copied = await page.evaluate( () =>
			navigator.clipboard.readText()
		);
		expect( copied ).toBe( await curl.textContent() );

		for ( const shell of [ 'bash', 'zsh' ] ) {
			const { stdout } = await run( shell, [
				'-c',
				`${ copied } --silent --output /dev/null --write-out '%{http_code}'`,
			] );
			expect( { shell, status: stdout } ).toEqual( {
				shell,
				status: '200',
			} );
		}
	} finally {
		// /wp-json/ does not route on plain permalinks; ?rest_route= always does.
		await requestUtils.rest( {
			method: 'POST',
			path: '?rest_route=/wp/v2/settings',
			data: { e2e_plain_permalinks: false },
		} );
	}
} );

test( 'the test result is heard once, and Done stays within reach at 1280x800', async ( {
	page,
} ) => {
	await page.goto( USERS_PAGE );
	await readinessChecked( page );
	const { view } = await createThroughScreen( page, 'Laptop screen' );
	const curl = await openCurlTab( view );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();
	const result = view.getByText( /^It works: the site authenticated admin/ );
	// Two Basic-auth requests queue behind the page's own on Playground's single worker.
	await expect( result ).toBeVisible( { timeout: 30_000 } );

	expect(
		await liveRegionsSaying( page, 'It works: the site authenticated' )
	).toBe( 1 );
	await page.screenshot( {
		path: join(
			test.info().project.outputDir,
			'one-time-view-after-test-1280x800.png'
		),
	} );
	const done = view.getByRole( 'button', { name: 'Done' } );
	await expect( done ).toBeInViewport( { ratio: 1 } );
	// The result shows above the Done bar, not hidden behind it.
	const resultBox = ( await result.boundingBox() )!;
	expect( resultBox.y + resultBox.height ).toBeLessThanOrEqual(
		( await done.boundingBox() )!.y
	);
	// The whole command shows inside the dialog: wrapped, never cut at its edge.
	const dialogBox = ( await view.boundingBox() )!;
	const curlBox = ( await curl.boundingBox() )!;
	expect( curlBox.x + curlBox.width ).toBeLessThanOrEqual(
		dialogBox.x + dialogBox.width
	);
	expect(
		await curl.evaluate(
			( element ) => element.scrollWidth <= element.clientWidth
		)
	).toBe( true );
} );

/**
 * Steps on the Application Passwords screen that many tests take, as a person takes them.
 */

import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until the readiness panel's REST checks are in. On Playground's single PHP worker a
 * test's own requests would otherwise queue behind them (a real server answers in parallel).
 *
 * @param page Page showing the screen.
 */
export async function readinessChecked( page: Page ): Promise< void > {
	await expect(
		page.getByRole( 'region', { name: 'Readiness' } ).getByRole( 'status' )
	).not.toHaveText( /^Checking/, { timeout: 30_000 } );
}

/**
 * Opens the create dialog from the page already shown.
 *
 * @param page Page showing the screen.
 * @return The dialog.
 */
export async function openCreateDialog( page: Page ): Promise< Locator > {
	await readinessChecked( page );
	await page
		.getByRole( 'button', { name: 'Create application password' } )
		.first()
		.click();
	return page.getByRole( 'dialog', { name: 'Create application password' } );
}

/**
 * Creates a credential through the dialog and returns the one-time view with its password.
 *
 * @param page Page showing the screen.
 * @param name Credential name to type.
 */
export async function createThroughScreen(
	page: Page,
	name: string
): Promise< { view: Locator; password: string } > {
	const form = await openCreateDialog( page );
	await form.getByRole( 'textbox', { name: 'Name' } ).fill( name );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();
	const view = page.getByRole( 'dialog', {
		name: 'Your new application password',
	} );
	const password = ( await view
		.getByLabel( 'Application password', { exact: true } )
		.textContent() )!;
	return { view, password };
}

/**
 * Revokes one credential through its row's Revoke action and the confirmation dialog.
 *
 * @param page Page showing the screen.
 * @param name Credential name, as its row shows it.
 */
export async function revokeThroughScreen(
	page: Page,
	name: string
): Promise< void > {
	await page
		.getByRole( 'row', { name: new RegExp( escapeRegExp( name ) ) } )
		.getByRole( 'button', { name: 'Revoke' } )
		.click();
	await page
		.getByRole( 'dialog', { name: 'Revoke application password' } )
		.getByRole( 'button', { name: 'Revoke', exact: true } )
		.click();
}

/**
 * Checks that a password is in neither the page, its storage nor its address.
 *
 * @param page     Page showing the screen.
 * @param password The password as the one-time view showed it (in groups of four).
 */
export async function expectForgotten(
	page: Page,
	password: string
): Promise< void > {
	const compact = password.replace( / /g, '' );
	const html = await page.content();
	expect( html ).not.toContain( password );
	expect( html ).not.toContain( compact );
	const storage = await page.evaluate( () =>
		JSON.stringify( [
			{ ...window.localStorage },
			{ ...window.sessionStorage },
		] )
	);
	expect( storage ).not.toContain( compact );
	expect( page.url() ).not.toContain( compact );
}

/** What left the page while a test ran: console output, and every address requested or shown. */
export interface PageTraces {
	console: string[];
	urls: string[];
}

/**
 * Starts recording the page's console messages, request URLs and navigations (history entries
 * included: Playwright reports same-document navigations too).
 *
 * @param page Page to watch, before it loads the screen.
 */
export function recordTraces( page: Page ): PageTraces {
	const traces: PageTraces = { console: [], urls: [] };
	page.on( 'console', ( message ) => traces.console.push( message.text() ) );
	page.on( 'pageerror', ( error ) => traces.console.push( String( error ) ) );
	page.on( 'request', ( request ) => traces.urls.push( request.url() ) );
	page.on( 'framenavigated', ( frame ) => traces.urls.push( frame.url() ) );
	return traces;
}

/**
 * Checks that a password never reached the console, an address or the history's state.
 *
 * @param page     Page showing the screen.
 * @param traces   What was recorded since before the screen loaded.
 * @param password The password as the one-time view showed it (in groups of four).
 */
export async function expectNeverTraced(
	page: Page,
	traces: PageTraces,
	password: string
): Promise< void > {
	const compact = password.replace( / /g, '' );
	for ( const line of [ ...traces.console, ...traces.urls ] ) {
		const decoded = decodeURIComponent( line );
		expect( decoded ).not.toContain( compact );
		expect( decoded ).not.toContain( password );
	}
	const state = await page.evaluate( () =>
		JSON.stringify( window.history.state ?? null )
	);
	expect( state ).not.toContain( compact );
}

function escapeRegExp( text: string ): string {
	return text.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );
}

/**
 * Every action a table row offers: its own buttons and, where it has one, its Actions menu
 * (opened, read and closed again). A test that an action is absent reads this, so it cannot pass
 * because the action moved from the row into the menu.
 *
 * @param page Page showing the table.
 * @param row  The row, already visible.
 * @return The actions' names, sorted.
 */
export async function rowActions(
	page: Page,
	row: Locator
): Promise< string[] > {
	const buttons = await row
		.locator( '.dataviews-item-actions' )
		.getByRole( 'button' )
		.evaluateAll( ( elements ) =>
			elements.map(
				( element ) =>
					element.getAttribute( 'aria-label' ) ??
					element.textContent?.trim() ??
					''
			)
		);
	const offered = buttons.filter( ( name ) => name !== 'Actions' );
	if ( buttons.includes( 'Actions' ) ) {
		const trigger = row.getByRole( 'button', { name: 'Actions' } );
		await trigger.click();
		// The menu this button opened, not wp-admin's toolbar, which is a menu too.
		await expect( trigger ).toHaveAttribute( 'aria-controls', /.+/ );
		const menu = page.locator(
			`[id="${ await trigger.getAttribute( 'aria-controls' ) }"]`
		);
		const items = menu.getByRole( 'menuitem' );
		await expect( items.first() ).toBeVisible();
		offered.push(
			...( await items.allInnerTexts() ).map( ( text ) => text.trim() )
		);
		await page.keyboard.press( 'Escape' );
		await expect( menu ).toBeHidden();
	}
	return [ ...new Set( offered ) ].sort();
}

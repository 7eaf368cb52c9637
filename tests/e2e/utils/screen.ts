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

/**
 * A bulk revoke that partly fails, as the person who started it sees it, with every answer
 * coming from the real server: one revoked, one revoked by someone else meanwhile (core's 404,
 * and it is gone), one core refuses to delete (a `map_meta_cap` rule), and one whose DELETE
 * answers 404 while the server still holds it (a stale answer). Only what the owner's list,
 * fetched again, no longer holds may count as revoked.
 */

import { expect, test } from '../fixtures';
import { readinessChecked } from '../utils/screen';
import { ABILITIES, USERS_PAGE } from '../utils/site';

test( 'a bulk revoke that partly fails names each failure, keeps those rows, and counts a 404 as revoked only once it is gone', async ( {
	page,
	credentials,
	client,
	testSite,
} ) => {
	const names = [
		'Revoked here',
		'Revoked elsewhere',
		'Guarded one',
		'Stale answer',
	];
	const seeded = await credentials.seedMany(
		names.map( ( name ) => ( { userId: 1, name } ) )
	);
	const [ elsewhere, guarded, stale ] = [ 1, 2, 3 ].map(
		( index ) => seeded[ index ]!
	);
	await testSite.set( {
		e2e_refuse_revoking: 'Guarded one',
		e2e_revoke_not_found: 'Stale answer',
	} );
	await page.goto( USERS_PAGE );
	// Playground has one PHP worker: the page's own checks go first, not in the batch's way.
	await readinessChecked( page );
	for ( const name of names ) {
		await page.getByRole( 'checkbox', { name, exact: true } ).check();
	}
	// Someone else revokes one while the rows are selected here.
	await credentials.revoke( elsewhere!.uuid );

	await page.getByRole( 'button', { name: 'Revoke' } ).last().click();
	await page
		.getByRole( 'dialog', { name: 'Revoke 4 application passwords' } )
		.getByRole( 'button', { name: 'Revoke all selected' } )
		.click();
	// Its title follows the selection, which keeps only the two still there.
	const dialog = page.getByRole( 'dialog', {
		name: 'Revoke 2 application passwords',
	} );

	// The two still stored are named, each with why; the two gone are not failures.
	// One batch, then the owner's list fetched again: two round trips to a busy Playground.
	await expect( dialog ).toContainText(
		'2 application passwords could not be revoked:',
		{ timeout: 30_000 }
	);
	const failures = dialog.getByRole( 'listitem' );
	await expect( failures ).toHaveText( [
		'Guarded one: Sorry, you are not allowed to delete this application password.',
		'Stale answer: The server answered that it was not found, yet still lists it: it was not revoked.',
	] );
	await expect(
		page.getByText( 'Revoked 1 application password.' ).first()
	).toBeVisible();
	await expect(
		page.getByText( '“Revoked elsewhere” was already revoked.' ).first()
	).toBeVisible();

	// Closed, the table still shows exactly the two that live on.
	// The footer's Close, not the header's.
	await dialog.getByRole( 'button', { name: 'Close' } ).last().click();
	await expect( dialog ).toBeHidden();
	const rows = page.getByRole( 'row', {
		name: /Revoked here|Revoked elsewhere|Guarded one|Stale answer/,
	} );
	await expect( rows ).toHaveCount( 2 );
	// Still selected, ready to be tried again.
	for ( const { name } of [ guarded!, stale! ] ) {
		await expect(
			page.getByRole( 'checkbox', { name, exact: true } )
		).toBeChecked();
	}

	// The server agrees: only those two are stored, and they still sign in.
	expect(
		( await credentials.list() ).map( ( p ) => p.name ).sort()
	).toEqual( [ 'Guarded one', 'Stale answer' ] );
	for ( const { name, password } of [ guarded!, stale! ] ) {
		expect(
			await client.status( ABILITIES, 'admin', password ),
			name
		).toBe( 200 );
	}
} );

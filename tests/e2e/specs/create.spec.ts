/**
 * Creating a credential: the form, the one-time view, copying, testing, and forgetting.
 */

import { expect, test } from '../fixtures';
import { ABILITIES, USERS_PAGE } from '../utils/site';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

import {
	createThroughScreen,
	expectForgotten,
	expectNeverTraced,
	openCreateDialog,
	recordTraces,
} from '../utils/screen';

const GROUPED = /^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$/;

test( 'creates a credential that authenticates, shows it once, then forgets it', async ( {
	page,
	credentials,
	client,
	baseURL,
	requestUtils,
} ) => {
	const traces = recordTraces( page );
	await page.goto( USERS_PAGE );
	await expect(
		page.getByRole( 'heading', { name: 'No application passwords yet' } )
	).toBeVisible();
	await page
		.getByRole( 'button', { name: 'Create application password' } )
		.click();

	const form = page.getByRole( 'dialog', {
		name: 'Create application password',
	} );
	await form
		.getByRole( 'textbox', { name: 'Name' } )
		.fill( '  Claude Desktop  ' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();

	const view = page.getByRole( 'dialog', {
		name: 'Your new application password',
	} );
	await expect( view.getByText( /It is shown only once/ ) ).toBeVisible();
	await expect( view.getByLabel( 'Username', { exact: true } ) ).toHaveText(
		'admin'
	);
	const shown = view.getByLabel( 'Application password', { exact: true } );
	await expect( shown ).toHaveText( GROUPED );
	const password = ( await shown.textContent() )!;
	await expect(
		view.getByLabel( 'curl command', { exact: true } )
	).toHaveText(
		`curl -u 'admin:${ password.replace(
			/ /g,
			''
		) }' '${ baseURL }/wp-json/wp-abilities/v1/abilities'`
	);

	// What the screen shows is the real credential, with its name trimmed.
	expect( await client.status( ABILITIES, 'admin', password ) ).toBe( 200 );
	expect( ( await credentials.list() ).map( ( p ) => p.name ) ).toEqual( [
		'Claude Desktop',
	] );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();
	await expect( view.getByRole( 'status' ).last() ).toContainText(
		/It works: the site authenticated admin, who can see \d+ abilit/
	);

	await view.getByRole( 'button', { name: 'Done' } ).click();
	await expect( view ).toBeHidden();
	await expect(
		page.getByRole( 'row', { name: /Claude Desktop/ } )
	).toContainText( 'Never' );

	// Gone from the page, its storage and its address once the view is closed.
	await expectForgotten( page, password );
	// Never in the console, a requested address, the history, the preferences or the server log.
	await expectNeverTraced( page, traces, password );
	const compact = password.replace( / /g, '' );
	const me = await requestUtils.rest( {
		path: '/wp/v2/users/me',
		params: { context: 'edit' },
	} );
	expect( JSON.stringify( me ) ).not.toContain( compact );
	const log = join(
		__dirname,
		'..',
		'..',
		'..',
		'.cache',
		'e2e-site',
		'wordpress',
		'wp-content',
		'debug.log'
	);
	expect(
		existsSync( log ) ? readFileSync( log, 'utf8' ) : ''
	).not.toContain( compact );
} );

test( 'creates while the readiness checks are still running, and keeps the view when they land', async ( {
	users,
	client,
} ) => {
	// A new administrator's first visit: no readiness answers kept for them yet, so it checks.
	const person = await users.create( 'administrator' );
	const page = await ( await users.logIn( person ) ).newPage();
	// Hold the readiness panel's Authorization header check in the browser until released:
	// the person below clicks Create while the panel still says "Checking…".
	const held: Array< () => Promise< void > > = [];
	await page.route(
		'**/wp-site-health/v1/tests/authorization-header**',
		( route ) => {
			held.push( () => route.continue() );
		}
	);
	await page.goto( USERS_PAGE );
	const readiness = page
		.getByRole( 'region', { name: 'Readiness' } )
		.getByRole( 'status' );
	await expect( readiness ).toHaveText( /^Checking/ );
	await expect.poll( () => held.length, { timeout: 30_000 } ).toBe( 1 );

	await page
		.getByRole( 'button', { name: 'Create application password' } )
		.click();
	const form = page.getByRole( 'dialog', {
		name: 'Create application password',
	} );
	await form.getByRole( 'textbox', { name: 'Name' } ).fill( 'Made early' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();
	const view = page.getByRole( 'dialog', {
		name: 'Your new application password',
	} );
	const shown = view.getByLabel( 'Application password', { exact: true } );
	await expect( shown ).toHaveText( GROUPED );
	const password = ( await shown.textContent() )!;
	// Still held: the checks were running all along.
	expect( held ).toHaveLength( 1 );
	expect( await client.status( ABILITIES, person.username, password ) ).toBe(
		200
	);

	// The checks land while the one-time view is open: it stays, password and all.
	await Promise.all( [
		page.waitForResponse(
			'**/wp-site-health/v1/tests/authorization-header**'
		),
		held[ 0 ]!(),
	] );
	await expect( shown ).toHaveText( password );
	await view.getByRole( 'button', { name: 'Done' } ).click();
	await expect(
		page.getByRole( 'row', { name: /Made early/ } )
	).toBeVisible();
	await expect( readiness ).not.toHaveText( /^Checking/ );
} );

test( 'offers name suggestions, checks the App ID, and sends it lowercased', async ( {
	page,
	credentials,
} ) => {
	await page.goto( USERS_PAGE );
	const form = await openCreateDialog( page );

	await form.getByRole( 'button', { name: 'Zapier' } ).click();
	await expect( form.getByRole( 'textbox', { name: 'Name' } ) ).toHaveValue(
		'Zapier'
	);

	const appId = form.getByRole( 'textbox', { name: 'App ID (optional)' } );
	await appId.fill( 'not-a-uuid' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();
	await expect( form.getByText( /The App ID must be a UUID/ ) ).toBeVisible();
	await expect( appId ).toHaveAttribute( 'aria-invalid', 'true' );
	expect( await credentials.list() ).toEqual( [] );

	await appId.fill( '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();
	await expect(
		page.getByRole( 'dialog', { name: 'Your new application password' } )
	).toBeVisible();
	expect( await credentials.list() ).toEqual( [
		expect.objectContaining( {
			name: 'Zapier',
			app_id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
		} ),
	] );
} );

test( 'shows the server’s refusal and keeps what was typed', async ( {
	page,
	credentials,
} ) => {
	await page.goto( USERS_PAGE );
	const form = await openCreateDialog( page );
	// Core strips tags from names, leaves nothing here, and refuses the request.
	await form.getByRole( 'textbox', { name: 'Name' } ).fill( '<b></b>' );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();

	await expect(
		form.getByText(
			'An application name is required to create an application password.'
		)
	).toBeVisible();
	await expect( form.getByRole( 'textbox', { name: 'Name' } ) ).toHaveValue(
		'<b></b>'
	);
	expect( await credentials.list() ).toEqual( [] );
} );

test( 'copies with the Clipboard API and says so', async ( {
	page,
	context,
} ) => {
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ] );
	await page.goto( USERS_PAGE );
	const { view, password } = await createThroughScreen( page, 'Copy check' );

	await view.getByRole( 'button', { name: 'Copy password' } ).click();

	await expect( view.getByText( 'Copied the password.' ) ).toBeVisible();
	expect( await page.evaluate( () => navigator.clipboard.readText() ) ).toBe(
		password
	);
} );

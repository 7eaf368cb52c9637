/**
 * The all-users overview: every credential on the site with its owner, searched, sorted,
 * filtered and paged by the server, and revoked in bulk across owners in few requests.
 */

import type { Page, Response } from '@playwright/test';

import { expect, test as base } from '../fixtures';
import {
	OVERVIEW,
	USERS_PAGE,
	type SeededCredential,
	type TestUser,
} from '../utils/site';

const ROLES = [ 'editor', 'author', 'subscriber' ] as const;

/** Three users of this test with ten credentials each, all named after the test's own tag. */
interface Team {
	/** In every credential name, and in no other test's: searching for it finds this team only. */
	tag: string;
	users: TestUser[];
	seeded: SeededCredential[];
}

// Playwright's fixtures call `use()`, which is not React's hook (as in Gutenberg's fixtures).
/* eslint-disable react-hooks/rules-of-hooks */
const test = base.extend< { team: Team } >( {
	team: async ( { users, credentials, preferences }, use ) => {
		const tag = `team-${ Date.now().toString( 36 ) }`;
		const members: TestUser[] = [];
		for ( const role of ROLES ) {
			members.push( await users.create( role ) );
		}
		// Ten credentials per user, thirty in all, seeded 25 to a batch request.
		const seeded = await credentials.seedMany(
			members.flatMap( ( user, u ) =>
				Array.from( { length: 10 }, ( _, i ) => ( {
					userId: user.id,
					name: `${ tag } ${ ROLES[ u ] } tool ${ String( i ).padStart( 2, '0' ) }`,
				} ) )
			)
		);
		// The users fixture deletes the users, and their credentials with them.
		await use( { tag, users: members, seeded } );
		// The view these tests change (sort, page size) is remembered per user.
		await preferences.reset();
	},
} );

/**
 * Rows of the table body (the header row excluded).
 * @param page
 */
const bodyRows = ( page: Page ) =>
	page.locator( 'tbody tr.dataviews-view-table__row' );

/** One overview answer: the query the page sent, and the credential names it got back. */
interface OverviewAnswer {
	params: Record< string, string >;
	names: string[];
}

/**
 * Reads the query and the names of one overview answer (null when it failed).
 *
 * @param response The overview route's response.
 */
async function readOverviewAnswer(
	response: Response
): Promise< OverviewAnswer | null > {
	if ( ! response.ok() ) {
		return null;
	}
	const params: Record< string, string > = {};
	for ( const [ key, value ] of new URL( response.url() ).searchParams ) {
		// usage[]=never, which api-fetch may write as usage[0]=never; one value per test here.
		params[ key.startsWith( 'usage' ) ? 'usage' : key ] = value;
	}
	const items = ( await response.json() ) as Array< { name: string } >;
	return { params, names: items.map( ( item ) => item.name ) };
}

/**
 * Returns the overview answer whose credentials are exactly the rows on screen, in order, and
 * fails when no answer or more than one different query produced them.
 *
 * @param page    Page.
 * @param answers The overview answers so far.
 */
async function answerShown(
	page: Page,
	answers: Array< Promise< OverviewAnswer | null > >
): Promise< OverviewAnswer > {
	const rows = await bodyRows( page ).allInnerTexts();
	const all = ( await Promise.all( answers ) ).filter(
		( answer ): answer is OverviewAnswer => answer !== null
	);
	const matching = all.filter(
		( answer ) =>
			answer.names.length === rows.length &&
			answer.names.every( ( name, index ) =>
				rows[ index ]!.includes( name )
			)
	);
	expect(
		matching.length,
		`an overview answer listing exactly the ${ rows.length } rows on screen`
	).toBeGreaterThan( 0 );
	// The newest answer with those rows is the one the screen shows.
	return matching[ matching.length - 1 ]!;
}

/**
 * Opens the overview and narrows it to the team's thirty, whatever else the site holds.
 *
 * @param page Page.
 * @param team The test's team.
 */
async function openOverview( page: Page, team: Team ) {
	await page.goto( `${ USERS_PAGE }&view=all` );
	await expect(
		page.getByRole( 'radio', { name: 'All users', checked: true } )
	).toBeVisible();
	await page
		.getByRole( 'searchbox', { name: 'Search by name or owner' } )
		.fill( team.tag );
	// The page, then its overview requests: round trips to a busy Playground.
	await expect( page.getByText( /of 30 Items/ ) ).toBeVisible( {
		timeout: 30_000,
	} );
}

test( 'lists every user’s credentials with their owner, paged, searched, sorted and filtered by the server', async ( {
	page,
	team,
	client,
} ) => {
	const { tag, users, seeded } = team;
	// One credential is used once, as a client would.
	const used = seeded.find( ( item ) =>
		item.name.endsWith( 'author tool 03' )
	)!;
	const author = users[ 1 ]!;
	expect(
		await client.status(
			'wp-json/wp/v2/users/me',
			author.username,
			used.password
		)
	).toBe( 200 );

	// Every overview answer with the request that got it, to tell which one the screen shows.
	const overviewAnswers: Array< Promise< OverviewAnswer | null > > = [];
	page.on( 'response', ( response ) => {
		if (
			response
				.url()
				.includes( 'app-passwords-manager/v1/application-passwords' )
		) {
			overviewAnswers.push( readOverviewAnswer( response ) );
		}
	} );
	await openOverview( page, team );

	// Page 1 of 2 (20 per page), fetched from the server one page at a time.
	await expect( bodyRows( page ) ).toHaveCount( 20 );
	// Each row names its owner, one of the three users.
	const owners = new RegExp(
		users.map( ( user ) => user.username ).join( '|' )
	);
	for ( const row of await bodyRows( page ).all() ) {
		await expect( row ).toContainText( owners );
	}
	await page.getByRole( 'button', { name: 'Next page' } ).click();
	await expect( bodyRows( page ) ).toHaveCount( 10 );
	expect( ( await answerShown( page, overviewAnswers ) ).params ).toEqual(
		expect.objectContaining( { page: '2', search: tag } )
	);

	// Search by owner: only that user's ten.
	const search = page.getByRole( 'searchbox', {
		name: 'Search by name or owner',
	} );
	await search.fill( author.username );
	await expect( bodyRows( page ) ).toHaveCount( 10 );
	for ( const row of await bodyRows( page ).all() ) {
		await expect( row.getByText( author.username ) ).toBeVisible();
	}

	// Sort by last used: the one used credential comes first, then last.
	await page
		.getByRole( 'button', { name: 'Last used', exact: true } )
		.click();
	await page
		.getByRole( 'menuitemradio', { name: 'Sort descending' } )
		.click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ).first() ).toContainText( 'author tool 03' );
	await page
		.getByRole( 'button', { name: 'Last used', exact: true } )
		.click();
	await page.getByRole( 'menuitemradio', { name: 'Sort ascending' } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ).last() ).toContainText( 'author tool 03' );

	// Filter "never used": the used one drops out, the other nine stay.
	await page.getByRole( 'button', { name: 'Add filter' } ).click();
	await page.getByRole( 'menuitem', { name: 'Usage' } ).click();
	await page.getByRole( 'option', { name: 'Never used' } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ) ).toHaveCount( 9 );
	await expect(
		page.getByRole( 'row', { name: /author tool 03/ } )
	).toHaveCount( 0 );
	// The rows on screen are the answer to the request that asked the server for both.
	expect( ( await answerShown( page, overviewAnswers ) ).params ).toEqual(
		expect.objectContaining( {
			page: '1',
			per_page: '20',
			orderby: 'last_used',
			order: 'asc',
			search: author.username,
			usage: 'never',
		} )
	);

	// Search by credential name across owners.
	await search.fill( `${ tag } subscriber tool 07` );
	await expect( bodyRows( page ) ).toHaveCount( 1 );
	await expect( bodyRows( page ).first() ).toContainText(
		users[ 2 ]!.username
	);
} );

test( 'revokes 30 credentials of 3 users in 2 batch requests', async ( {
	page,
	team,
	credentials,
	client,
} ) => {
	const { users, seeded } = team;
	await openOverview( page, team );
	await page.getByRole( 'button', { name: 'View options' } ).click();
	await page.getByRole( 'radio', { name: '50', exact: true } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( bodyRows( page ) ).toHaveCount( 30 );

	const batches: string[] = [];
	const deletes: string[] = [];
	page.on( 'request', ( sent ) => {
		const url = decodeURIComponent( sent.url() );
		if ( url.includes( '/batch/v1' ) && sent.method() === 'POST' ) {
			batches.push( url );
		}
		if ( sent.method() === 'DELETE' ) {
			deletes.push( url );
		}
	} );
	await page
		.getByRole( 'columnheader', { name: 'Select all' } )
		.getByRole( 'checkbox' )
		.click();
	await page.getByRole( 'button', { name: 'Revoke' } ).last().click();
	const confirm = page.getByRole( 'dialog', {
		name: 'Revoke 30 application passwords',
	} );
	// Names alone are ambiguous across owners: each says whose it is.
	await expect( confirm ).toContainText(
		`${ team.tag } author tool 03 (${ users[ 1 ]!.username })`
	);
	await confirm
		.getByRole( 'button', { name: 'Revoke all selected' } )
		.click();

	// Two batch requests of thirty deletions in all, on Playground's one PHP worker.
	await expect(
		page.getByText( 'Revoked 30 application passwords.' ).first()
	).toBeVisible( { timeout: 30_000 } );
	await expect(
		page.getByText( 'No application passwords match.' )
	).toBeVisible();
	expect( batches ).toHaveLength( 2 );
	expect( deletes ).toEqual( [] );

	// On the server: nothing left, and each user's credentials are refused.
	for ( const [ index, user ] of users.entries() ) {
		expect( await credentials.list( user.id ) ).toEqual( [] );
		const credential = seeded[ index * 10 ]!;
		expect(
			await client.status(
				'wp-json/wp/v2/users/me',
				user.username,
				credential.password
			)
		).toBe( 401 );
	}
} );

test( 'the overview route pages on the server and never sends a hash', async ( {
	team,
	credentials,
	client,
} ) => {
	const admin = await credentials.seed( `${ team.tag } route check` );
	// Only this test's credentials hold its tag: 30 of its users and 1 of the administrator.
	const response = await client.fetch(
		'GET',
		`${ OVERVIEW }?per_page=7&page=5&orderby=name&order=asc&search=${ team.tag }`,
		'admin',
		admin.password
	);
	expect( response.status ).toBe( 200 );
	expect( response.headers[ 'x-wp-total' ] ).toBe( '31' );
	expect( response.headers[ 'x-wp-totalpages' ] ).toBe( '5' );
	const items = response.body as Array< Record< string, unknown > >;
	// 31 credentials at 7 a page: page 5 holds the last 3.
	expect( items ).toHaveLength( 3 );
	expect( Object.keys( items[ 0 ]! ).sort() ).toEqual(
		[
			'access',
			'allowed_ips',
			'app_id',
			'created',
			'expires',
			'last_ip',
			'last_used',
			'name',
			'owner',
			'rotation',
			'uuid',
		].sort()
	);
	expect( JSON.stringify( items ) ).not.toMatch(
		/\$(generic|wp)\$|password/
	);
} );

/**
 * The table's sort by its date columns, called as DataViews calls a field's sort: with the
 * values its getValue returns, not the items (DataViews' normalizeFields; its package cannot
 * be loaded in Jest).
 */

// The cells' tooltip is not what this checks; its package ships ES modules Jest cannot load.
jest.mock( '@wordpress/components', () => ( { Tooltip: () => null } ) );

import {
	credentialFields,
	namesOf,
} from '../../../src/components/credentials-table/fields';
import { applicationPassword, ownerSummary } from '../fixtures';

const items = [
	{ name: 'Old', created: '2026-01-01T10:00:00', lastUsed: null },
	{
		name: 'New',
		created: '2026-03-01T10:00:00',
		lastUsed: '2026-03-02T10:00:00',
		expires: '2027-01-01T00:00:00',
	},
	{
		name: 'Middle',
		created: '2026-02-01T10:00:00',
		lastUsed: '2026-02-02T10:00:00',
	},
].map( ( fields, index ) => ( {
	...applicationPassword( { uuid: `uuid-${ index }`, ...fields } ),
	owner: ownerSummary(),
} ) );
const fields = credentialFields( 90, {
	policies: true,
	nameOf: namesOf( items ),
} );
const names = ( id: string, direction: 'asc' | 'desc' ) => {
	const field = fields.find( ( candidate ) => candidate.id === id );
	const value = ( item: ( typeof items )[ number ] ) =>
		field?.getValue?.( { item } );
	return [ ...items ]
		.sort(
			( a, b ) => field?.sort?.( value( a ), value( b ), direction ) ?? 0
		)
		.map( ( item ) => item.name );
};

describe( 'sorting by the date columns', () => {
	it( 'puts the newest first by default (created, descending)', () => {
		expect( names( 'created', 'desc' ) ).toEqual( [
			'New',
			'Middle',
			'Old',
		] );
	} );

	it( 'sorts never used as the oldest', () => {
		expect( names( 'lastUsed', 'asc' ) ).toEqual( [
			'Old',
			'Middle',
			'New',
		] );
	} );

	it( 'sorts never expiring as the latest', () => {
		expect( names( 'expires', 'desc' ) ).toEqual( [
			'Old',
			'Middle',
			'New',
		] );
	} );
} );

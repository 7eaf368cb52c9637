import type { View } from '@wordpress/dataviews/wp';

import { applyOwnFilters } from '../../../src/utils/own-filters';
import { DEFAULT_VIEW } from '../../../src/utils/view';
import { applicationPassword, ownerSummary } from '../fixtures';

const NOW = new Date();
const DAY = 24 * 60 * 60 * 1000;
const inDays = ( days: number ) =>
	new Date( NOW.getTime() + days * DAY ).toISOString();

describe( 'applyOwnFilters with the policy filter', () => {
	const owner = ownerSummary();
	const items = [
		{ name: 'Expired', expires: inDays( -1 ) },
		{ name: 'Expiring', expires: inDays( 3 ) },
		{ name: 'Later', expires: inDays( 30 ) },
		{ name: 'Reader', access: 'read' as const },
	].map( ( fields, index ) => ( {
		...applicationPassword( { uuid: `uuid-${ index }`, ...fields } ),
		owner,
	} ) );
	const names = ( view: View ) =>
		applyOwnFilters( items, view, NOW, 90 ).items.map(
			( item ) => item.name
		);
	const withPolicy = ( value: string[] ): View => ( {
		...DEFAULT_VIEW,
		filters: [ { field: 'policy', operator: 'isAny', value } ],
	} );

	it( 'shows expired, expiring in 7 days, or read-only credentials', () => {
		expect( names( withPolicy( [ 'expired' ] ) ) ).toEqual( [ 'Expired' ] );
		expect( names( withPolicy( [ 'expiring' ] ) ) ).toEqual( [
			'Expiring',
		] );
		expect( names( withPolicy( [ 'read' ] ) ) ).toEqual( [ 'Reader' ] );
		expect( names( withPolicy( [ 'expired', 'read' ] ) ) ).toEqual( [
			'Expired',
			'Reader',
		] );
	} );

	it( 'combines with the usage filter', () => {
		const view = withPolicy( [ 'expired', 'expiring' ] );
		expect(
			names( {
				...view,
				filters: [
					...( view.filters ?? [] ),
					{ field: 'usage', operator: 'isAny', value: [ 'never' ] },
				],
			} )
		).toEqual( [ 'Expired', 'Expiring' ] );
	} );
} );

import { setSettings, getSettings } from '@wordpress/date';

import {
	formatRelative,
	formatSiteDateTime,
	parseUtc,
} from '../../../src/utils/dates';

describe( 'parseUtc', () => {
	it( 'reads core’s zone-less dates as UTC', () => {
		expect( parseUtc( '2026-11-29T10:00:00' )?.toISOString() ).toBe(
			'2026-11-29T10:00:00.000Z'
		);
	} );

	it( 'respects an explicit zone', () => {
		expect( parseUtc( '2026-11-29T10:00:00+02:00' )?.toISOString() ).toBe(
			'2026-11-29T08:00:00.000Z'
		);
	} );

	it( 'returns null for unreadable input', () => {
		expect( parseUtc( 'yesterday-ish' ) ).toBeNull();
	} );
} );

describe( 'formatSiteDateTime', () => {
	const original = getSettings();

	afterEach( () => setSettings( original ) );

	it( 'shows the time in the site’s timezone and format', () => {
		setSettings( {
			...original,
			formats: { ...original.formats, datetime: 'Y-m-d H:i' },
			timezone: { ...original.timezone, offset: 2, string: '' },
		} );
		expect( formatSiteDateTime( '2026-11-29T10:00:00' ) ).toBe(
			'2026-11-29 12:00'
		);
	} );

	it( 'falls back to the raw value when it cannot be read', () => {
		expect( formatSiteDateTime( 'garbage' ) ).toBe( 'garbage' );
	} );
} );

describe( 'formatRelative', () => {
	it( 'says how long ago a UTC date was', () => {
		expect(
			formatRelative(
				'2026-11-26T12:00:00',
				new Date( '2026-11-29T12:00:00Z' )
			)
		).toBe( '3 days ago' );
	} );

	it( 'falls back to the raw value when it cannot be read', () => {
		expect( formatRelative( 'garbage' ) ).toBe( 'garbage' );
	} );
} );

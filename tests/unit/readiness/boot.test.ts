/*
 * @jest-environment node
 */
import { parseReadinessBoot } from '../../../src/readiness/boot';

const valid = {
	https: {
		siteUsesHttps: false,
		requestIsHttps: false,
		environmentType: 'local',
	},
	applicationPasswords: {
		supported: true,
		available: true,
		siteFilter: null,
		ownerId: 1,
		availableForOwner: true,
		ownerFilter: null,
		inUse: false,
		credentialsStored: true,
	},
	mainwp: {
		version: '5.9',
		supported: false,
		minimumVersion: '6.0',
		rightsRule: false,
	},
	adminUrl: 'http://localhost/wp-admin/',
	lastChecks: null,
};

describe( 'parseReadinessBoot', () => {
	it( 'accepts what Readiness::boot_data() prints, MainWP verdict included', () => {
		expect( parseReadinessBoot( valid ) ).toEqual( valid );
		const inactive = {
			...valid,
			mainwp: {
				version: null,
				supported: false,
				minimumVersion: '6.0',
				rightsRule: false,
			},
		};
		expect( parseReadinessBoot( inactive ) ).toEqual( inactive );
	} );

	it.each( [
		[
			'without the verdict',
			{ version: '6.1.2', minimumVersion: '6.0', rightsRule: true },
		],
		[
			'with a numeric version',
			{
				version: 6,
				supported: true,
				minimumVersion: '6.0',
				rightsRule: true,
			},
		],
		[ 'without a minimum', { version: '6.1.2', supported: true } ],
		[
			'without the rights rule',
			{ version: '6.1.2', supported: true, minimumVersion: '6.0' },
		],
		[ 'missing', undefined ],
	] )( 'refuses MainWP facts %s', ( _case, mainwp ) => {
		expect( () => parseReadinessBoot( { ...valid, mainwp } ) ).toThrow(
			'"mainwp"'
		);
	} );

	it( 'accepts the checks’ last answers the server kept, and refuses malformed ones', () => {
		const kept = {
			...valid,
			lastChecks: {
				checks: {
					authorizationHeader: true,
					abilities: { present: true, count: 12 },
					mcpAdapter: null,
				},
				checkedAt: '2026-11-30T12:00:00+00:00',
			},
		};
		expect( parseReadinessBoot( kept ) ).toEqual( kept );
		const absent = {
			...valid,
			lastChecks: {
				...kept.lastChecks,
				checks: {
					...kept.lastChecks.checks,
					abilities: { present: false },
				},
			},
		};
		expect( parseReadinessBoot( absent ) ).toEqual( absent );
		expect( () =>
			parseReadinessBoot( {
				...valid,
				lastChecks: {
					...kept.lastChecks,
					checks: { ...kept.lastChecks.checks, mcpAdapter: 'yes' },
				},
			} )
		).toThrow( '"lastChecks"' );
		expect( () =>
			parseReadinessBoot( {
				...valid,
				lastChecks: { checks: kept.lastChecks.checks },
			} )
		).toThrow( '"lastChecks"' );
	} );

	it( 'accepts core’s sign-in switch, with stored credentials looked up only while it is off', () => {
		const inUse = {
			...valid,
			applicationPasswords: {
				...valid.applicationPasswords,
				inUse: true,
				credentialsStored: null,
			},
		};
		expect( parseReadinessBoot( inUse ) ).toEqual( inUse );
	} );

	it.each( [
		[ 'without the switch', { inUse: undefined } ],
		[ 'with the switch as a string', { inUse: '1' } ],
		[ 'without stored credentials', { credentialsStored: undefined } ],
		[ 'with a count of stored credentials', { credentialsStored: 3 } ],
	] )( 'refuses application password facts %s', ( _case, fields ) => {
		expect( () =>
			parseReadinessBoot( {
				...valid,
				applicationPasswords: {
					...valid.applicationPasswords,
					...fields,
				},
			} )
		).toThrow( '"applicationPasswords"' );
	} );
} );

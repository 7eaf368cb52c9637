/*
 * @jest-environment node
 */
import {
	readinessRows,
	type ReadinessInput,
} from '../../../src/readiness/rows';
import type { ReadinessBoot, ReadinessRow } from '../../../src/readiness/types';
import { READINESS as readiness } from '../fixtures';

const good: ReadinessInput = {
	readiness,
	owner: { id: 1, login: 'admin' },
	browserIsHttps: true,
	checks: {
		authorizationHeader: true,
		abilities: { present: true, count: 62 },
		mcpAdapter: true,
	},
};

function row( input: ReadinessInput, id: ReadinessRow[ 'id' ] ) {
	return readinessRows( input ).find( ( candidate ) => candidate.id === id )!;
}

function withHttps( https: Partial< ReadinessBoot[ 'https' ] > ) {
	return {
		...good,
		readiness: { ...readiness, https: { ...readiness.https, ...https } },
	};
}

describe( 'readinessRows', () => {
	it( 'finds nothing to do on a healthy HTTPS site with MainWP and the MCP Adapter', () => {
		expect(
			readinessRows( good ).map( ( { id, status } ) => [ id, status ] )
		).toEqual( [
			[ 'https', 'good' ],
			[ 'application-passwords', 'good' ],
			[ 'sign-in', 'good' ],
			[ 'authorization-header', 'good' ],
			[ 'abilities', 'good' ],
			[ 'mcp-adapter', 'good' ],
			[ 'mainwp', 'good' ],
		] );
		expect( row( good, 'abilities' ).cause ).toContain(
			'62 abilities are open to admin'
		);
	} );

	it( 'says plain http works only because the environment is local', () => {
		const local = withHttps( {
			siteUsesHttps: false,
			requestIsHttps: false,
			environmentType: 'local',
		} );
		expect( row( { ...local, browserIsHttps: false }, 'https' ) ).toEqual(
			expect.objectContaining( {
				status: 'note',
				cause: expect.stringContaining(
					'only because the environment type is “local”'
				),
			} )
		);
	} );

	it( 'calls plain http a problem outside a local environment', () => {
		const live = withHttps( {
			siteUsesHttps: false,
			requestIsHttps: false,
		} );
		expect(
			row( { ...live, browserIsHttps: false }, 'https' ).status
		).toBe( 'problem' );
	} );

	it( 'spots a reverse proxy that hides HTTPS from PHP', () => {
		const proxied = withHttps( { requestIsHttps: false } );
		const https = row( proxied, 'https' );
		expect( https.status ).toBe( 'problem' );
		expect( https.cause ).toContain( 'reverse proxy' );
		expect( https.fix ).toContain( 'HTTP_X_FORWARDED_PROTO' );
	} );

	it( 'names the filter and callbacks that turned application passwords off', () => {
		const off = {
			...good,
			readiness: {
				...readiness,
				applicationPasswords: {
					...readiness.applicationPasswords,
					available: false,
					availableForOwner: false,
					siteFilter: {
						hook: 'wp_is_application_passwords_available',
						callbacks: [ '__return_false', 'Security::off' ],
					},
				},
			},
		};
		expect( row( off, 'application-passwords' ) ).toEqual(
			expect.objectContaining( {
				status: 'problem',
				cause: 'Application passwords are turned off for the whole site by the filter wp_is_application_passwords_available (hooked: __return_false, Security::off).',
			} )
		);
	} );

	it( 'leaves the per-user answer to the list when the owner is someone else', () => {
		const other = { ...good, owner: { id: 7, login: 'api-bot' } };
		expect( row( other, 'application-passwords' ).cause ).toContain(
			'Whether api-bot may use them'
		);
	} );

	it( 'shows checks in progress, and what could not be checked', () => {
		const checking = { ...good, checks: null };
		expect(
			readinessRows( checking )
				.filter( ( { status } ) => status === 'checking' )
				.map( ( { id } ) => id )
		).toEqual( [ 'authorization-header', 'abilities', 'mcp-adapter' ] );

		const unknown = {
			...good,
			checks: {
				authorizationHeader: null,
				abilities: null,
				mcpAdapter: null,
			},
		};
		expect(
			readinessRows( unknown ).map( ( { status } ) => status )
		).not.toContain( 'problem' );
	} );

	it( 'follows PHP’s verdict on the MainWP version, naming the minimum PHP gave', () => {
		const withMainWP = ( mainwp: ReadinessBoot[ 'mainwp' ] ) => ( {
			...good,
			readiness: { ...readiness, mainwp },
		} );
		const old = row(
			withMainWP( {
				version: '5.4',
				supported: false,
				minimumVersion: '6.0',
				rightsRule: false,
			} ),
			'mainwp'
		);
		expect( old.status ).toBe( 'note' );
		expect( old.cause ).toContain( 'Versions before 6.0' );
		expect( old.fix ).toBe( 'Update MainWP Dashboard to 6.0 or newer.' );
		expect(
			row(
				withMainWP( {
					version: '10.0',
					supported: true,
					minimumVersion: '6.0',
					rightsRule: true,
				} ),
				'mainwp'
			).status
		).toBe( 'good' );
		const ruleMissing = row(
			withMainWP( {
				version: '6.2',
				supported: true,
				minimumVersion: '6.0',
				rightsRule: false,
			} ),
			'mainwp'
		);
		expect( ruleMissing.status ).toBe( 'note' );
		expect( ruleMissing.cause ).toContain(
			'nobody can act on other users’ credentials here'
		);
		expect(
			row(
				withMainWP( {
					version: null,
					supported: false,
					minimumVersion: '6.0',
					rightsRule: false,
				} ),
				'mainwp'
			).cause
		).toContain( 'not active' );
	} );

	it( 'gives the Authorization header fix only when the header is dropped', () => {
		const dropped = row(
			{
				...good,
				checks: { ...good.checks!, authorizationHeader: false },
			},
			'authorization-header'
		);
		expect( dropped.status ).toBe( 'problem' );
		expect( dropped.fix ).toContain( 'SetEnvIf Authorization' );
		expect( row( good, 'authorization-header' ) ).not.toHaveProperty(
			'fix'
		);
	} );

	describe( 'application password sign-in', () => {
		const withSignIn = (
			facts: Pick<
				ReadinessBoot[ 'applicationPasswords' ],
				'inUse' | 'credentialsStored'
			>,
			mainwp: ReadinessBoot[ 'mainwp' ] = readiness.mainwp
		): ReadinessInput => ( {
			...good,
			readiness: {
				...readiness,
				applicationPasswords: {
					...readiness.applicationPasswords,
					...facts,
				},
				mainwp,
			},
		} );

		it( 'is good once WordPress checks application passwords, with nothing to click', () => {
			const signIn = row(
				withSignIn( { inUse: true, credentialsStored: null } ),
				'sign-in'
			);
			expect( signIn.status ).toBe( 'good' );
			expect( signIn ).not.toHaveProperty( 'action' );
		} );

		it( 'is good on a site with no credentials yet: the first one made here turns it on', () => {
			const signIn = row(
				withSignIn( { inUse: false, credentialsStored: false } ),
				'sign-in'
			);
			expect( signIn.status ).toBe( 'good' );
			expect( signIn.cause ).toContain( 'No application passwords yet' );
			expect( signIn ).not.toHaveProperty( 'action' );
		} );

		it( 'names MainWP’s own page when credentials exist that WordPress ignores, and offers the fix', () => {
			expect(
				row(
					withSignIn( { inUse: false, credentialsStored: true } ),
					'sign-in'
				)
			).toEqual( {
				id: 'sign-in',
				title: 'Application password sign-in',
				status: 'problem',
				cause: 'Credentials created on MainWP’s own Application Passwords page cannot sign in yet: WordPress ignores application passwords until one has been created through WordPress itself.',
				fix: 'Turn it on below: that sets the same switch WordPress sets when it creates a credential itself, and changes nothing else.',
				action: 'turn-on-sign-in',
			} );
		} );

		it( 'blames no MainWP page where MainWP is not active', () => {
			const signIn = row(
				withSignIn(
					{ inUse: false, credentialsStored: true },
					{
						version: null,
						supported: false,
						minimumVersion: '6.0',
						rightsRule: false,
					}
				),
				'sign-in'
			);
			expect( signIn.status ).toBe( 'problem' );
			expect( signIn.cause ).not.toContain( 'MainWP' );
			expect( signIn.cause ).toContain(
				'another plugin or a site migration'
			);
			expect( signIn.action ).toBe( 'turn-on-sign-in' );
		} );
	} );
} );

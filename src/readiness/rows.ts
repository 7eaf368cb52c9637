/**
 * Turns readiness facts into one row per check: its state, the cause and the fix, in plain words.
 */

import { __, _n, sprintf } from '@wordpress/i18n';

import {
	authorizationHeaderDroppedText,
	authorizationHeaderFixText,
} from './messages';
import type {
	BlockingFilter,
	ClientChecks,
	ReadinessAction,
	ReadinessBoot,
	ReadinessRow,
	ReadinessRowId,
	RowStatus,
} from './types';

/** Everything the rows are computed from. */
export interface ReadinessInput {
	readiness: ReadinessBoot;
	/** The user whose credentials the screen manages. */
	owner: { id: number; login: string };
	/** Whether the browser reached this page over HTTPS. */
	browserIsHttps: boolean;
	/** Client-side answers, or null while they are being fetched. */
	checks: ClientChecks | null;
}

/**
 * Builds the rows of one check: its id and title once, then a status, cause, fix and the
 * panel's one-click fix each.
 *
 * @param id    The check.
 * @param title Its name as the panel shows it.
 */
function rowOf( id: ReadinessRowId, title: string ) {
	return (
		status: RowStatus,
		cause: string,
		fix?: string,
		action?: ReadinessAction
	): ReadinessRow => ( {
		id,
		title,
		status,
		cause,
		...( fix === undefined ? {} : { fix } ),
		...( action === undefined ? {} : { action } ),
	} );
}

const checking = () => __( 'Checking…', 'mainwp-application-passwords' );

function describeFilter( filter: BlockingFilter | null, fallback: string ) {
	if ( ! filter ) {
		return fallback;
	}
	return filter.callbacks.length > 0
		? sprintf(
				/* translators: 1: Filter name, 2: Comma-separated callback names. */
				__(
					'the filter %1$s (hooked: %2$s)',
					'mainwp-application-passwords'
				),
				filter.hook,
				filter.callbacks.join( ', ' )
			)
		: sprintf(
				/* translators: %s: Filter name. */
				__( 'the filter %s', 'mainwp-application-passwords' ),
				filter.hook
			);
}

function httpsRow( {
	readiness,
	browserIsHttps,
}: ReadinessInput ): ReadinessRow {
	const row = rowOf( 'https', __( 'HTTPS', 'mainwp-application-passwords' ) );
	const { siteUsesHttps, requestIsHttps, environmentType } = readiness.https;
	const isLocal = environmentType === 'local';
	if ( siteUsesHttps && requestIsHttps ) {
		return row(
			'good',
			__(
				'The site and wp-admin are served over HTTPS, so credentials travel encrypted.',
				'mainwp-application-passwords'
			)
		);
	}
	if ( browserIsHttps && ! requestIsHttps ) {
		return row(
			isLocal ? 'note' : 'problem',
			__(
				'Your browser reached this page over HTTPS, but WordPress believes the request was plain http. This happens behind a reverse proxy or load balancer that ends HTTPS, and WordPress then turns application passwords off unless the environment type is “local”.',
				'mainwp-application-passwords'
			),
			__(
				"In wp-config.php, above “That’s all, stop editing!”, add: if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) { $_SERVER['HTTPS'] = 'on'; }",
				'mainwp-application-passwords'
			)
		);
	}
	if ( isLocal ) {
		return row(
			'note',
			__(
				'This site is not served over HTTPS. WordPress allows application passwords here only because the environment type is “local” (WP_ENVIRONMENT_TYPE), and passwords cross the network unencrypted.',
				'mainwp-application-passwords'
			),
			__(
				'On a live site, serve the site and wp-admin over HTTPS and use https in Settings → General; without it WordPress turns application passwords off.',
				'mainwp-application-passwords'
			)
		);
	}
	return row(
		'problem',
		__(
			'This site is not served over HTTPS, so WordPress turns application passwords off (it allows plain http only when the environment type is “local”).',
			'mainwp-application-passwords'
		),
		__(
			'Install a TLS certificate (most hosts offer a free one), then set both addresses in Settings → General to https.',
			'mainwp-application-passwords'
		)
	);
}

function applicationPasswordsRow( {
	readiness,
	owner,
}: ReadinessInput ): ReadinessRow {
	const row = rowOf(
		'application-passwords',
		__( 'Application passwords', 'mainwp-application-passwords' )
	);
	const facts = readiness.applicationPasswords;
	if ( ! facts.supported && ! facts.available ) {
		return row(
			'problem',
			__(
				'WordPress turned application passwords off for this site because it is not served over HTTPS.',
				'mainwp-application-passwords'
			),
			__(
				'Serve the site over HTTPS (see the HTTPS check).',
				'mainwp-application-passwords'
			)
		);
	}
	if ( ! facts.available ) {
		return row(
			'problem',
			sprintf(
				/* translators: %s: Filter description, e.g. "the filter wp_is_application_passwords_available (hooked: my_function)". */
				__(
					'Application passwords are turned off for the whole site by %s.',
					'mainwp-application-passwords'
				),
				describeFilter(
					facts.siteFilter,
					'wp_is_application_passwords_available'
				)
			),
			__(
				'Look for a setting that disables application passwords in your security or hosting plugin, or remove the code that hooks this filter.',
				'mainwp-application-passwords'
			)
		);
	}
	if ( facts.ownerId !== owner.id ) {
		return row(
			'good',
			sprintf(
				/* translators: %s: Username. */
				__(
					'Available on this site. Whether %s may use them shows when their credentials load.',
					'mainwp-application-passwords'
				),
				owner.login
			)
		);
	}
	if ( ! facts.availableForOwner ) {
		return row(
			'problem',
			sprintf(
				/* translators: 1: Username, 2: Filter description. */
				__(
					'Available on this site, but turned off for %1$s by %2$s.',
					'mainwp-application-passwords'
				),
				owner.login,
				describeFilter(
					facts.ownerFilter,
					'wp_is_application_passwords_available_for_user'
				)
			),
			__(
				'Use another user for API access, or change the plugin setting that limits application passwords to some users or roles.',
				'mainwp-application-passwords'
			)
		);
	}
	return row(
		'good',
		sprintf(
			/* translators: %s: Username. */
			__(
				'Available on this site and for %s.',
				'mainwp-application-passwords'
			),
			owner.login
		)
	);
}

function signInRow( { readiness }: ReadinessInput ): ReadinessRow {
	const row = rowOf(
		'sign-in',
		__( 'Application password sign-in', 'mainwp-application-passwords' )
	);
	const { inUse, credentialsStored } = readiness.applicationPasswords;
	if ( inUse ) {
		return row(
			'good',
			__(
				'WordPress checks application passwords when a client signs in.',
				'mainwp-application-passwords'
			)
		);
	}
	if ( ! credentialsStored ) {
		return row(
			'good',
			__(
				'No application passwords yet. WordPress starts checking them once the first one is created through it, as this page does.',
				'mainwp-application-passwords'
			)
		);
	}
	return row(
		'problem',
		readiness.mainwp.version === null
			? __(
					'The application passwords stored on this site cannot sign in yet: WordPress ignores application passwords until one has been created through WordPress itself, and these were written around it (by another plugin or a site migration).',
					'mainwp-application-passwords'
				)
			: __(
					'Credentials created on MainWP’s own Application Passwords page cannot sign in yet: WordPress ignores application passwords until one has been created through WordPress itself.',
					'mainwp-application-passwords'
				),
		__(
			'Turn it on below: that sets the same switch WordPress sets when it creates a credential itself, and changes nothing else.',
			'mainwp-application-passwords'
		),
		'turn-on-sign-in'
	);
}

function authorizationRow( { checks }: ReadinessInput ): ReadinessRow {
	const row = rowOf(
		'authorization-header',
		__( 'Authorization header', 'mainwp-application-passwords' )
	);
	if ( ! checks ) {
		return row( 'checking', checking() );
	}
	if ( checks.authorizationHeader === true ) {
		return row(
			'good',
			__(
				'The web server passes the Authorization header to WordPress, so clients can sign in with Basic auth.',
				'mainwp-application-passwords'
			)
		);
	}
	if ( checks.authorizationHeader === false ) {
		return row(
			'problem',
			authorizationHeaderDroppedText(),
			authorizationHeaderFixText()
		);
	}
	return row(
		'note',
		__(
			'Site Health’s Authorization header test could not run (it needs the “view_site_health_checks” capability).',
			'mainwp-application-passwords'
		),
		__(
			'Run it in Tools → Site Health, or use “Test authentication” after creating a credential.',
			'mainwp-application-passwords'
		)
	);
}

function abilitiesRow( { checks, owner }: ReadinessInput ): ReadinessRow {
	const row = rowOf(
		'abilities',
		__( 'Abilities API', 'mainwp-application-passwords' )
	);
	if ( ! checks ) {
		return row( 'checking', checking() );
	}
	const found = checks.abilities;
	if ( found?.present ) {
		return row(
			'good',
			found.count === null
				? __(
						'The Abilities API answers at /wp-abilities/v1.',
						'mainwp-application-passwords'
					)
				: sprintf(
						/* translators: 1: Number of abilities, 2: Username. */
						_n(
							'The Abilities API answers at /wp-abilities/v1: %1$d ability is open to %2$s.',
							'The Abilities API answers at /wp-abilities/v1: %1$d abilities are open to %2$s.',
							found.count,
							'mainwp-application-passwords'
						),
						found.count,
						owner.login
					)
		);
	}
	if ( found ) {
		return row(
			'problem',
			__(
				'The Abilities API’s routes (/wp-abilities/v1) are missing, so MCP clients find nothing to call and the curl check answers 404.',
				'mainwp-application-passwords'
			),
			__(
				'WordPress 6.9 and newer has them: look for a plugin that restricts the REST API or removes routes, and allow /wp-abilities/v1.',
				'mainwp-application-passwords'
			)
		);
	}
	return row(
		'note',
		__(
			'The Abilities API could not be checked.',
			'mainwp-application-passwords'
		)
	);
}

function mcpAdapterRow( { checks }: ReadinessInput ): ReadinessRow {
	const row = rowOf(
		'mcp-adapter',
		__( 'MCP Adapter', 'mainwp-application-passwords' )
	);
	if ( ! checks ) {
		return row( 'checking', checking() );
	}
	if ( checks.mcpAdapter === true ) {
		return row(
			'good',
			__(
				'The MCP Adapter’s server is at /wp-json/mcp/mcp-adapter-default-server: MCP clients such as Claude Desktop can connect.',
				'mainwp-application-passwords'
			)
		);
	}
	return row(
		'note',
		checks.mcpAdapter === false
			? __(
					'No MCP Adapter route (/wp-json/mcp/mcp-adapter-default-server) on this site. Scripts calling the REST API work without it; MCP clients such as Claude Desktop need it.',
					'mainwp-application-passwords'
				)
			: __(
					'Whether the MCP Adapter is installed could not be checked.',
					'mainwp-application-passwords'
				),
		__(
			'To connect MCP clients, install and activate the MCP Adapter plugin (WordPress/mcp-adapter).',
			'mainwp-application-passwords'
		)
	);
}

function mainwpRow( { readiness }: ReadinessInput ): ReadinessRow {
	const row = rowOf(
		'mainwp',
		__( 'MainWP Dashboard', 'mainwp-application-passwords' )
	);
	const { version, supported, minimumVersion, rightsRule } = readiness.mainwp;
	if ( version !== null && supported && ! rightsRule ) {
		return row(
			'note',
			sprintf(
				/* translators: %s: MainWP Dashboard version. */
				__(
					'MainWP Dashboard %s is active, but its rule for who may see and manage other users’ application passwords was not found, so nobody can act on other users’ credentials here: each user manages only their own.',
					'mainwp-application-passwords'
				),
				version
			),
			__(
				'Update MainWP Dashboard and this plugin to versions that work together.',
				'mainwp-application-passwords'
			)
		);
	}
	if ( version === null ) {
		return row(
			'note',
			__(
				'MainWP Dashboard is not active on this site, so this screen is under Users and MainWP’s own API keys are not available.',
				'mainwp-application-passwords'
			)
		);
	}
	if ( ! supported ) {
		return row(
			'note',
			sprintf(
				/* translators: 1: Active MainWP Dashboard version, 2: First version with the API Access section. */
				__(
					'MainWP Dashboard %1$s is active. Versions before %2$s have no API Access section, so this screen is under Users, and no rule for other users’ application passwords, so each user manages only their own.',
					'mainwp-application-passwords'
				),
				version,
				minimumVersion
			),
			sprintf(
				/* translators: %s: First MainWP Dashboard version with the API Access section. */
				__(
					'Update MainWP Dashboard to %s or newer.',
					'mainwp-application-passwords'
				),
				minimumVersion
			)
		);
	}
	return row(
		'good',
		sprintf(
			/* translators: %s: MainWP Dashboard version. */
			__(
				'MainWP Dashboard %s is active; this screen is in its API Access section.',
				'mainwp-application-passwords'
			),
			version
		)
	);
}

/**
 * Returns the readiness rows in the order the panel shows them.
 *
 * @param input Server facts, client answers and the screen's owner.
 */
export function readinessRows( input: ReadinessInput ): ReadinessRow[] {
	return [
		httpsRow( input ),
		applicationPasswordsRow( input ),
		signInRow( input ),
		authorizationRow( input ),
		abilitiesRow( input ),
		mcpAdapterRow( input ),
		mainwpRow( input ),
	];
}

/**
 * Turns readiness facts into one row per check: its state, the cause and the fix, in plain words.
 */

import { __, _n, sprintf } from '@wordpress/i18n';

import type { ClientChecks } from '../api/readiness';
import type { Owner } from '../boot';
import type { BlockingFilter, ReadinessBoot } from '../boot-readiness';

/** good: nothing to do; note: works, worth knowing; problem: stops credentials; checking: not in yet. */
export type RowStatus = 'good' | 'note' | 'problem' | 'checking';

/** One readiness check as the panel shows it. */
export interface ReadinessRow {
	id:
		| 'https'
		| 'application-passwords'
		| 'authorization-header'
		| 'abilities'
		| 'mcp-adapter'
		| 'mainwp';
	title: string;
	status: RowStatus;
	/** What was found, and why it matters. */
	cause: string;
	/** What to do about it, when anything. */
	fix?: string;
}

/** Everything the rows are computed from. */
export interface ReadinessInput {
	readiness: ReadinessBoot;
	owner: Owner;
	mainwpVersion: string | null;
	/** Whether the browser reached this page over HTTPS. */
	browserIsHttps: boolean;
	/** Client-side answers, or null while they are being fetched. */
	checks: ClientChecks | null;
}

const MAINWP_MIN_VERSION = [ 6, 0 ];

function isAtLeast( version: string, minimum: number[] ): boolean {
	const parts = version
		.split( '.' )
		.map( ( part ) => parseInt( part, 10 ) || 0 );
	for ( let index = 0; index < minimum.length; index++ ) {
		const part = parts[ index ] ?? 0;
		if ( part !== minimum[ index ] ) {
			return part > minimum[ index ]!;
		}
	}
	return true;
}

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
	const title = __( 'HTTPS', 'mainwp-application-passwords' );
	const { siteUsesHttps, requestIsHttps, environmentType } = readiness.https;
	const isLocal = environmentType === 'local';
	if ( siteUsesHttps && requestIsHttps ) {
		return {
			id: 'https',
			title,
			status: 'good',
			cause: __(
				'The site and wp-admin are served over HTTPS, so credentials travel encrypted.',
				'mainwp-application-passwords'
			),
		};
	}
	if ( browserIsHttps && ! requestIsHttps ) {
		return {
			id: 'https',
			title,
			status: isLocal ? 'note' : 'problem',
			cause: __(
				'Your browser reached this page over HTTPS, but WordPress believes the request was plain http. This happens behind a reverse proxy or load balancer that ends HTTPS, and WordPress then turns application passwords off unless the environment type is “local”.',
				'mainwp-application-passwords'
			),
			fix: __(
				"In wp-config.php, above “That’s all, stop editing!”, add: if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) { $_SERVER['HTTPS'] = 'on'; }",
				'mainwp-application-passwords'
			),
		};
	}
	if ( isLocal ) {
		return {
			id: 'https',
			title,
			status: 'note',
			cause: __(
				'This site is not served over HTTPS. WordPress allows application passwords here only because the environment type is “local” (WP_ENVIRONMENT_TYPE), and passwords cross the network unencrypted.',
				'mainwp-application-passwords'
			),
			fix: __(
				'On a live site, serve the site and wp-admin over HTTPS and use https in Settings → General; without it WordPress turns application passwords off.',
				'mainwp-application-passwords'
			),
		};
	}
	return {
		id: 'https',
		title,
		status: 'problem',
		cause: __(
			'This site is not served over HTTPS, so WordPress turns application passwords off (it allows plain http only when the environment type is “local”).',
			'mainwp-application-passwords'
		),
		fix: __(
			'Install a TLS certificate (most hosts offer a free one), then set both addresses in Settings → General to https.',
			'mainwp-application-passwords'
		),
	};
}

function applicationPasswordsRow( {
	readiness,
	owner,
}: ReadinessInput ): ReadinessRow {
	const title = __( 'Application passwords', 'mainwp-application-passwords' );
	const facts = readiness.applicationPasswords;
	if ( ! facts.supported && ! facts.available ) {
		return {
			id: 'application-passwords',
			title,
			status: 'problem',
			cause: __(
				'WordPress turned application passwords off for this site because it is not served over HTTPS.',
				'mainwp-application-passwords'
			),
			fix: __(
				'Serve the site over HTTPS (see the HTTPS check).',
				'mainwp-application-passwords'
			),
		};
	}
	if ( ! facts.available ) {
		return {
			id: 'application-passwords',
			title,
			status: 'problem',
			cause: sprintf(
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
			fix: __(
				'Look for a setting that disables application passwords in your security or hosting plugin, or remove the code that hooks this filter.',
				'mainwp-application-passwords'
			),
		};
	}
	if ( facts.ownerId !== owner.id ) {
		return {
			id: 'application-passwords',
			title,
			status: 'good',
			cause: sprintf(
				/* translators: %s: Username. */
				__(
					'Available on this site. Whether %s may use them shows when their credentials load.',
					'mainwp-application-passwords'
				),
				owner.login
			),
		};
	}
	if ( ! facts.availableForOwner ) {
		return {
			id: 'application-passwords',
			title,
			status: 'problem',
			cause: sprintf(
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
			fix: __(
				'Use another user for API access, or change the plugin setting that limits application passwords to some users or roles.',
				'mainwp-application-passwords'
			),
		};
	}
	return {
		id: 'application-passwords',
		title,
		status: 'good',
		cause: sprintf(
			/* translators: %s: Username. */
			__(
				'Available on this site and for %s.',
				'mainwp-application-passwords'
			),
			owner.login
		),
	};
}

function authorizationRow( { checks }: ReadinessInput ): ReadinessRow {
	const title = __( 'Authorization header', 'mainwp-application-passwords' );
	const found = checks?.authorizationHeader;
	if ( ! checks ) {
		return {
			id: 'authorization-header',
			title,
			status: 'checking',
			cause: __( 'Checking…', 'mainwp-application-passwords' ),
		};
	}
	if ( found === true ) {
		return {
			id: 'authorization-header',
			title,
			status: 'good',
			cause: __(
				'The web server passes the Authorization header to WordPress, so clients can sign in with Basic auth.',
				'mainwp-application-passwords'
			),
		};
	}
	if ( found === false ) {
		return {
			id: 'authorization-header',
			title,
			status: 'problem',
			cause: __(
				'The web server drops the Authorization header before WordPress sees it, so every client is refused, whatever its password.',
				'mainwp-application-passwords'
			),
			fix: __(
				'On Apache (CGI or FastCGI), add “SetEnvIf Authorization (.+) HTTP_AUTHORIZATION=$1” to .htaccess; on nginx with PHP-FPM, add “fastcgi_param HTTP_AUTHORIZATION $http_authorization;” to the site’s PHP location.',
				'mainwp-application-passwords'
			),
		};
	}
	return {
		id: 'authorization-header',
		title,
		status: 'note',
		cause: __(
			'Site Health’s Authorization header test could not run (it needs the “view_site_health_checks” capability).',
			'mainwp-application-passwords'
		),
		fix: __(
			'Run it in Tools → Site Health, or use “Test authentication” after creating a credential.',
			'mainwp-application-passwords'
		),
	};
}

function abilitiesRow( { checks, owner }: ReadinessInput ): ReadinessRow {
	const title = __( 'Abilities API', 'mainwp-application-passwords' );
	const found = checks?.abilities;
	if ( ! checks ) {
		return {
			id: 'abilities',
			title,
			status: 'checking',
			cause: __( 'Checking…', 'mainwp-application-passwords' ),
		};
	}
	if ( found?.present ) {
		return {
			id: 'abilities',
			title,
			status: 'good',
			cause:
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
						),
		};
	}
	if ( found && ! found.present ) {
		return {
			id: 'abilities',
			title,
			status: 'problem',
			cause: __(
				'The Abilities API’s routes (/wp-abilities/v1) are missing, so MCP clients find nothing to call and the curl check answers 404.',
				'mainwp-application-passwords'
			),
			fix: __(
				'WordPress 6.9 and newer has them: look for a plugin that restricts the REST API or removes routes, and allow /wp-abilities/v1.',
				'mainwp-application-passwords'
			),
		};
	}
	return {
		id: 'abilities',
		title,
		status: 'note',
		cause: __(
			'The Abilities API could not be checked.',
			'mainwp-application-passwords'
		),
	};
}

function mcpAdapterRow( { checks }: ReadinessInput ): ReadinessRow {
	const title = __( 'MCP Adapter', 'mainwp-application-passwords' );
	if ( ! checks ) {
		return {
			id: 'mcp-adapter',
			title,
			status: 'checking',
			cause: __( 'Checking…', 'mainwp-application-passwords' ),
		};
	}
	if ( checks.mcpAdapter === true ) {
		return {
			id: 'mcp-adapter',
			title,
			status: 'good',
			cause: __(
				'The MCP Adapter’s server is at /wp-json/mcp/mcp-adapter-default-server: MCP clients such as Claude Desktop can connect.',
				'mainwp-application-passwords'
			),
		};
	}
	return {
		id: 'mcp-adapter',
		title,
		status: 'note',
		cause:
			checks.mcpAdapter === false
				? __(
						'No MCP Adapter route (/wp-json/mcp/mcp-adapter-default-server) on this site. Scripts calling the REST API work without it; MCP clients such as Claude Desktop need it.',
						'mainwp-application-passwords'
					)
				: __(
						'Whether the MCP Adapter is installed could not be checked.',
						'mainwp-application-passwords'
					),
		fix: __(
			'To connect MCP clients, install and activate the MCP Adapter plugin (WordPress/mcp-adapter).',
			'mainwp-application-passwords'
		),
	};
}

function mainwpRow( { mainwpVersion }: ReadinessInput ): ReadinessRow {
	const title = __( 'MainWP Dashboard', 'mainwp-application-passwords' );
	if ( mainwpVersion === null ) {
		return {
			id: 'mainwp',
			title,
			status: 'note',
			cause: __(
				'MainWP Dashboard is not active on this site, so this screen is under Users and MainWP’s own API keys are not available.',
				'mainwp-application-passwords'
			),
		};
	}
	if ( ! isAtLeast( mainwpVersion, MAINWP_MIN_VERSION ) ) {
		return {
			id: 'mainwp',
			title,
			status: 'note',
			cause: sprintf(
				/* translators: %s: MainWP Dashboard version. */
				__(
					'MainWP Dashboard %s is active. Versions before 6.0 have no API Access section, so this screen is under Users.',
					'mainwp-application-passwords'
				),
				mainwpVersion
			),
			fix: __(
				'Update MainWP Dashboard to 6.0 or newer.',
				'mainwp-application-passwords'
			),
		};
	}
	return {
		id: 'mainwp',
		title,
		status: 'good',
		cause: sprintf(
			/* translators: %s: MainWP Dashboard version. */
			__(
				'MainWP Dashboard %s is active; this screen is in its API Access section.',
				'mainwp-application-passwords'
			),
			mainwpVersion
		),
	};
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
		authorizationRow( input ),
		abilitiesRow( input ),
		mcpAdapterRow( input ),
		mainwpRow( input ),
	];
}

/**
 * Short, dismissible advice turned into actions: which credential to use, and how to keep
 * credentials few and safe.
 */

import { Button } from '@wordpress/components';
import { useId, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { close } from '@wordpress/icons';

import { useBoot } from '../../hooks/use-boot';
import { useGuidanceDismissed } from '../../hooks/use-guidance-dismissed';

/** MainWP's API Keys page (its slug RESTAPI), relative to wp-admin. */
const MAINWP_API_KEYS_PAGE = 'admin.php?page=RESTAPI';

interface GuidanceProps {
	/** wp-admin's address with a trailing slash. */
	adminUrl: string;
	/** Whether MainWP Dashboard is active, so its API Keys page exists. */
	mainwpActive: boolean;
	/** Credentials not used in 90 days, or null when the owner has none at all. */
	unusedCount: number | null;
	/** Applies the table's "not used in 90 days" filter. */
	onShowUnused: () => void;
	/** Opens an owner picker, where the screen has one. */
	onChooseOwner?: () => void;
	/** Heading level that fits the page's outline. */
	headingLevel: 'h2' | 'h3';
}

function Comparison( {
	adminUrl,
	mainwpActive,
}: Pick< GuidanceProps, 'adminUrl' | 'mainwpActive' > ) {
	return (
		<div className="mainwp-application-passwords__comparison">
			<table>
				<thead>
					<tr>
						<td />
						<th scope="col">
							{ __(
								'Application password',
								'mainwp-application-passwords'
							) }
						</th>
						<th scope="col">
							{ __(
								'MainWP API key',
								'mainwp-application-passwords'
							) }
						</th>
					</tr>
				</thead>
				<tbody>
					<tr>
						<th scope="row">
							{ __( 'Best for', 'mainwp-application-passwords' ) }
						</th>
						<td>
							{ __(
								'MCP clients and AI agents using abilities, Zapier, scripts calling the WordPress REST API',
								'mainwp-application-passwords'
							) }
						</td>
						<td>
							{ __(
								'Integrations with MainWP’s REST API (/wp-json/mainwp/v2/) that manage your child sites',
								'mainwp-application-passwords'
							) }
						</td>
					</tr>
					<tr>
						<th scope="row">
							{ __(
								'Auth style',
								'mainwp-application-passwords'
							) }
						</th>
						<td>
							{ __(
								'HTTP Basic auth: a WordPress username and the password',
								'mainwp-application-passwords'
							) }
						</td>
						<td>
							{ __(
								'Bearer token',
								'mainwp-application-passwords'
							) }
						</td>
					</tr>
					<tr>
						<th scope="row">
							{ __(
								'Where managed',
								'mainwp-application-passwords'
							) }
						</th>
						<td>
							{ __(
								'This screen (stored by WordPress core, per user)',
								'mainwp-application-passwords'
							) }
						</td>
						<td>
							{ mainwpActive ? (
								<a href={ adminUrl + MAINWP_API_KEYS_PAGE }>
									{ __(
										'MainWP → API Access → API Keys',
										'mainwp-application-passwords'
									) }
								</a>
							) : (
								__(
									'MainWP → API Access → API Keys (MainWP Dashboard is not active here)',
									'mainwp-application-passwords'
								)
							) }
						</td>
					</tr>
				</tbody>
			</table>
		</div>
	);
}

/**
 * Shows the guidance until this user dismisses it.
 *
 * @param props               Component props.
 * @param props.adminUrl      wp-admin's address.
 * @param props.mainwpActive  Whether MainWP Dashboard is active.
 * @param props.unusedCount   Credentials not used in 90 days, or null when there are none at all.
 * @param props.onShowUnused  Applies the table's "not used in 90 days" filter.
 * @param props.onChooseOwner Opens an owner picker, where there is one.
 * @param props.headingLevel  Heading element.
 */
export function Guidance( {
	adminUrl,
	mainwpActive,
	unusedCount,
	onShowUnused,
	onChooseOwner,
	headingLevel: Heading,
}: GuidanceProps ) {
	const [ dismissed, dismiss ] = useGuidanceDismissed();
	const { idleDays } = useBoot();
	const [ comparing, setComparing ] = useState( false );
	const id = useId();
	if ( dismissed ) {
		return null;
	}

	return (
		<section
			className="mainwp-application-passwords__guidance"
			aria-labelledby={ `${ id }-heading` }
		>
			<div className="mainwp-application-passwords__guidance-header">
				<Heading
					id={ `${ id }-heading` }
					className="mainwp-application-passwords__guidance-title"
				>
					{ __( 'Good practice', 'mainwp-application-passwords' ) }
				</Heading>
				<Button
					size="small"
					icon={ close }
					label={ __(
						'Dismiss good practice',
						'mainwp-application-passwords'
					) }
					onClick={ dismiss }
				/>
			</div>
			<ul>
				<li>
					{ __(
						'One credential per tool, named after it: the create form warns when a name is already in use.',
						'mainwp-application-passwords'
					) }
				</li>
				{ unusedCount !== null && (
					<li>
						{ __(
							'Revoke the ones no tool uses any more.',
							'mainwp-application-passwords'
						) }{ ' ' }
						{ unusedCount > 0 ? (
							<Button variant="link" onClick={ onShowUnused }>
								{ sprintf(
									/* translators: 1: Number of credentials, 2: Number of days. */
									_n(
										'Show the %1$d credential not used in %2$d days',
										'Show the %1$d credentials not used in %2$d days',
										unusedCount,
										'mainwp-application-passwords'
									),
									unusedCount,
									idleDays
								) }
							</Button>
						) : (
							sprintf(
								/* translators: %d: Number of days. */
								__(
									'All of them were used or created in the last %d days.',
									'mainwp-application-passwords'
								),
								idleDays
							)
						) }
					</li>
				) }
				<li>
					{ __(
						'Give tools a dedicated API user with only the rights they need, not your own account.',
						'mainwp-application-passwords'
					) }{ ' ' }
					<a href={ adminUrl + 'user-new.php' }>
						{ __(
							'Create a user',
							'mainwp-application-passwords'
						) }
					</a>
					{ onChooseOwner && (
						<>
							{ ' ' }
							<Button variant="link" onClick={ onChooseOwner }>
								{ __(
									'Choose the owner',
									'mainwp-application-passwords'
								) }
							</Button>
						</>
					) }
				</li>
			</ul>
			<Button
				variant="link"
				aria-expanded={ comparing }
				aria-controls={ `${ id }-comparison` }
				onClick={ () => setComparing( ! comparing ) }
			>
				{ __(
					'Application password or API key?',
					'mainwp-application-passwords'
				) }
			</Button>
			<div id={ `${ id }-comparison` } hidden={ ! comparing }>
				<Comparison
					adminUrl={ adminUrl }
					mainwpActive={ mainwpActive }
				/>
			</div>
		</section>
	);
}

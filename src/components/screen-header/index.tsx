/**
 * The screen's title, with the owner-wide actions beside it, and what the screen is for.
 */

import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

interface ScreenHeaderProps {
	/** The title's element: under MainWP the page title is MainWP's own h1 ("API Access"). */
	heading: 'h1' | 'h2';
	/** Opens the revoke-all dialog; null where it is not offered. */
	onRevokeAll: ( () => void ) | null;
	/** Opens the create dialog; null where it is not offered. */
	onCreate: ( () => void ) | null;
}

/**
 * Shows "Application Passwords", where offered Revoke all… and Create, and the introduction.
 *
 * @param props             Component props.
 * @param props.heading     The title's element.
 * @param props.onRevokeAll Opens the revoke-all dialog.
 * @param props.onCreate    Opens the create dialog.
 */
export function ScreenHeader( {
	heading: Heading,
	onRevokeAll,
	onCreate,
}: ScreenHeaderProps ) {
	return (
		<>
			<div className="mainwp-application-passwords__header">
				<Heading className="mainwp-application-passwords__title">
					{ __(
						'Application Passwords',
						'mainwp-application-passwords'
					) }
				</Heading>
				{ ( onRevokeAll || onCreate ) && (
					<div className="mainwp-application-passwords__header-actions">
						{ onRevokeAll && (
							<Button
								variant="secondary"
								isDestructive
								onClick={ onRevokeAll }
							>
								{ __(
									'Revoke all…',
									'mainwp-application-passwords'
								) }
							</Button>
						) }
						{ onCreate && (
							<Button variant="primary" onClick={ onCreate }>
								{ __(
									'Create application password',
									'mainwp-application-passwords'
								) }
							</Button>
						) }
					</div>
				) }
			</div>
			<p className="mainwp-application-passwords__intro">
				{ __(
					'Application passwords let tools such as MCP clients, Zapier or your own scripts sign in to this site with HTTP Basic auth. Give each tool its own, and revoke it when the tool no longer needs it.',
					'mainwp-application-passwords'
				) }
			</p>
		</>
	);
}

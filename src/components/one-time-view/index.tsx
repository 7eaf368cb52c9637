/**
 * The one and only view of a new password, with what is needed to use and test it.
 */

import { Button, Notice } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import {
	testCredential,
	type CredentialTestResult,
	type PolicyRefusal,
} from '../../api/credential-test';
import type { Access } from '../../api/policy';
import {
	checkAgain,
	authorizationHeaderDroppedText,
	authorizationHeaderFixText,
} from '../../readiness';
import { isolate } from '../../utils/bidi';
import { formatSiteDateTime } from '../../utils/dates';
import { groupInFours } from '../../utils/password';
import { ConnectionSnippets } from '../connection-snippets';
import { CopyButton } from '../copy-button';

interface OneTimeViewProps {
	/** Login of the credential's owner. */
	username: string;
	/** The new password; it lives only as long as this view. */
	password: string;
	/** The credential's name. */
	name: string;
	/** Site address people know, e.g. https://example.com/. */
	siteUrl: string;
	/** REST API root with a trailing slash. */
	restUrl: string;
	/** The credential's access, mentioned where it matters. */
	access?: Access;
	/** What the view says above the password, instead of the usual warning. */
	intro?: string;
	onDone: () => void;
}

function CredentialRow( {
	label,
	value,
	copyLabel,
	code = false,
}: {
	label: string;
	value: string;
	copyLabel: string;
	code?: boolean;
} ) {
	const ref = useRef< HTMLElement >( null );
	const Tag = code ? 'code' : 'span';
	return (
		<div className="mainwp-application-passwords__credential-row">
			<dt>{ label }</dt>
			<dd>
				<Tag
					ref={ ref as never }
					className="mainwp-application-passwords__credential-value"
					aria-label={ label }
				>
					{ value }
				</Tag>
				<CopyButton
					text={ value }
					label={ copyLabel }
					targetRef={ ref }
				/>
			</dd>
		</div>
	);
}

/**
 * A notice for the test's result that leaves speaking to the live region around it: a Notice
 * also speaks through @wordpress/a11y, and a screen reader would hear the result twice.
 *
 * @param props          Component props.
 * @param props.status   Notice colour.
 * @param props.children Message.
 */
function ResultNotice( {
	status,
	children,
}: {
	status: 'success' | 'error';
	children: string;
} ) {
	return (
		<Notice
			status={ status }
			isDismissible={ false }
			spokenMessage={ null }
		>
			{ children }
		</Notice>
	);
}

/**
 * Explains a refusal by the credential's own policy in words.
 *
 * @param refusal What the server said.
 */
export function policyRefusalText( refusal: PolicyRefusal ): string {
	switch ( refusal.reason ) {
		case 'expired':
			return refusal.date
				? sprintf(
						/* translators: %s: Date and time. */
						__(
							'The site refused this credential: it expired on %s. Edit its expiration, or create a new one.',
							'mainwp-application-passwords'
						),
						formatSiteDateTime( refusal.date )
					)
				: sprintf(
						/* translators: %s: Server's error message. */
						__(
							'The site refused this credential: it has expired (%s). Edit its expiration, or create a new one.',
							'mainwp-application-passwords'
						),
						refusal.message
					);
		case 'ip-not-allowed':
			return refusal.ip
				? sprintf(
						/* translators: %s: IP address. */
						__(
							'The site refused this credential: it is not allowed from this address (%s). The test runs from your browser; add this address to its allowed IPs, or test from an allowed one.',
							'mainwp-application-passwords'
						),
						refusal.ip
					)
				: __(
						'The site refused this credential: it is not allowed from this address. The test runs from your browser; add your address to its allowed IPs, or test from an allowed one.',
						'mainwp-application-passwords'
					);
		case 'read-only':
			return __(
				'The site refused this request: the credential is read only, so it may read but not create, change or delete anything.',
				'mainwp-application-passwords'
			);
		case 'rotated-out':
			return sprintf(
				/* translators: %s: Server's error message. */
				__(
					'The site refused this credential: it was rolled and its replacement has taken over (%s).',
					'mainwp-application-passwords'
				),
				refusal.message
			);
	}
}

function TestResult( {
	result,
	access,
}: {
	result: CredentialTestResult;
	access: Access;
} ) {
	switch ( result.outcome ) {
		case 'policy':
			return (
				<ResultNotice status="error">
					{ policyRefusalText( result ) }
				</ResultNotice>
			);
		case 'success':
			return (
				<ResultNotice status="success">
					{ ( result.abilityCount === null
						? sprintf(
								/* translators: %s: User display name. */
								__(
									'It works: the site authenticated %s. (This site has no Abilities API.)',
									'mainwp-application-passwords'
								),
								result.userName
							)
						: sprintf(
								/* translators: 1: User display name, 2: Number of abilities. */
								_n(
									'It works: the site authenticated %1$s, who can see %2$d ability.',
									'It works: the site authenticated %1$s, who can see %2$d abilities.',
									result.abilityCount,
									'mainwp-application-passwords'
								),
								result.userName,
								result.abilityCount
							) ) +
						( access === 'read'
							? ' ' +
								__(
									'It is read only: it may read, and the site refuses anything that creates, changes or deletes.',
									'mainwp-application-passwords'
								)
							: '' ) }
				</ResultNotice>
			);
		case 'rejected':
			return (
				<ResultNotice status="error">
					{ sprintf(
						/* translators: %s: Server's error message. */
						__(
							'The site refused this credential: %s It may have been revoked already; create a new one.',
							'mainwp-application-passwords'
						),
						result.message
					) }
				</ResultNotice>
			);
		case 'unavailable':
			return (
				<ResultNotice status="error">
					{ __(
						'Application passwords are turned off for this whole site, so it ignores this credential and every other. They need HTTPS (or a local environment), and no plugin or host setting may turn them off.',
						'mainwp-application-passwords'
					) }
				</ResultNotice>
			);
		case 'unavailable-for-user':
			return (
				<ResultNotice status="error">
					{ sprintf(
						/* translators: %s: Server's error message. */
						__(
							'Application passwords are turned off for this credential’s user: %s A new credential would not work either: a plugin or host setting turned them off for this user.',
							'mainwp-application-passwords'
						),
						result.message
					) }
				</ResultNotice>
			);
		case 'header-stripped':
			return (
				<ResultNotice status="error">
					{ `${ authorizationHeaderDroppedText() } ${ authorizationHeaderFixText() }` }
				</ResultNotice>
			);
		case 'failed':
			return (
				<ResultNotice status="error">
					{ sprintf(
						/* translators: %s: Error message. */
						__(
							'The test could not finish: %s',
							'mainwp-application-passwords'
						),
						result.message
					) }
				</ResultNotice>
			);
	}
}

/**
 * Shows username, password (in groups of four), site address and connection snippets, each
 * with a truthful Copy button, and tests the credential from the browser.
 *
 * @param props          Component props.
 * @param props.username Owner's login.
 * @param props.password New password.
 * @param props.name     Credential name.
 * @param props.siteUrl  Site address.
 * @param props.restUrl  REST API root.
 * @param props.access   The credential's access.
 * @param props.intro    What to say instead of the usual warning.
 * @param props.onDone   Closes the view.
 */
export function OneTimeView( {
	username,
	password,
	name,
	siteUrl,
	restUrl,
	access = 'full',
	intro,
	onDone,
}: OneTimeViewProps ) {
	const [ testing, setTesting ] = useState( false );
	const [ result, setResult ] = useState< CredentialTestResult | null >(
		null
	);
	const resultRef = useRef< HTMLDivElement >( null );
	const grouped = groupInFours( password );

	useEffect( () => {
		// The result lands below the fold of a scrolled dialog; bring it above the Done bar.
		if ( result ) {
			resultRef.current?.scrollIntoView( { block: 'nearest' } );
		}
	}, [ result ] );

	const runTest = async () => {
		setTesting( true );
		setResult( null );
		const tested = await testCredential( { restUrl, username, password } );
		setResult( tested );
		setTesting( false );
		// What the server answered then may have changed: the readiness checks run again.
		if ( tested.outcome !== 'success' ) {
			checkAgain();
		}
	};

	return (
		<div className="mainwp-application-passwords__one-time">
			<Notice status="warning" isDismissible={ false }>
				{ intro ??
					sprintf(
						/* translators: %s: Application password name. */
						__(
							'Copy the password for “%s” now. It is shown only once: when you close this window it is gone, and WordPress cannot show it again.',
							'mainwp-application-passwords'
						),
						isolate( name )
					) }
			</Notice>
			<dl className="mainwp-application-passwords__credential">
				<CredentialRow
					label={ __( 'Username', 'mainwp-application-passwords' ) }
					value={ username }
					copyLabel={ __(
						'username',
						'mainwp-application-passwords'
					) }
				/>
				<CredentialRow
					label={ __(
						'Application password',
						'mainwp-application-passwords'
					) }
					value={ grouped }
					copyLabel={ __(
						'password',
						'mainwp-application-passwords'
					) }
					code
				/>
				<CredentialRow
					label={ __(
						'Site address',
						'mainwp-application-passwords'
					) }
					value={ siteUrl }
					copyLabel={ __(
						'site address',
						'mainwp-application-passwords'
					) }
				/>
			</dl>
			<ConnectionSnippets
				restUrl={ restUrl }
				username={ username }
				password={ password }
				access={ access }
			/>
			<div className="mainwp-application-passwords__test">
				<Button
					variant="secondary"
					onClick={ runTest }
					isBusy={ testing }
					disabled={ testing }
					accessibleWhenDisabled
				>
					{ __(
						'Test authentication',
						'mainwp-application-passwords'
					) }
				</Button>
				<div
					ref={ resultRef }
					className="mainwp-application-passwords__test-result"
					role="status"
				>
					{ result && (
						<TestResult result={ result } access={ access } />
					) }
				</div>
			</div>
			<div className="mainwp-application-passwords__dialog-actions">
				<Button variant="primary" onClick={ onDone }>
					{ __( 'Done', 'mainwp-application-passwords' ) }
				</Button>
			</div>
		</div>
	);
}

/**
 * Will credentials work on this site? One line when they will; every check, with causes and
 * fixes, when something is wrong.
 */

import { Button, Icon } from '@wordpress/components';
import { useCallback, useId, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { caution, check, info } from '@wordpress/icons';

import { formatSiteDateTime } from '../../../utils/dates';
import {
	checkAgain,
	useClientChecksState,
} from '../../hooks/use-client-checks';
import { readinessRows, type ReadinessInput } from '../../rows';
import type { ReadinessBoot, ReadinessRow, RowStatus } from '../../types';
import { TurnOnSignIn } from '../turn-on-sign-in';

interface ReadinessPanelProps {
	/** The user whose credentials the screen manages. */
	owner: ReadinessInput[ 'owner' ];
	/** Server-side facts from the boot data. */
	readiness: ReadinessBoot;
	/** Whether the REST checks may run: true once the table's data has arrived (or failed). */
	checksEnabled: boolean;
	/** Heading level that fits the page's outline. */
	headingLevel: 'h2' | 'h3';
}

const STATUS_LABELS: Record< RowStatus, string > = {
	good: __( 'OK', 'mainwp-application-passwords' ),
	note: __( 'Note', 'mainwp-application-passwords' ),
	problem: __( 'Problem', 'mainwp-application-passwords' ),
	checking: __( 'Checking', 'mainwp-application-passwords' ),
};

const STATUS_ICONS: Record< RowStatus, typeof check > = {
	good: check,
	note: info,
	problem: caution,
	checking: info,
};

/**
 * The boot facts with core's sign-in switch on, as they stand after the panel turned it on.
 *
 * @param readiness Boot facts.
 */
function withSignInOn( readiness: ReadinessBoot ): ReadinessBoot {
	return {
		...readiness,
		applicationPasswords: {
			...readiness.applicationPasswords,
			inUse: true,
		},
	};
}

function summary( rows: ReadinessRow[] ): string {
	const problems = rows.filter( ( row ) => row.status === 'problem' ).length;
	if ( problems > 0 ) {
		return sprintf(
			/* translators: %d: Number of problems. */
			_n(
				'%d problem can stop credentials from working on this site.',
				'%d problems can stop credentials from working on this site.',
				problems,
				'mainwp-application-passwords'
			),
			problems
		);
	}
	if ( rows.some( ( row ) => row.status === 'checking' ) ) {
		return __(
			'Checking whether credentials will work on this site…',
			'mainwp-application-passwords'
		);
	}
	const notes = rows.filter( ( row ) => row.status === 'note' ).length;
	return notes > 0
		? sprintf(
				/* translators: %d: Number of notes. */
				_n(
					'Credentials will work on this site (%d note).',
					'Credentials will work on this site (%d notes).',
					notes,
					'mainwp-application-passwords'
				),
				notes
			)
		: __(
				'Credentials will work on this site.',
				'mainwp-application-passwords'
			);
}

/**
 * Shows the readiness checks: collapsed to a summary when nothing stops credentials from
 * working, open when something does (until the person closes it).
 *
 * @param props               Component props.
 * @param props.owner         The screen's owner.
 * @param props.readiness     Server-side facts.
 * @param props.checksEnabled Whether the REST checks may run.
 * @param props.headingLevel  Heading element.
 */
export function ReadinessPanel( {
	owner,
	readiness,
	checksEnabled,
	headingLevel: Heading,
}: ReadinessPanelProps ) {
	const { checks, checkedAt, running } =
		useClientChecksState( checksEnabled );
	const [ chosen, setChosen ] = useState< boolean | null >( null );
	const [ signInTurnedOn, setSignInTurnedOn ] = useState( false );
	// The fixed row takes the focus from its button, which leaves with the problem.
	const focusFixedRow = useCallback(
		( node: HTMLLIElement | null ) => node?.focus(),
		[]
	);
	const id = useId();
	const rows = readinessRows( {
		readiness: signInTurnedOn ? withSignInOn( readiness ) : readiness,
		owner,
		browserIsHttps: window.location.protocol === 'https:',
		checks,
	} );
	const hasProblem = rows.some( ( row ) => row.status === 'problem' );
	// Open by itself when something is wrong, until the person decides.
	const expanded = chosen ?? hasProblem;

	return (
		<section
			className={ `mainwp-application-passwords__readiness${
				hasProblem ? ' has-problem' : ''
			}` }
			aria-labelledby={ `${ id }-heading` }
		>
			<div className="mainwp-application-passwords__readiness-summary">
				<Icon icon={ hasProblem ? caution : check } size={ 20 } />
				<Heading
					id={ `${ id }-heading` }
					className="mainwp-application-passwords__readiness-title"
				>
					{ __( 'Readiness', 'mainwp-application-passwords' ) }
				</Heading>
				<p role="status">{ summary( rows ) }</p>
				<Button
					variant="link"
					aria-expanded={ expanded }
					aria-controls={ `${ id }-rows` }
					onClick={ () => setChosen( ! expanded ) }
				>
					{ expanded
						? __( 'Hide checks', 'mainwp-application-passwords' )
						: __( 'Show checks', 'mainwp-application-passwords' ) }
				</Button>
			</div>
			<ul
				id={ `${ id }-rows` }
				className="mainwp-application-passwords__readiness-rows"
				hidden={ ! expanded }
			>
				{ rows.map( ( row ) => {
					const fixed = row.id === 'sign-in' && signInTurnedOn;
					return (
						<li
							key={ row.id }
							className={ `is-${ row.status }` }
							aria-label={ row.title }
							tabIndex={ fixed ? -1 : undefined }
							ref={ fixed ? focusFixedRow : undefined }
						>
							<Icon
								icon={ STATUS_ICONS[ row.status ] }
								size={ 20 }
							/>
							<div>
								<strong>{ row.title }</strong>{ ' ' }
								<span className="mainwp-application-passwords__readiness-status">
									{ STATUS_LABELS[ row.status ] }
								</span>
								<p>{ row.cause }</p>
								{ row.fix && (
									<p className="mainwp-application-passwords__readiness-fix">
										{ sprintf(
											/* translators: %s: How to fix it. */
											__(
												'Fix: %s',
												'mainwp-application-passwords'
											),
											row.fix
										) }
									</p>
								) }
								{ row.action === 'turn-on-sign-in' && (
									<TurnOnSignIn
										onTurnedOn={ () => {
											// Stays open, so the person sees the row turn good.
											setChosen( true );
											setSignInTurnedOn( true );
										} }
									/>
								) }
							</div>
						</li>
					);
				} ) }
				{ checkedAt && ! running && (
					<li className="mainwp-application-passwords__readiness-again">
						<p>
							{ sprintf(
								/* translators: %s: Date and time of the last check. */
								__(
									'Server checks last made %s.',
									'mainwp-application-passwords'
								),
								formatSiteDateTime( checkedAt )
							) }
						</p>
						<Button variant="secondary" onClick={ checkAgain }>
							{ __(
								'Check again',
								'mainwp-application-passwords'
							) }
						</Button>
					</li>
				) }
			</ul>
		</section>
	);
}

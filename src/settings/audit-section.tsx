/**
 * The "Audit" settings: how long events and usage are kept, and which alerts the site sends.
 */

import type { FormEvent } from 'react';

import {
	Button,
	Notice,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { AuditAlerts, AuditSettings } from '../api/audit';
import { useServerAction } from '../hooks/use-server-action';
import { store } from '../store';

/** The retention limits the server accepts, in days. */
const MIN_DAYS = 1;
const MAX_DAYS = 3650;

/** What the form holds: days as typed, so that a half-typed number is not lost. */
interface Draft {
	eventsDays: string;
	usageDays: string;
	alerts: AuditAlerts;
}

const toDraft = ( settings: AuditSettings ): Draft => ( {
	eventsDays: String( settings.eventsDays ),
	usageDays: String( settings.usageDays ),
	alerts: settings.alerts,
} );

/**
 * Returns the days typed as a whole number in range, or null.
 *
 * @param value What was typed.
 */
function readDays( value: string ): number | null {
	const days = Number( value.trim() );
	return value.trim() !== '' &&
		Number.isInteger( days ) &&
		days >= MIN_DAYS &&
		days <= MAX_DAYS
		? days
		: null;
}

/**
 * Edits and saves the audit settings; shows the server's message when it refuses.
 *
 * @param props              Component props.
 * @param props.headingLevel Heading level of the section's title.
 */
export function AuditSection( {
	headingLevel: Heading,
}: {
	headingLevel: 'h3' | 'h4';
} ) {
	const settings = useSelect(
		( select ) => select( store ).getAuditSettings(),
		[]
	);
	const { saveAudit } = useDispatch( store );
	const { busy, error, run } = useServerAction();
	const [ draft, setDraft ] = useState< Draft | null >( null );
	if ( ! settings ) {
		return null;
	}
	const shown = draft ?? toDraft( settings );
	const eventsDays = readDays( shown.eventsDays );
	const usageDays = readDays( shown.usageDays );
	const invalid = eventsDays === null || usageDays === null;
	const change = ( fields: Partial< Draft > ) =>
		setDraft( { ...shown, ...fields } );
	const alert = ( key: keyof AuditAlerts, value: boolean ) =>
		change( { alerts: { ...shown.alerts, [ key ]: value } } );

	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		if ( invalid ) {
			return;
		}
		if (
			await run( () =>
				saveAudit( { eventsDays, usageDays, alerts: shown.alerts } )
			)
		) {
			setDraft( null );
		}
	};

	const daysHelp = __(
		'From 1 to 3650 days. Older rows are deleted by a daily task.',
		'mainwp-application-passwords'
	);
	return (
		<form
			className="mainwp-application-passwords__settings-section"
			onSubmit={ submit }
			aria-labelledby="mainwp-application-passwords-audit-title"
		>
			<Heading id="mainwp-application-passwords-audit-title">
				{ __( 'Audit', 'mainwp-application-passwords' ) }
			</Heading>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<div className="mainwp-application-passwords__settings-days">
				<TextControl
					__next40pxDefaultSize
					type="number"
					min={ MIN_DAYS }
					max={ MAX_DAYS }
					label={ __(
						'Keep events for (days)',
						'mainwp-application-passwords'
					) }
					help={ daysHelp }
					value={ shown.eventsDays }
					onChange={ ( value ) => change( { eventsDays: value } ) }
					required
				/>
				<TextControl
					__next40pxDefaultSize
					type="number"
					min={ MIN_DAYS }
					max={ MAX_DAYS }
					label={ __(
						'Keep usage counts for (days)',
						'mainwp-application-passwords'
					) }
					help={ daysHelp }
					value={ shown.usageDays }
					onChange={ ( value ) => change( { usageDays: value } ) }
					required
				/>
			</div>
			{ invalid && (
				<p
					className="mainwp-application-passwords__settings-error"
					role="alert"
				>
					{ __(
						'Enter a whole number of days from 1 to 3650 in each field.',
						'mainwp-application-passwords'
					) }
				</p>
			) }
			<fieldset>
				<legend>
					{ __(
						'Email alerts the site sends (each user can turn theirs off on their profile)',
						'mainwp-application-passwords'
					) }
				</legend>
				<ToggleControl
					label={ __(
						'A new application password is created for an account',
						'mainwp-application-passwords'
					) }
					checked={ shown.alerts.newCredential }
					onChange={ ( value ) => alert( 'newCredential', value ) }
				/>
				<ToggleControl
					label={ __(
						'An application password is used from an address it never used before',
						'mainwp-application-passwords'
					) }
					checked={ shown.alerts.newAddress }
					onChange={ ( value ) => alert( 'newAddress', value ) }
				/>
				<ToggleControl
					label={ __(
						'Repeated failed sign-ins for a username',
						'mainwp-application-passwords'
					) }
					checked={ shown.alerts.failedSignIns }
					onChange={ ( value ) => alert( 'failedSignIns', value ) }
				/>
			</fieldset>
			<div>
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || invalid || draft === null }
					accessibleWhenDisabled
				>
					{ __(
						'Save audit settings',
						'mainwp-application-passwords'
					) }
				</Button>
			</div>
		</form>
	);
}

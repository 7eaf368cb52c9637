/**
 * The policy part of the create and edit dialogs: Expiration, Access and Allowed IPs.
 */

import {
	Button,
	RadioControl,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { Access, CredentialPolicy, SitePolicy } from '../../api/policy';
import { formatSiteDateTime } from '../../utils/dates';
import {
	expiryChoices,
	expiryValue,
	parseAddressList,
	toDateInput,
	withAddress,
	type ExpiryChoice,
	type ExpiryInput,
} from '../../utils/policy';

/** What the policy fields hold while the user types. */
export interface PolicyInput {
	expiry: ExpiryInput;
	access: Access;
	/** The allowed addresses as typed, one per line. */
	addresses: string;
}

/**
 * Turns what was typed into the policy to send, or null when the date is missing.
 *
 * @param input What the fields hold.
 * @param now   The present.
 */
export function toCredentialPolicy(
	input: PolicyInput,
	now: Date
): CredentialPolicy | null {
	const expires = expiryValue( input.expiry, now );
	if ( expires === undefined ) {
		return null;
	}
	return {
		expires,
		access: input.access,
		allowedIps: parseAddressList( input.addresses ),
	};
}

function choiceLabel( choice: ExpiryChoice ): string {
	switch ( choice ) {
		case '30':
			return __( '30 days', 'mainwp-application-passwords' );
		case '90':
			return __( '90 days', 'mainwp-application-passwords' );
		case '365':
			return __( '1 year', 'mainwp-application-passwords' );
		case 'never':
			return __( 'Never', 'mainwp-application-passwords' );
		case 'date':
			return __( 'On a date…', 'mainwp-application-passwords' );
	}
}

interface PolicyFieldsProps {
	value: PolicyInput;
	onChange: ( value: PolicyInput ) => void;
	/** The site policy: which lifetimes are allowed. */
	site: SitePolicy | null;
	/** The address the credential was last used from, offered as an entry (edit only). */
	lastIp?: string | null;
}

/**
 * Expiration (presets within the site's maximum, or a date), Access (Full / Read only, each
 * explained) and Allowed IPs (one per line, with the last-used address one click away).
 *
 * @param props          Component props.
 * @param props.value    What the fields hold.
 * @param props.onChange Changes it.
 * @param props.site     The site policy.
 * @param props.lastIp   The credential's last address, if any.
 */
export function PolicyFields( {
	value,
	onChange,
	site,
	lastIp = null,
}: PolicyFieldsProps ) {
	const now = new Date();
	const choices = expiryChoices( site );
	const expires = expiryValue( value.expiry, now );
	const maxDate =
		site?.maxLifetimeDays !== null && site?.maxLifetimeDays !== undefined
			? toDateInput(
					new Date(
						now.getTime() +
							site.maxLifetimeDays * 24 * 60 * 60 * 1000
					)
				)
			: undefined;
	const addresses = parseAddressList( value.addresses );
	let expiryHelp: string;
	if ( expires === null ) {
		expiryHelp = __(
			'It works until it is revoked.',
			'mainwp-application-passwords'
		);
	} else if ( expires === undefined ) {
		expiryHelp = __(
			'Choose the last day it works.',
			'mainwp-application-passwords'
		);
	} else {
		expiryHelp = sprintf(
			/* translators: %s: Date and time. */
			__( 'It stops working on %s.', 'mainwp-application-passwords' ),
			formatSiteDateTime( expires )
		);
	}

	return (
		<fieldset className="mainwp-application-passwords__policy">
			<legend className="mainwp-application-passwords__policy-legend">
				{ __( 'Policy', 'mainwp-application-passwords' ) }
			</legend>
			<div className="mainwp-application-passwords__expiry">
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Expiration', 'mainwp-application-passwords' ) }
					value={ value.expiry.choice }
					options={ [
						// A date set earlier stays visible even if it is no preset.
						...( choices.includes( value.expiry.choice )
							? choices
							: [ value.expiry.choice, ...choices ] ),
					].map( ( choice ) => ( {
						value: choice,
						label: choiceLabel( choice ),
					} ) ) }
					onChange={ ( choice ) =>
						onChange( {
							...value,
							expiry: {
								choice: choice as ExpiryChoice,
								date: value.expiry.date || ( maxDate ?? '' ),
							},
						} )
					}
					help={
						value.expiry.choice === 'date' ? undefined : expiryHelp
					}
				/>
				{ value.expiry.choice === 'date' && (
					<TextControl
						__next40pxDefaultSize
						type="date"
						label={ __(
							'Last day it works',
							'mainwp-application-passwords'
						) }
						value={ value.expiry.date }
						min={ toDateInput( now ) }
						max={ maxDate }
						onChange={ ( date ) =>
							onChange( {
								...value,
								expiry: { choice: 'date', date },
							} )
						}
						help={ expiryHelp }
						required
					/>
				) }
			</div>
			<RadioControl
				label={ __( 'Access', 'mainwp-application-passwords' ) }
				selected={ value.access }
				options={ [
					{
						value: 'full',
						label: __( 'Full', 'mainwp-application-passwords' ),
						description: __(
							'Can do everything its owner can: read, create, change and delete, through the REST API and XML-RPC.',
							'mainwp-application-passwords'
						),
					},
					{
						value: 'read',
						label: __(
							'Read only',
							'mainwp-application-passwords'
						),
						description: __(
							'Can only read: GET requests and read-only abilities. Anything that creates, changes or deletes is refused, and XML-RPC is closed to it.',
							'mainwp-application-passwords'
						),
					},
				] }
				onChange={ ( access ) =>
					onChange( { ...value, access: access as Access } )
				}
			/>
			<TextareaControl
				label={ __(
					'Allowed IP addresses',
					'mainwp-application-passwords'
				) }
				help={
					addresses.length
						? sprintf(
								/* translators: %d: Number of addresses or ranges. */
								_n(
									'Only requests from this %d address or range are accepted. One per line: an address (203.0.113.7) or a range (10.0.0.0/8, 2001:db8::/32).',
									'Only requests from these %d addresses or ranges are accepted. One per line: an address (203.0.113.7) or a range (10.0.0.0/8, 2001:db8::/32).',
									addresses.length,
									'mainwp-application-passwords'
								),
								addresses.length
							)
						: __(
								'Empty: accepted from anywhere. One per line: an address (203.0.113.7) or a range (10.0.0.0/8, 2001:db8::/32).',
								'mainwp-application-passwords'
							)
				}
				value={ value.addresses }
				onChange={ ( addressesText ) =>
					onChange( { ...value, addresses: addressesText } )
				}
				rows={ 3 }
				spellCheck={ false }
				autoComplete="off"
			/>
			{ lastIp && ! addresses.includes( lastIp ) && (
				<Button
					variant="secondary"
					size="small"
					onClick={ () =>
						onChange( {
							...value,
							addresses: withAddress( value.addresses, lastIp ),
						} )
					}
				>
					{ sprintf(
						/* translators: %s: IP address. */
						__(
							'Add the address it was last used from: %s',
							'mainwp-application-passwords'
						),
						lastIp
					) }
				</Button>
			) }
		</fieldset>
	);
}

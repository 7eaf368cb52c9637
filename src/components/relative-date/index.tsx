/**
 * A date shown relative ("3 days ago"), with the exact time on hover or focus.
 */

import { Tooltip } from '@wordpress/components';

import {
	formatRelative,
	formatSiteDateTime,
	parseUtc,
} from '../../utils/dates';

interface RelativeDateProps {
	/** UTC date from core, without a zone marker. */
	value: string;
}

/**
 * Shows how long ago a date was; the exact site-time date is its tooltip and accessible name.
 *
 * @param props       Component props.
 * @param props.value UTC date from core.
 */
export function RelativeDate( { value }: RelativeDateProps ) {
	const exact = formatSiteDateTime( value );
	return (
		<Tooltip text={ exact }>
			<time
				dateTime={ parseUtc( value )?.toISOString() ?? value }
				tabIndex={ 0 }
				className="mainwp-application-passwords__relative-date"
			>
				{ formatRelative( value ) }
			</time>
		</Tooltip>
	);
}

<?php
/**
 * The first rows of the page, drawn by PHP before the app's scripts load.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the first page of one owner's credentials as the table the app draws (the same
 * markup and classes as DataViews' table layout, so the styles in the head already fit it),
 * from the same REST answer the app is given, sorted, paged and showing the columns the user
 * chose. The app then mounts into the same element and replaces it.
 *
 * Only the plain list of one owner is drawn: no search or filter comes from a URL, and the
 * all-users overview and the Activity view are left to the app.
 */
final class First_Rows {

	/**
	 * Preferences scope and key of the one-owner table (src/hooks/use-view.ts).
	 */
	private const PREFERENCES_SCOPE = 'mainwp-application-passwords';
	private const PREFERENCES_KEY   = 'view';

	/**
	 * Columns a user may show (src/utils/view.ts COLUMNS, minus `owner`, which this table lacks).
	 */
	private const COLUMNS = array( 'created', 'lastUsed', 'lastIp', 'appId', 'expires', 'access', 'allowedIps' );

	/**
	 * Columns a user may sort by, as the app allows.
	 */
	private const SORTABLE = array( 'name', 'created', 'lastUsed', 'expires' );

	/**
	 * Page sizes the app offers.
	 */
	private const PAGE_SIZES = array( 10, 20, 50, 100 );

	/**
	 * The view the table starts with (src/utils/view.ts DEFAULT_VIEW).
	 */
	private const DEFAULT_VIEW = array(
		'fields'  => array( 'created', 'lastUsed', 'expires', 'access' ),
		'sort'    => array(
			'field'     => 'created',
			'direction' => 'desc',
		),
		'perPage' => 20,
	);

	/**
	 * Version of the remembered view and the columns each version added
	 * (src/utils/view.ts VIEW_VERSION, ADDED_IN_VERSION): a view remembered before sees them.
	 */
	private const VIEW_VERSION = 2;

	/**
	 * Columns each version of the remembered view added.
	 */
	private const ADDED_IN_VERSION = array( 2 => array( 'expires', 'access' ) );

	/**
	 * Days left below which an expiry is marked as soon (src/utils/policy.ts EXPIRING_SOON_DAYS).
	 */
	private const EXPIRING_SOON_DAYS = 7;

	/**
	 * Class of the drawn rows' element, which the app removes when it takes over
	 * (src/hooks/use-take-over.ts).
	 */
	public const CLASS_NAME = 'mainwp-application-passwords__first-rows';

	/**
	 * Returns the view the user's table opens with: their remembered columns, sort and page
	 * size where valid, the defaults otherwise (as src/utils/view.ts parseStoredView reads them).
	 *
	 * @param int $user_id The viewer.
	 * @return array{fields: string[], sort: array{field: string, direction: string}, perPage: int}
	 */
	public function view( int $user_id ): array {
		global $wpdb;
		$stored = get_user_meta( $user_id, $wpdb->get_blog_prefix() . 'persisted_preferences', true );
		$stored = is_array( $stored ) && isset( $stored[ self::PREFERENCES_SCOPE ][ self::PREFERENCES_KEY ] ) ? $stored[ self::PREFERENCES_SCOPE ][ self::PREFERENCES_KEY ] : null;
		return $this->view_from( $stored );
	}

	/**
	 * Returns the view a remembered one opens as: brought up to the current version, each part
	 * kept where valid, the defaults otherwise.
	 *
	 * @param mixed $stored The remembered view, as stored.
	 * @return array{fields: string[], sort: array{field: string, direction: string}, perPage: int}
	 */
	public function view_from( $stored ): array {
		$view = self::DEFAULT_VIEW;
		if ( ! is_array( $stored ) ) {
			return $view;
		}
		$fields = $stored['fields'] ?? null;
		// `owner` is a valid remembered column; the one-owner table has no such field, so skips it.
		if ( is_array( $fields ) && array() === array_diff( $fields, array_merge( self::COLUMNS, array( 'owner' ) ) ) ) {
			$from = isset( $stored['version'] ) && is_int( $stored['version'] ) && $stored['version'] >= 1 ? $stored['version'] : 1;
			for ( $version = $from + 1; $version <= self::VIEW_VERSION; $version++ ) {
				$fields = array_merge( $fields, array_diff( self::ADDED_IN_VERSION[ $version ] ?? array(), $fields ) );
			}
			$view['fields'] = array_values( array_intersect( $fields, self::COLUMNS ) );
		}
		$sort = $stored['sort'] ?? null;
		if ( is_array( $sort ) && in_array( $sort['field'] ?? null, self::SORTABLE, true ) && in_array( $sort['direction'] ?? null, array( 'asc', 'desc' ), true ) ) {
			$view['sort'] = array(
				'field'     => $sort['field'],
				'direction' => $sort['direction'],
			);
		}
		if ( isset( $stored['perPage'] ) && in_array( $stored['perPage'], self::PAGE_SIZES, true ) ) {
			$view['perPage'] = $stored['perPage'];
		}
		return $view;
	}

	/**
	 * Returns the rows of the first page: the items sorted as the view says, then cut to its size.
	 *
	 * @param array<int, array<string, mixed>>                                  $items Items of the REST list answer.
	 * @param array{sort: array{field: string, direction: string}, perPage: int} $view  The view.
	 * @return array<int, array<string, mixed>>
	 */
	public function first_page( array $items, array $view ): array {
		$field = $view['sort']['field'];
		$sign  = 'asc' === $view['sort']['direction'] ? 1 : -1;
		usort(
			$items,
			function ( $a, $b ) use ( $field, $sign ) {
				if ( 'name' === $field ) {
					return $sign * strcasecmp( (string) ( $a['name'] ?? '' ), (string) ( $b['name'] ?? '' ) );
				}
				if ( 'expires' === $field ) {
					// Never expiring sorts as the latest.
					return $sign * ( $this->time( $a['expires'] ?? null, PHP_INT_MAX ) <=> $this->time( $b['expires'] ?? null, PHP_INT_MAX ) );
				}
				// Created; last used, where never used sorts as the oldest.
				$key = 'lastUsed' === $field ? 'last_used' : 'created';
				return $sign * ( $this->time( $a[ $key ] ?? null, 0 ) <=> $this->time( $b[ $key ] ?? null, 0 ) );
			}
		);
		return array_slice( $items, 0, $view['perPage'] );
	}

	/**
	 * Prints the screen's header and the table of the first page, or nothing when there is
	 * nothing to list (the app then draws its empty state).
	 *
	 * @param array<int, array<string, mixed>> $items   All of the owner's items, as the REST list answers.
	 * @param int                              $user_id The viewer, whose remembered view applies.
	 * @param bool                             $in_mainwp Whether MainWP's own h1 heads the page.
	 * @param array<string, bool>              $rights  The viewer's rights over the owner's credentials.
	 */
	public function render( array $items, int $user_id, bool $in_mainwp, array $rights ): void {
		if ( ! $items ) {
			return;
		}
		$view    = $this->view( $user_id );
		$rows    = $this->first_page( $items, $view );
		$columns = $view['fields'];
		$labels  = $this->labels();
		$now     = time();
		$total   = count( $items );
		$heading = $in_mainwp ? 'h2' : 'h1';
		// Until the app takes over, the buttons are shown inert (the app's own replace them).
		$actions = array_filter(
			array(
				__( 'Edit', 'mainwp-application-passwords' )     => ! empty( $rights['edit'] ),
				__( 'Revoke', 'mainwp-application-passwords' )   => ! empty( $rights['delete'] ),
				__( 'Activity', 'mainwp-application-passwords' ) => true,
				__( 'Usage', 'mainwp-application-passwords' )    => true,
			)
		);
		?>
		<div class="mainwp-application-passwords__app <?php echo esc_attr( self::CLASS_NAME ); ?>">
			<div class="mainwp-application-passwords__header">
				<<?php echo esc_attr( $heading ); ?> class="mainwp-application-passwords__title"><?php esc_html_e( 'Application Passwords', 'mainwp-application-passwords' ); ?></<?php echo esc_attr( $heading ); ?>>
				<div class="mainwp-application-passwords__header-actions" aria-hidden="true">
					<?php if ( ! empty( $rights['deleteAll'] ) ) : ?>
						<span class="components-button is-secondary is-destructive"><?php esc_html_e( 'Revoke all…', 'mainwp-application-passwords' ); ?></span>
					<?php endif; ?>
					<?php if ( ! empty( $rights['create'] ) ) : ?>
						<span class="components-button is-primary"><?php esc_html_e( 'Create application password', 'mainwp-application-passwords' ); ?></span>
					<?php endif; ?>
				</div>
			</div>
			<p class="mainwp-application-passwords__intro"><?php esc_html_e( 'Application passwords let tools such as MCP clients, Zapier or your own scripts sign in to this site with HTTP Basic auth. Give each tool its own, and revoke it when the tool no longer needs it.', 'mainwp-application-passwords' ); ?></p>
			<div class="dataviews-wrapper">
				<div class="dataviews__view-actions mainwp-application-passwords__first-rows-toolbar"></div>
				<div class="dataviews-layout__container">
					<table class="dataviews-view-table has-bulk-actions">
						<colgroup>
							<col class="dataviews-view-table__col-checkbox" />
							<col class="dataviews-view-table__col-first-data" />
							<?php foreach ( $columns as $column ) : ?>
								<col class="<?php echo esc_attr( 'dataviews-view-table__col-' . $column ); ?>" />
							<?php endforeach; ?>
							<col class="dataviews-view-table__col-actions" />
						</colgroup>
						<thead>
							<tr class="dataviews-view-table__row">
								<th class="dataviews-view-table__checkbox-column" scope="col"><span class="mainwp-application-passwords__first-rows-checkbox" aria-hidden="true"></span></th>
								<th scope="col"<?php $this->aria_sort( 'name', $view ); ?>><?php $this->header( $labels['name'] ); ?></th>
								<?php foreach ( $columns as $column ) : ?>
									<th scope="col"<?php $this->aria_sort( $column, $view ); ?>><?php $this->header( $labels[ $column ] ); ?></th>
								<?php endforeach; ?>
								<th class="dataviews-view-table__actions-column dataviews-view-table__actions-column--sticky"><span class="dataviews-view-table-header"><?php esc_html_e( 'Actions', 'mainwp-application-passwords' ); ?></span></th>
							</tr>
						</thead>
						<tbody>
							<?php foreach ( $rows as $item ) : ?>
								<tr class="dataviews-view-table__row has-bulk-actions">
									<td class="dataviews-view-table__checkbox-column"><div class="dataviews-view-table__cell-content-wrapper"><span class="mainwp-application-passwords__first-rows-checkbox" aria-hidden="true"></span></div></td>
									<td><div class="dataviews-view-table__primary-column"><div class="dataviews-view-table__primary-column-content"><div class="dataviews-view-table__cell-content-wrapper dataviews-title-field"><span class="mainwp-application-passwords__name-cell"><bdi><?php echo esc_html( (string) ( $item['name'] ?? '' ) ); ?></bdi></span></div></div></div></td>
									<?php foreach ( $columns as $column ) : ?>
										<td><div class="dataviews-view-table__cell-content-wrapper"><?php $this->cell( $column, $item, $now ); ?></div></td>
									<?php endforeach; ?>
									<td class="dataviews-view-table__actions-column dataviews-view-table__actions-column--sticky">
										<div class="dataviews-item-actions" aria-hidden="true">
											<?php foreach ( array_keys( $actions ) as $action ) : ?>
												<span class="components-button is-compact"><?php echo esc_html( $action ); ?></span>
											<?php endforeach; ?>
											<span class="components-button dataviews-all-actions-button is-compact has-icon"></span>
										</div>
									</td>
								</tr>
							<?php endforeach; ?>
						</tbody>
					</table>
				</div>
				<div class="dataviews-footer">
					<div class="dataviews-footer__content">
						<span class="dataviews-bulk-actions-footer__item-count">
							<?php
							echo esc_html(
								sprintf(
									/* translators: 1: Number of rows shown, 2: Number of credentials. */
									_n( '%1$d of %2$d Item', '%1$d of %2$d Items', $total, 'mainwp-application-passwords' ),
									count( $rows ),
									$total
								)
							);
							?>
						</span>
					</div>
				</div>
			</div>
		</div>
		<?php
	}

	/**
	 * Column titles, as the app's fields name them.
	 *
	 * @return array<string, string>
	 */
	private function labels(): array {
		return array(
			'name'       => __( 'Name', 'mainwp-application-passwords' ),
			'created'    => __( 'Created', 'mainwp-application-passwords' ),
			'lastUsed'   => __( 'Last used', 'mainwp-application-passwords' ),
			'lastIp'     => __( 'Last IP', 'mainwp-application-passwords' ),
			'appId'      => __( 'App ID', 'mainwp-application-passwords' ),
			'expires'    => __( 'Expires', 'mainwp-application-passwords' ),
			'access'     => __( 'Access', 'mainwp-application-passwords' ),
			'allowedIps' => __( 'Allowed IPs', 'mainwp-application-passwords' ),
		);
	}

	/**
	 * Prints a column title as DataViews' header button shows it (inert until the app mounts).
	 *
	 * @param string $label Column title.
	 */
	private function header( string $label ): void {
		printf(
			'<span class="components-button dataviews-view-table-header-button is-compact is-tertiary">%s</span>',
			esc_html( $label )
		);
	}

	/**
	 * Prints the aria-sort attribute of the sorted column.
	 *
	 * @param string                                            $column Column.
	 * @param array{sort: array{field: string, direction: string}} $view   The view.
	 */
	private function aria_sort( string $column, array $view ): void {
		if ( $view['sort']['field'] === $column ) {
			printf( ' aria-sort="%s"', 'asc' === $view['sort']['direction'] ? 'ascending' : 'descending' );
		}
	}

	/**
	 * Prints one cell, as the app's field of that column renders it.
	 *
	 * @param string               $column Column.
	 * @param array<string, mixed> $item   Item of the REST list answer.
	 * @param int                  $now    The present (Unix time).
	 */
	private function cell( string $column, array $item, int $now ): void {
		switch ( $column ) {
			case 'created':
				$this->time_element( (string) ( $item['created'] ?? '' ), $this->ago( $this->time( $item['created'] ?? null, 0 ), $now ) );
				return;
			case 'lastUsed':
				if ( empty( $item['last_used'] ) ) {
					esc_html_e( 'Never', 'mainwp-application-passwords' );
				} else {
					$this->time_element( (string) $item['last_used'], $this->ago( $this->time( $item['last_used'], 0 ), $now ) );
				}
				if ( ! empty( $item['last_ip'] ) ) {
					printf(
						'<span class="mainwp-application-passwords__last-ip">%s</span>',
						/* translators: %s: IP address. */
						esc_html( sprintf( __( 'from %s', 'mainwp-application-passwords' ), (string) $item['last_ip'] ) )
					);
				}
				return;
			case 'lastIp':
				echo esc_html( empty( $item['last_ip'] ) ? '—' : (string) $item['last_ip'] );
				return;
			case 'appId':
				printf( '<code>%s</code>', esc_html( empty( $item['app_id'] ) ? '—' : (string) $item['app_id'] ) );
				return;
			case 'expires':
				$this->expires( $item['expires'] ?? null, $now );
				return;
			case 'access':
				if ( 'read' === ( $item['access'] ?? '' ) ) {
					printf( '<span class="mainwp-application-passwords__badge is-read">%s</span>', esc_html__( 'Read only', 'mainwp-application-passwords' ) );
				} else {
					esc_html_e( 'Full', 'mainwp-application-passwords' );
				}
				return;
			case 'allowedIps':
				$addresses = isset( $item['allowed_ips'] ) && is_array( $item['allowed_ips'] ) ? $item['allowed_ips'] : array();
				if ( ! $addresses ) {
					esc_html_e( 'Anywhere', 'mainwp-application-passwords' );
					return;
				}
				echo '<span class="mainwp-application-passwords__addresses">';
				foreach ( $addresses as $address ) {
					printf( '<code>%s</code>', esc_html( (string) $address ) );
				}
				echo '</span>';
				return;
		}
	}

	/**
	 * Prints the Expires cell: Never, Expired, or "Expires in 3 days" (marked when soon).
	 *
	 * @param mixed $expires Expiry (UTC without zone), or null.
	 * @param int   $now     The present.
	 */
	private function expires( $expires, int $now ): void {
		$at = is_string( $expires ) && '' !== $expires ? $this->time( $expires, 0 ) : 0;
		if ( ! $at ) {
			esc_html_e( 'Never', 'mainwp-application-passwords' );
			return;
		}
		$left = $at - $now;
		if ( $left <= 0 ) {
			echo '<span class="mainwp-application-passwords__badge is-expired">';
			$this->time_element( $expires, __( 'Expired', 'mainwp-application-passwords' ) );
			echo '</span>';
			return;
		}
		$text = sprintf(
			/* translators: %s: Time left, e.g. "in 3 days". */
			__( 'Expires %s', 'mainwp-application-passwords' ),
			$this->time_left( $left )
		);
		$soon = $left <= self::EXPIRING_SOON_DAYS * DAY_IN_SECONDS;
		if ( $soon ) {
			echo '<span class="mainwp-application-passwords__badge is-expiring">';
		}
		$this->time_element( $expires, $text );
		if ( $soon ) {
			echo '</span>';
		}
	}

	/**
	 * Prints a date as the app's RelativeDate does: the text, with the exact site time as its title.
	 *
	 * @param string $value Date (UTC without zone).
	 * @param string $text  What the cell reads.
	 */
	private function time_element( string $value, string $text ): void {
		$at = $this->time( $value, 0 );
		printf(
			'<time datetime="%1$s" title="%2$s" class="mainwp-application-passwords__relative-date">%3$s</time>',
			esc_attr( gmdate( 'Y-m-d\TH:i:s.000\Z', $at ) ),
			esc_attr( $this->exact( $value ) ),
			esc_html( $text )
		);
	}

	/**
	 * Formats a UTC date in the site's time zone, as the app's dates do
	 * (wp.date's `datetime` format, which core sets to its translated "F j, Y g:i a").
	 *
	 * @param string $value Date (UTC without zone).
	 * @return string
	 */
	private function exact( string $value ): string {
		$at = $this->time( $value, 0 );
		if ( ! $at ) {
			return $value;
		}
		return (string) wp_date( __( 'F j, Y g:i a' ), $at ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own format, as wp-date is given it.
	}

	/**
	 * Says how long ago a time was, as wp.date's humanTimeDiff (moment's `from`) does, with
	 * the words core gives wp.date (its `relative` settings) and moment's thresholds.
	 *
	 * @param int $then A past time.
	 * @param int $now  The present.
	 * @return string
	 */
	public function ago( int $then, int $now ): string {
		$diff    = abs( $now - $then );
		$seconds = (int) round( $diff );
		$minutes = (int) round( $diff / MINUTE_IN_SECONDS );
		$hours   = (int) round( $diff / HOUR_IN_SECONDS );
		$days    = (int) round( $diff / DAY_IN_SECONDS );
		// Moment's months and years from days: 146097 days are 4800 months.
		$months = (int) round( $diff / DAY_IN_SECONDS * 4800 / 146097 );
		$years  = (int) round( $diff / DAY_IN_SECONDS * 400 / 146097 );
		// phpcs:disable WordPress.WP.I18n.MissingArgDomain, WordPress.WP.I18n.MissingTranslatorsComment -- core's own strings, as it gives them to wp.date.
		if ( $seconds <= 44 ) {
			$span = __( 'a second' );
		} elseif ( $seconds < 45 ) {
			$span = sprintf( __( '%d seconds' ), $seconds );
		} elseif ( $minutes <= 1 ) {
			$span = __( 'a minute' );
		} elseif ( $minutes < 45 ) {
			$span = sprintf( __( '%d minutes' ), $minutes );
		} elseif ( $hours <= 1 ) {
			$span = __( 'an hour' );
		} elseif ( $hours < 22 ) {
			$span = sprintf( __( '%d hours' ), $hours );
		} elseif ( $days <= 1 ) {
			$span = __( 'a day' );
		} elseif ( $days < 26 ) {
			$span = sprintf( __( '%d days' ), $days );
		} elseif ( $months <= 1 ) {
			$span = __( 'a month' );
		} elseif ( $months < 11 ) {
			$span = sprintf( __( '%d months' ), $months );
		} elseif ( $years <= 1 ) {
			$span = __( 'a year' );
		} else {
			$span = sprintf( __( '%d years' ), $years );
		}
		return sprintf( $then > $now ? __( '%s from now' ) : __( '%s ago' ), $span );
		// phpcs:enable WordPress.WP.I18n.MissingArgDomain, WordPress.WP.I18n.MissingTranslatorsComment
	}

	/**
	 * Says how much time is left, as src/utils/policy.ts formatTimeLeft does.
	 *
	 * @param int $left Seconds left, more than zero.
	 * @return string
	 */
	private function time_left( int $left ): string {
		$minutes = (int) ceil( $left / MINUTE_IN_SECONDS );
		if ( $minutes < 60 ) {
			/* translators: %d: Number of minutes. */
			return sprintf( _n( 'in %d minute', 'in %d minutes', $minutes, 'mainwp-application-passwords' ), $minutes );
		}
		$hours = (int) ceil( $left / HOUR_IN_SECONDS );
		if ( $hours < 48 ) {
			/* translators: %d: Number of hours. */
			return sprintf( _n( 'in %d hour', 'in %d hours', $hours, 'mainwp-application-passwords' ), $hours );
		}
		$days = (int) ceil( $left / DAY_IN_SECONDS );
		/* translators: %d: Number of days. */
		return sprintf( _n( 'in %d day', 'in %d days', $days, 'mainwp-application-passwords' ), $days );
	}

	/**
	 * Reads a date of the REST answer (UTC, without a zone marker) as Unix time.
	 *
	 * @param mixed $value    Date, or null.
	 * @param int   $fallback What a missing or unreadable date counts as.
	 * @return int
	 */
	private function time( $value, int $fallback ): int {
		if ( ! is_string( $value ) || '' === $value ) {
			return $fallback;
		}
		$at = strtotime( preg_match( '/(Z|[+-]\d{2}:?\d{2})$/i', $value ) ? $value : $value . 'Z' );
		return false === $at ? $fallback : $at;
	}
}

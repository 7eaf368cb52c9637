<?php
/**
 * The audit trail's REST routes: events (paged, and exported as a streamed CSV), a credential's
 * usage, and the audit settings.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * `GET /events`, `GET /events/export`, `GET /usage/{user_id}/{uuid}`, `GET|POST /audit-settings`.
 *
 * Rights as in the overview: a user sees the events and usage of credentials they may list —
 * their own, and everyone's only with the overview's "view all" right (or one user's, by
 * `user_id`, when they may list that user's credentials).
 */
final class Rest_Audit {

	/**
	 * Days the usage chart covers.
	 */
	public const CHART_DAYS = 30;

	/**
	 * Most credentials `GET /events/facets` names (the most recently active).
	 */
	public const FACET_CREDENTIALS = 500;

	/**
	 * Columns of the CSV export, in order.
	 */
	private const CSV_COLUMNS = array( 'id', 'time', 'type', 'user_id', 'user_login', 'uuid', 'name', 'actor_id', 'actor_login', 'via', 'via_uuid', 'ip', 'method', 'route', 'context' );

	/**
	 * Event types.
	 */
	public const TYPES = array( 'created', 'renamed', 'policy_changed', 'revoked', 'revoked_all', 'rotated', 'first_use', 'new_address', 'refused_expired', 'refused_ip', 'refused_read_only', 'refused_cannot_mint', 'refused_rotated_out', 'failed_sign_in' );

	/**
	 * What the current user may do.
	 *
	 * @var Rights
	 */
	private Rights $rights;

	/**
	 * The tables.
	 *
	 * @var Audit_Store
	 */
	private Audit_Store $store;

	/**
	 * Settings.
	 *
	 * @var Audit_Settings
	 */
	private Audit_Settings $settings;

	/**
	 * Stores its parts.
	 *
	 * @param Rights         $rights   What the current user may do.
	 * @param Audit_Store    $store    The tables.
	 * @param Audit_Settings $settings Settings.
	 */
	public function __construct( Rights $rights, Audit_Store $store, Audit_Settings $settings ) {
		$this->rights   = $rights;
		$this->store    = $store;
		$this->settings = $settings;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_csv' ), 10, 4 );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		$namespace = Rest_Overview::NAMESPACE;
		register_rest_route(
			$namespace,
			'/events',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_events' ),
				'permission_callback' => array( $this, 'events_permission' ),
				'args'                => $this->event_params( true ),
			)
		);
		register_rest_route(
			$namespace,
			'/events/export',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'export_events' ),
				'permission_callback' => array( $this, 'events_permission' ),
				'args'                => $this->event_params( false ),
			)
		);
		register_rest_route(
			$namespace,
			'/events/facets',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_facets' ),
				'permission_callback' => array( $this, 'events_permission' ),
			)
		);
		register_rest_route(
			$namespace,
			'/usage/(?P<user_id>\d+)/(?P<uuid>[\w-]+)',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_usage' ),
				'permission_callback' => array( $this, 'usage_permission' ),
				'args'                => array(
					'user_id' => array( 'type' => 'integer' ),
					'uuid'    => array( 'type' => 'string' ),
				),
			)
		);
		$days = array(
			'type'    => 'integer',
			'minimum' => Audit_Settings::MIN_DAYS,
			'maximum' => Audit_Settings::MAX_DAYS,
		);
		register_rest_route(
			$namespace,
			'/audit-settings',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_settings' ),
					'permission_callback' => array( $this, 'settings_permission' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_settings' ),
					'permission_callback' => array( $this, 'settings_permission' ),
					'args'                => array(
						'events_days' => $days + array( 'description' => __( 'Days events are kept.', 'mainwp-application-passwords' ) ),
						'usage_days'  => $days + array( 'description' => __( 'Days usage counts are kept.', 'mainwp-application-passwords' ) ),
						'alerts'      => array(
							'description'          => __( 'Which alerts the site sends by email.', 'mainwp-application-passwords' ),
							'type'                 => 'object',
							'properties'           => array_fill_keys( Audit_Settings::ALERTS, array( 'type' => 'boolean' ) ),
							'additionalProperties' => false,
						),
					),
				),
			)
		);
	}

	/**
	 * The events routes' query parameters.
	 *
	 * @param bool $paged With page, per_page and order.
	 * @return array<string, array<string, mixed>>
	 */
	private function event_params( bool $paged ): array {
		$date   = array(
			'type'              => 'string',
			'validate_callback' => static function ( $value ) {
				return is_string( $value ) && false !== strtotime( $value )
					? true
					: new WP_Error( 'rest_invalid_param', __( 'Give a date as YYYY-MM-DD, or a date and time in ISO 8601.', 'mainwp-application-passwords' ) );
			},
		);
		$params = array(
			'search'  => array(
				'description' => __( 'Limit to events whose credential name, owner\'s username, address or route starts with this text (the route with or without its leading slash).', 'mainwp-application-passwords' ),
				'type'        => 'string',
				'default'     => '',
			),
			'user_id' => array(
				'description' => __( 'Limit to one owner\'s events.', 'mainwp-application-passwords' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'uuid'    => array(
				'description' => __( 'Limit to one credential\'s events.', 'mainwp-application-passwords' ),
				'type'        => 'string',
				'pattern'     => '^[\w-]+$',
			),
			'type'    => array(
				'description' => __( 'Limit to these event types.', 'mainwp-application-passwords' ),
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => self::TYPES,
				),
				'default'     => array(),
			),
			'after'   => $date + array( 'description' => __( 'Limit to events at or after this time (a date alone means its start, UTC).', 'mainwp-application-passwords' ) ),
			'before'  => $date + array( 'description' => __( 'Limit to events at or before this time (a date alone means its end, UTC).', 'mainwp-application-passwords' ) ),
			'order'   => array(
				'type'    => 'string',
				'enum'    => array( 'asc', 'desc' ),
				'default' => 'desc',
			),
		);
		if ( $paged ) {
			$params['page']     = array(
				'type'    => 'integer',
				'minimum' => 1,
				'default' => 1,
			);
			$params['per_page'] = array(
				'type'    => 'integer',
				'minimum' => 1,
				'maximum' => 100,
				'default' => 20,
			);
		}
		return $params;
	}

	/**
	 * Permission for the events: signed in, and able to list the named owner's credentials.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function events_permission( WP_REST_Request $request ) {
		$owner = (int) $request['user_id'];
		$can   = $owner ? get_userdata( $owner ) && current_user_can( 'list_app_passwords', $owner ) : current_user_can( 'list_app_passwords', get_current_user_id() ) || $this->rights->can_view_all();
		if ( is_user_logged_in() && $can ) {
			return true;
		}
		return new WP_Error(
			'rest_cannot_list_application_passwords',
			$owner
				? __( 'Sorry, you are not allowed to see the activity of this user\'s application passwords.', 'mainwp-application-passwords' )
				: __( 'Sorry, you are not allowed to see application password activity.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Turns the request into store filters, scoped to what the current user may see.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>
	 */
	private function filters( WP_REST_Request $request ): array {
		$owner   = (int) $request['user_id'];
		$filters = array(
			'uuid'   => (string) $request['uuid'],
			'types'  => array_values( array_intersect( self::TYPES, (array) $request['type'] ) ),
			'search' => trim( (string) $request['search'] ),
			'after'  => $this->utc( $request['after'], false ),
			'before' => $this->utc( $request['before'], true ),
		);
		if ( $owner ) {
			$filters['user_id'] = $owner;
		} elseif ( ! $this->rights->can_view_all() ) {
			$filters['user_id'] = get_current_user_id();
		}
		return $filters;
	}

	/**
	 * Reads an ISO 8601 date or time as UTC for the tables ('' when absent).
	 *
	 * @param mixed $value   Parameter.
	 * @param bool  $end     A date alone means the end of that day.
	 * @return string
	 */
	private function utc( $value, bool $end ): string {
		if ( ! is_string( $value ) || '' === $value ) {
			return '';
		}
		$time = strtotime( $value . ( preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) ? ( $end ? ' 23:59:59 UTC' : ' 00:00:00 UTC' ) : '' ) );
		return false === $time ? '' : gmdate( 'Y-m-d H:i:s', $time );
	}

	/**
	 * Returns one page of events with X-WP-Total and X-WP-TotalPages.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_events( WP_REST_Request $request ): WP_REST_Response {
		$filters  = $this->filters( $request );
		$per_page = (int) $request['per_page'];
		$rows     = $this->store->events( $filters, (int) $request['page'], $per_page, 'asc' === $request['order'] );
		$total    = $this->store->count_events( $filters );
		$response = rest_ensure_response( array_map( array( $this, 'prepare_event' ), $rows ) );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) (int) ceil( $total / max( 1, $per_page ) ) );
		return $response;
	}

	/**
	 * Returns what the Activity view's filters offer: every owner and credential the trail has
	 * events of that the current user may see through `GET /events` (everyone's with the
	 * overview's "view all" right, else each owner whose credentials they may list).
	 *
	 * @return WP_REST_Response
	 */
	public function get_facets(): WP_REST_Response {
		// An event written while its owner was being deleted has no username: the user's, if any.
		$login  = static function ( $id, $login ): string {
			$user = '' === (string) $login ? get_userdata( (int) $id ) : false;
			return $user ? $user->user_login : (string) $login;
		};
		$owners = $this->store->event_owners();
		$ids    = null;
		if ( ! $this->rights->can_view_all() ) {
			$owners = array_values(
				array_filter(
					$owners,
					static fn( array $owner ): bool => current_user_can( 'list_app_passwords', (int) $owner['user_id'] )
				)
			);
			$ids    = array_map( static fn( array $owner ): int => (int) $owner['user_id'], $owners );
		}
		return rest_ensure_response(
			array(
				'owners'      => array_map(
					static fn( array $owner ): array => array(
						'id'    => (int) $owner['user_id'],
						'login' => $login( $owner['user_id'], $owner['user_login'] ),
					),
					$owners
				),
				'credentials' => array_map(
					static fn( array $row ): array => array(
						'uuid'       => (string) $row['uuid'],
						'name'       => (string) $row['name'],
						'user_id'    => (int) $row['user_id'],
						'user_login' => $login( $row['user_id'], $row['user_login'] ),
					),
					$this->store->event_credentials( $ids, self::FACET_CREDENTIALS )
				),
			)
		);
	}

	/**
	 * Shapes a stored event for the routes.
	 *
	 * @param array<string, mixed> $row Stored row.
	 * @return array<string, mixed>
	 */
	public function prepare_event( array $row ): array {
		$context = json_decode( (string) $row['context'], true );
		return array(
			'id'          => (int) $row['id'],
			'time'        => str_replace( ' ', 'T', (string) $row['time'] ) . 'Z',
			'type'        => (string) $row['type'],
			'user_id'     => (int) $row['user_id'],
			'user_login'  => (string) $row['user_login'],
			'uuid'        => '' === $row['uuid'] ? null : (string) $row['uuid'],
			'name'        => '' === $row['uuid'] && '' === $row['name'] ? null : (string) $row['name'],
			'actor_id'    => (int) $row['actor_id'],
			'actor_login' => '' === $row['actor_login'] ? null : (string) $row['actor_login'],
			'via'         => in_array( $row['via'], Audit_Context::VIAS, true ) ? (string) $row['via'] : 'other',
			'via_uuid'    => '' === $row['via_uuid'] ? null : (string) $row['via_uuid'],
			'ip'          => '' === $row['ip'] ? null : (string) $row['ip'],
			'method'      => '' === $row['method'] ? null : (string) $row['method'],
			'route'       => '' === $row['route'] ? null : (string) $row['route'],
			'context'     => (object) ( is_array( $context ) ? $context : array() ),
		);
	}

	/**
	 * Answers the export; `serve_csv` streams the body.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function export_events( WP_REST_Request $request ): WP_REST_Response {
		$response = new WP_REST_Response( array( 'filters' => $this->filters( $request ) ) );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="application-password-activity-' . gmdate( 'Y-m-d' ) . '.csv"' );
		$response->header( 'X-Content-Type-Options', 'nosniff' );
		return $response;
	}

	/**
	 * Streams the export as CSV, a thousand rows at a time, instead of the JSON body.
	 *
	 * @param bool             $served  Whether the request was served already.
	 * @param mixed            $result  Response.
	 * @param WP_REST_Request  $request Request.
	 * @param WP_REST_Server   $server  Server.
	 * @return bool
	 */
	public function serve_csv( $served, $result, $request, $server ) {
		if ( $served || ! $result instanceof WP_REST_Response || ! $request instanceof WP_REST_Request
			|| '/' . Rest_Overview::NAMESPACE . '/events/export' !== $request->get_route() || 200 !== $result->get_status() ) {
			return $served;
		}
		$data = $result->get_data();
		$out  = fopen( 'php://output', 'w' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen -- streaming the response.
		if ( ! $out ) {
			return $served;
		}
		fputcsv( $out, self::CSV_COLUMNS, ',', '"', '' );
		$count = 0;
		foreach ( $this->store->each_event( $data['filters'], 'asc' === $request['order'] ) as $row ) {
			$event            = $this->prepare_event( $row );
			$event['context'] = wp_json_encode( $event['context'] );
			$line             = array();
			foreach ( self::CSV_COLUMNS as $column ) {
				$line[] = self::cell( $event[ $column ] );
			}
			fputcsv( $out, $line, ',', '"', '' );
			if ( 0 === ++$count % 1000 ) {
				flush();
			}
		}
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- streaming the response.
		return true;
	}

	/**
	 * Makes a value safe as a spreadsheet cell: text that a spreadsheet would read as a formula
	 * gets a leading apostrophe.
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	private static function cell( $value ): string {
		$text = null === $value ? '' : (string) $value;
		return preg_match( '/^[=+\-@\t\r]/', $text ) ? "'" . $text : $text;
	}

	/**
	 * Permission for one credential's usage: may the current user list the owner's credentials?
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function usage_permission( WP_REST_Request $request ) {
		$owner = (int) $request['user_id'];
		if ( is_user_logged_in() && get_userdata( $owner ) && current_user_can( 'list_app_passwords', $owner ) ) {
			return true;
		}
		return new WP_Error(
			'rest_cannot_list_application_passwords',
			__( 'Sorry, you are not allowed to see the usage of this user\'s application passwords.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Returns a credential's usage: requests per day for CHART_DAYS days (zero days included),
	 * per bucket and per address.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_usage( WP_REST_Request $request ): WP_REST_Response {
		$owner = (int) $request['user_id'];
		$uuid  = (string) $request['uuid'];
		$today = strtotime( gmdate( 'Y-m-d' ) . ' 00:00:00 UTC' );
		$first = gmdate( 'Y-m-d', $today - ( self::CHART_DAYS - 1 ) * DAY_IN_SECONDS );
		$found = $this->store->usage_days( $owner, $uuid, $first );
		$days  = array();
		for ( $i = self::CHART_DAYS - 1; $i >= 0; $i-- ) {
			$day    = gmdate( 'Y-m-d', $today - $i * DAY_IN_SECONDS );
			$days[] = array(
				'date'     => $day,
				'requests' => $found[ $day ]['requests'] ?? 0,
				'writes'   => $found[ $day ]['writes'] ?? 0,
			);
		}
		$iso = static fn( $time ) => str_replace( ' ', 'T', (string) $time ) . 'Z';
		return rest_ensure_response(
			array(
				'days'      => $days,
				'buckets'   => array_map(
					static fn( $row ) => array(
						'bucket'    => (string) $row['bucket'],
						'requests'  => (int) $row['requests'],
						'writes'    => (int) $row['writes'],
						'last_seen' => $iso( $row['last_seen'] ),
					),
					$this->store->usage_buckets( $owner, $uuid )
				),
				'addresses' => array_map(
					static fn( $row ) => array(
						'ip'         => (string) $row['ip'],
						'requests'   => (int) $row['requests'],
						'first_seen' => $iso( $row['first_seen'] ),
						'last_seen'  => $iso( $row['last_seen'] ),
					),
					$this->store->usage_addresses( $owner, $uuid )
				),
			)
		);
	}

	/**
	 * Permission for the settings: manage_options.
	 *
	 * @return true|WP_Error
	 */
	public function settings_permission() {
		if ( current_user_can( 'manage_options' ) ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to change the audit trail\'s settings.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Returns the settings.
	 *
	 * @return WP_REST_Response
	 */
	public function get_settings(): WP_REST_Response {
		return rest_ensure_response( $this->settings->get() );
	}

	/**
	 * Saves the settings given and returns those in force.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function update_settings( WP_REST_Request $request ): WP_REST_Response {
		$changes = array();
		foreach ( array( 'events_days', 'usage_days', 'alerts' ) as $key ) {
			if ( null !== $request[ $key ] ) {
				$changes[ $key ] = $request[ $key ];
			}
		}
		return rest_ensure_response( $this->settings->update( $changes ) );
	}
}

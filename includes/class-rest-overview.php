<?php
/**
 * Read-only REST routes core lacks: every user's application passwords in one list, and what
 * the current user may do with one owner's.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Error;
use WP_REST_Application_Passwords_Controller;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * `GET /app-passwords-manager/v1/application-passwords` and `GET .../owners/{id}`.
 *
 * The namespace must not start with "mainwp": MainWP's authenticator claims those routes.
 * Items are built as core's application-password controller builds its own (never a hash),
 * plus their owner; Overview_Query picks the page.
 */
final class Rest_Overview extends WP_REST_Controller {

	/**
	 * REST namespace.
	 */
	public const NAMESPACE = 'app-passwords-manager/v1';

	/**
	 * What the current user may do.
	 *
	 * @var Rights
	 */
	private Rights $rights;

	/**
	 * Where the credentials come from.
	 *
	 * @var Credential_Holders
	 */
	private Credential_Holders $holders;

	/**
	 * Credentials' policies.
	 *
	 * @var Policy_Store
	 */
	private Policy_Store $policies;

	/**
	 * Owners already described in this request, by user id.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $owners = array();

	/**
	 * Stores the rights and the holders.
	 *
	 * @param Rights             $rights  What the current user may do.
	 * @param Credential_Holders $holders  Where the credentials come from.
	 * @param Policy_Store       $policies Credentials' policies.
	 */
	public function __construct( Rights $rights, Credential_Holders $holders, Policy_Store $policies ) {
		$this->namespace = self::NAMESPACE;
		$this->rest_base = 'application-passwords';
		$this->rights    = $rights;
		$this->holders   = $holders;
		$this->policies  = $policies;
	}

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/owners/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_owner' ),
					'permission_callback' => array( $this, 'get_owner_permissions_check' ),
					'args'                => array(
						'id' => array(
							'description' => __( 'The owner\'s user id.', 'mainwp-application-passwords' ),
							'type'        => 'integer',
						),
					),
				),
			)
		);
	}

	/**
	 * Permission for the overview: may the current user see every user's credentials?
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( $this->rights->can_view_all() ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to list the application passwords of all users.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Lists one page of every user's credentials that the current user may see.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ): WP_REST_Response {
		$this->owners = array();
		$query        = new Overview_Query(
			array(
				'search'   => $request['search'],
				'usage'    => $request['usage'],
				'policy'   => $request['policy'],
				'orderby'  => $request['orderby'],
				'order'    => $request['order'],
				'page'     => $request['page'],
				'per_page' => $request['per_page'],
			),
			time(),
			function ( WP_User $owner, array $credential ): array {
				return $this->policies->get( (int) $owner->ID, (string) $credential['uuid'] );
			}
		);
		$result       = $query->run( $this->holders->visible_to_current_user() );

		$data = array();
		foreach ( $result['items'] as $item ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $item, $request ) );
		}
		$response = rest_ensure_response( $data );
		$response->header( 'X-WP-Total', (string) $result['total'] );
		$response->header( 'X-WP-TotalPages', (string) $result['pages'] );
		return $response;
	}

	/**
	 * Builds one item as core's application-password controller does, plus its owner.
	 *
	 * @param array{owner: WP_User, credential: array<string, mixed>} $item    Owner and credential as core stores it.
	 * @param WP_REST_Request                                         $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$credential = $item['credential'];
		$owner_id   = (int) $item['owner']->ID;
		$prepared   = array(
			'uuid'      => $credential['uuid'],
			'app_id'    => empty( $credential['app_id'] ) ? '' : $credential['app_id'],
			'name'      => $credential['name'],
			'created'   => gmdate( 'Y-m-d\TH:i:s', $credential['created'] ),
			'last_used' => $credential['last_used'] ? gmdate( 'Y-m-d\TH:i:s', $credential['last_used'] ) : null,
			'last_ip'   => $credential['last_ip'] ? $credential['last_ip'] : null,
			'owner'     => $this->describe_owner( $item['owner'] ),
		);
		// The policy fields core's own responses carry (Policy_Fields).
		$prepared += Policy_Store::to_rest( $this->policies->get( $owner_id, (string) $credential['uuid'] ) );
		return new WP_REST_Response( $this->filter_response_by_context( $prepared, $request['context'] ?? 'view' ) );
	}

	/**
	 * Returns the schema of an overview item: core's application password, without the
	 * one-time password, plus its owner.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$core       = ( new WP_REST_Application_Passwords_Controller() )->get_item_schema();
		$properties = array_merge( array_diff_key( $core['properties'], array( 'password' => true ) ), Policy_Fields::schema() );

		$properties['owner'] = array(
			'description' => __( 'The user the application password belongs to, and what the current user may do with their application passwords.', 'mainwp-application-passwords' ),
			'type'        => 'object',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
			'properties'  => array(
				'id'     => array( 'type' => 'integer' ),
				'login'  => array( 'type' => 'string' ),
				'name'   => array( 'type' => 'string' ),
				'avatar' => array(
					'type'   => 'string',
					'format' => 'uri',
				),
				'rights' => array(
					'type'       => 'object',
					'properties' => array_fill_keys( array( 'list', 'create', 'edit', 'delete', 'deleteAll' ), array( 'type' => 'boolean' ) ),
				),
			),
		);

		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'app-passwords-manager-application-password',
			'type'       => 'object',
			'properties' => $properties,
		);
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Returns the overview's query parameters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		$params = parent::get_collection_params();

		$params['per_page']['default'] = 20;
		$params['search']              = array(
			'description' => __( 'Limit results to credentials whose name, or whose owner\'s username or display name, contains this text.', 'mainwp-application-passwords' ),
			'type'        => 'string',
			'default'     => '',
		);
		$params['orderby']             = array(
			'description' => __( 'Sort by this field.', 'mainwp-application-passwords' ),
			'type'        => 'string',
			'default'     => 'created',
			'enum'        => Overview_Query::ORDERBY,
		);
		$params['order']               = array(
			'description' => __( 'Sort direction.', 'mainwp-application-passwords' ),
			'type'        => 'string',
			'default'     => 'desc',
			'enum'        => array( 'asc', 'desc' ),
		);
		$params['usage']               = array(
			'description' => sprintf(
				/* translators: %d: Number of days. */
				__( 'Limit results to credentials never used ("never"), or neither used nor created in the last %d days ("idle90").', 'mainwp-application-passwords' ),
				Overview_Query::IDLE_DAYS
			),
			'type'        => 'array',
			'items'       => array(
				'type' => 'string',
				'enum' => Overview_Query::USAGE,
			),
			'default'     => array(),
		);
		$params['policy']              = array(
			'description' => sprintf(
				/* translators: %d: Number of days. */
				__( 'Limit results to credentials that have expired ("expired"), expire within the next %d days ("expiring"), or have read-only access ("read").', 'mainwp-application-passwords' ),
				Overview_Query::EXPIRING_DAYS
			),
			'type'        => 'array',
			'items'       => array(
				'type' => 'string',
				'enum' => Overview_Query::POLICY,
			),
			'default'     => array(),
		);
		return $params;
	}

	/**
	 * Permission for one owner: may the current user list that user's credentials?
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_owner_permissions_check( WP_REST_Request $request ) {
		$user = get_userdata( (int) $request['id'] );
		if ( ! $user ) {
			return new WP_Error( 'rest_user_invalid_id', __( 'Invalid user ID.' ), array( 'status' => 404 ) ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
		}
		if ( ! current_user_can( 'list_app_passwords', $user->ID ) ) {
			return new WP_Error(
				'rest_cannot_list_application_passwords',
				__( 'Sorry, you are not allowed to list application passwords for this user.' ), // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
				array( 'status' => rest_authorization_required_code() )
			);
		}
		return true;
	}

	/**
	 * Returns one owner and what the current user may do with their credentials.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_owner( WP_REST_Request $request ): WP_REST_Response {
		$user = get_userdata( (int) $request['id'] );
		return rest_ensure_response( $user ? $this->rights->describe_owner( $user ) : null );
	}

	/**
	 * Describes an owner once per request, however many of their credentials are on the page.
	 *
	 * @param WP_User $user The owner.
	 * @return array<string, mixed>
	 */
	private function describe_owner( WP_User $user ): array {
		if ( ! isset( $this->owners[ $user->ID ] ) ) {
			$this->owners[ $user->ID ] = $this->rights->describe_owner( $user );
		}
		return $this->owners[ $user->ID ];
	}
}

import { initialState, reducer } from '../../../src/store/reducer';
import * as selectors from '../../../src/store/selectors';
import { applicationPassword } from '../fixtures';

const item = ( uuid: string, name = uuid ) =>
	applicationPassword( { uuid, name } );

describe( 'store reducer and selectors', () => {
	it( 'starts empty and not loaded', () => {
		expect( selectors.hasLoaded( initialState ) ).toBe( false );
		expect( selectors.isEmpty( initialState ) ).toBe( false );
	} );

	it( 'receives a list and says when it is empty', () => {
		const loading = reducer( initialState, { type: 'START_LOADING' } );
		expect( selectors.isLoading( loading ) ).toBe( true );
		const loaded = reducer( loading, { type: 'RECEIVE_ITEMS', items: [] } );
		expect( selectors.isLoading( loaded ) ).toBe( false );
		expect( selectors.isEmpty( loaded ) ).toBe( true );
	} );

	it( 'keeps the list it had when a reload fails', () => {
		const loaded = reducer( initialState, {
			type: 'RECEIVE_ITEMS',
			items: [ item( 'a' ) ],
		} );
		const failed = reducer( reducer( loaded, { type: 'START_LOADING' } ), {
			type: 'RECEIVE_LOAD_ERROR',
			error: { code: 'fetch_error', message: 'offline', status: null },
		} );
		expect( selectors.getItems( failed ) ).toEqual( [ item( 'a' ) ] );
		expect( selectors.getLoadError( failed )?.message ).toBe( 'offline' );
	} );

	it( 'adds new credentials first, renames and removes', () => {
		let state = reducer( initialState, {
			type: 'RECEIVE_ITEMS',
			items: [ item( 'a' ), item( 'b' ) ],
		} );
		state = reducer( state, { type: 'ADD_ITEM', item: item( 'c' ) } );
		expect( selectors.getItems( state ).map( ( i ) => i.uuid ) ).toEqual( [
			'c',
			'a',
			'b',
		] );
		state = reducer( state, {
			type: 'UPDATE_ITEM',
			item: item( 'a', 'Zapier' ),
		} );
		expect( selectors.getItems( state )[ 1 ]!.name ).toBe( 'Zapier' );
		state = reducer( state, { type: 'REMOVE_ITEMS', uuids: [ 'a', 'c' ] } );
		expect( selectors.getItems( state ).map( ( i ) => i.uuid ) ).toEqual( [
			'b',
		] );
		state = reducer( state, { type: 'REMOVE_ALL_ITEMS' } );
		expect( selectors.isEmpty( state ) ).toBe( true );
	} );
} );

/** Stylesheets are extracted by the build; importing one yields nothing. */
declare module '*.scss';

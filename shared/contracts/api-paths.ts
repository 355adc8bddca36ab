/** URL paths shared by the server's routes and the client's fetchers. */
export const API_PREFIX = '/api/v1';

/**
 * Node flags the API process runs with, wherever it is started (`npm start`,
 * `npm run start:api`, the Dockerfile, docker-compose, the tests and the
 * bench). Under load the API's live heap stays near 50 MB, but V8 lets the
 * old generation grow to about 200 MB of garbage before a full collection,
 * which put the process's resident memory above 300 MB; a 192 MB ceiling
 * makes V8 collect earlier (peak resident memory about 175 MB, same
 * throughput) and still leaves four times the live heap. Override with
 * NODE_OPTIONS if a deployment needs more.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=192'];

export { createApp, DEFAULT_LIMITS, API_VERSION, type AppOptions, type AppLimits } from './app.js';
export { startServer, DEFAULT_HOST, type RunningServer } from './server.js';
export { HttpProblem, describeError } from './errors.js';
export { SECURITY_HEADERS } from './security.js';

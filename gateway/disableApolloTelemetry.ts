/*
 * Imported first by every entry point that builds a gateway. @apollo/gateway
 * otherwise starts an OpenTelemetry exporter in its constructor that probes
 * cloud metadata endpoints and reports usage to Apollo: no govhub process may
 * contact anything but loopback.
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';

export const APOLLO_TELEMETRY_DISABLED = true;

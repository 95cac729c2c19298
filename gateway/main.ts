// First, before @apollo/gateway is loaded: no telemetry, no cloud metadata probes.
import './disableApolloTelemetry';
import { ConfigError, loadConfig } from '../core/config';
import type { Config } from '../core/config';
import { createLogger } from '../core/logging';
import { readSupergraph } from './readSupergraph';
import { shutdownOnSignals } from './shutdownOnSignals';
import { startGatewayServer } from './startGatewayServer';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`govhub gateway: ${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger({ level: config.logLevel, name: 'gateway' });
  try {
    const server = await startGatewayServer({ config, supergraphSdl: readSupergraph(), logger });
    shutdownOnSignals(server.stop, logger);
    const playground = config.production ? '' : ', playground: open it in a browser';
    logger.info({ url: server.url }, `gateway ready: GraphQL at ${server.url}${playground}`);
  } catch (error) {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  }
}

void main();

import { join } from 'node:path';
import type { Level } from '../levels/level';

export type ServiceName = 'county' | 'city' | 'province' | 'gateway';

export interface GovhubService {
  name: ServiceName;
  /** The level a subgraph serves; null for the gateway. */
  level: Level | null;
  /** Compiled entry point, relative to the repository root (`npm run build` writes it). */
  script: string;
  /** Environment variable holding its port (see core/config/env.ts). */
  portVar: 'COUNTY_PORT' | 'CITY_PORT' | 'PROVINCE_PORT' | 'GATEWAY_PORT';
}

/** The four processes of a hub, in start order: subgraphs first, the gateway last. */
export const GOVHUB_SERVICES: readonly GovhubService[] = [
  {
    name: 'county',
    level: 'COUNTY',
    script: 'dist/subgraphs/county/main.js',
    portVar: 'COUNTY_PORT',
  },
  { name: 'city', level: 'CITY', script: 'dist/subgraphs/city/main.js', portVar: 'CITY_PORT' },
  {
    name: 'province',
    level: 'PROVINCE',
    script: 'dist/subgraphs/province/main.js',
    portVar: 'PROVINCE_PORT',
  },
  { name: 'gateway', level: null, script: 'dist/gateway/main.js', portVar: 'GATEWAY_PORT' },
];

export function govhubService(name: ServiceName): GovhubService {
  const service = GOVHUB_SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`unknown service: ${name}`);
  return service;
}

/** Absolute path of a service's compiled entry point. */
export function serviceScript(root: string, service: GovhubService): string {
  return join(root, ...service.script.split('/'));
}

/** The address to probe a service on: a wildcard bind address is reached through loopback. */
export function probeHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

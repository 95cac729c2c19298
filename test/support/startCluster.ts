// The launcher lives with the scripts (benchmarks use it too); tests import it from here.
export * from '../../scripts/cluster/startCluster';

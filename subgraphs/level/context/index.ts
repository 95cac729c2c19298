export * from './LevelContext';

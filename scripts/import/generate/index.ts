export * from './encodePage';
export * from './generatePage';
export * from './generatePages';
export * from './pageMix';
export * from './pageTypes';
export * from './writePages';
export type { FixtureExpectation, NoiseFixture } from './fixturePage';
export { expectedFileName, noiseFixtures, writeNoiseFixtures } from './writeNoiseFixtures';

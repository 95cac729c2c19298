/** Unit tests live in __tests__ beside the code; cross-process tests in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/core',
    '<rootDir>/gateway',
    '<rootDir>/subgraphs',
    '<rootDir>/scripts',
    '<rootDir>/test',
  ],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false },
    ],
    // sanitize-html's parser (htmlparser2 and friends) ships as ES modules only.
    '^.+\\.js$': [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs' },
        isolatedModules: true,
        diagnostics: false,
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(htmlparser2|entities|domhandler|domutils|dom-serializer|domelementtype|feed)/)',
  ],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};

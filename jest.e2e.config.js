/**
 * 端到端测试：globalSetup 用与 npm start 相同的 startApp() 在临时数据目录、随机端口启动本地环境并写入演示数据，
 * 再用 playwright-core 驱动 /usr/bin/chromium（375×812）。没有 chromium 时失败而不是跳过。
 * 结果摘要写入 test-results/e2e-summary.json（.ci/run 据此确认 E2E 真的跑过）。
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020' }, module: { type: 'commonjs' } }]

module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(mingo)/)'],
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 90_000,
  reporters: ['default', '<rootDir>/test/e2e/summary-reporter.js'],
}

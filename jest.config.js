/** 单元、模拟器、云函数测试（node）与页面组件测试（jsdom）。E2E 见 jest.e2e.config.js */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }]

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/{unit,emulator,functions}/**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: ['/node_modules/(?!(mingo)/)'],
    },
    {
      // 页面与组件：@testing-library/react 在 jsdom 中渲染 Taro 的 H5 组件；只 mock 传输层（src/services/cloud）
      displayName: 'app',
      // 页面背后是真实函数与模拟器：2 核机器满载时一次往返可达数秒（findBy 等待上限 8 秒，见 app-after-env.ts）
      testTimeout: 30_000,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/app/**/*.test.tsx'],
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
      // Taro 及其依赖以 ESM 发布：@tarojs 包（含其内嵌的 node_modules）与这些依赖都要转译
      transformIgnorePatterns: ['^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(@tarojs|@stencil|swiper|query-string|decode-uri-component|split-on-first|filter-obj|lodash-es|tslib)/)'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/support/taro-shim.ts',
        '\\.(css|scss|sass)$': '<rootDir>/test/support/style-stub.js',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
      setupFiles: ['<rootDir>/test/support/app-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/app-after-env.ts'],
      testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
    },
  ],
}

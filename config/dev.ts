import type { UserConfigExport } from '@tarojs/cli'

/** 本地开发构建（watch）：不压缩，便于调试 */
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>

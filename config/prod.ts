import type { UserConfigExport } from '@tarojs/cli'

/** 生产构建：默认压缩混淆 */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>

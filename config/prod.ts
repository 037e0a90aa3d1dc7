import type { UserConfigExport } from '@tarojs/cli'

/** 生产构建：默认压缩混淆 */
export default {
  // Taro 默认把非 ASCII 字符转成 \uXXXX（每个汉字 6 字节）；代码文件本就是 UTF-8（每个汉字 3 字节），
  // 关闭后中文文案多的主包明显变小
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>

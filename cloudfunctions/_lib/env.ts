/** 云函数运行时配置：唯一读取 process.env 的模块。 */
export interface FunctionEnv {
  /** 本地模式（模拟器）：消息写入站内消息列表而非订阅消息 */
  local: boolean
  /** 订阅消息模板 id */
  templates: { reminder: string; alert: string }
}

let cached: FunctionEnv | null = null

export function functionEnv(): FunctionEnv {
  if (cached) return cached
  const e = process.env
  cached = {
    local: e.XINQIAO_LOCAL === '1',
    templates: {
      reminder: e.XINQIAO_TEMPLATE_REMINDER ?? '',
      alert: e.XINQIAO_TEMPLATE_ALERT ?? '',
    },
  }
  return cached
}

/** 测试用：重新读取环境 */
export function resetFunctionEnv(): void {
  cached = null
}

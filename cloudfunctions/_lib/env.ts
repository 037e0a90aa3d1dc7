/** 云函数运行时配置：唯一读取 process.env 的模块。 */
export interface FunctionEnv {
  /** 本地模式（模拟器）：开发登录等；订阅消息照常经云调用发到模拟器的发件箱 */
  local: boolean
  /** 订阅消息模板 id */
  templates: { reminder: string; alert: string }
  /** 哪些模板是长期订阅（长期订阅不计次；XINQIAO_TEMPLATE_*_LONG_TERM=1） */
  longTerm: { reminder: boolean; alert: boolean }
  /** 云环境 id（平台注入 TCB_ENV / SCF_NAMESPACE） */
  envId: string
  /** 学校名称（站长登记表抬头；XINQIAO_SCHOOL_NAME，未设置时为附件2 原文的校名） */
  schoolName: string
}

/** 未配置 XINQIAO_SCHOOL_NAME 时的学校名称（附件2 原文） */
export const DEFAULT_SCHOOL_NAME = '重庆化工职业学院'

let cached: FunctionEnv | null = null

export function functionEnv(): FunctionEnv {
  if (cached) return cached
  const e = process.env
  cached = {
    local: e.XINQIAO_LOCAL === '1',
    templates: {
      reminder: (e.XINQIAO_TEMPLATE_REMINDER ?? '').trim(),
      alert: (e.XINQIAO_TEMPLATE_ALERT ?? '').trim(),
    },
    longTerm: {
      reminder: e.XINQIAO_TEMPLATE_REMINDER_LONG_TERM === '1',
      alert: e.XINQIAO_TEMPLATE_ALERT_LONG_TERM === '1',
    },
    envId: e.TCB_ENV || e.SCF_NAMESPACE || '',
    schoolName: (e.XINQIAO_SCHOOL_NAME ?? '').trim() || DEFAULT_SCHOOL_NAME,
  }
  return cached
}

/** 配置问题（中文，一条一句）；空数组 = 配置完整 */
export function configProblems(env: Pick<FunctionEnv, 'templates' | 'envId'> = functionEnv()): string[] {
  const problems: string[] = []
  if (!env.templates.alert) problems.push('缺少 XINQIAO_TEMPLATE_ALERT：即时报告与超时升级不会推送到微信，只进站内消息')
  if (!env.templates.reminder) problems.push('缺少 XINQIAO_TEMPLATE_REMINDER：周报提醒与逾期跟进不会推送到微信，只进站内消息')
  if (!env.envId) problems.push('缺少云环境 id（TCB_ENV）：无法访问数据库与云调用')
  return problems
}

let reported = false

/** 每个函数实例只检查并报告一次（发送消息的函数在第一次发送前调用） */
export function reportConfigOnce(log: (msg: string) => void = (m) => console.error(m)): void {
  if (reported) return
  reported = true
  const problems = configProblems()
  if (problems.length) log(`[xinqiao] 配置不完整：\n  ${problems.join('\n  ')}`)
}

/** 测试用：重新读取环境 */
export function resetFunctionEnv(): void {
  cached = null
  reported = false
}

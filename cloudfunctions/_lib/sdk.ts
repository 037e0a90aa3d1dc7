import tcb from '@cloudbase/node-sdk'

type App = ReturnType<typeof tcb.init>
export type Database = ReturnType<App['database']>

let app: App | null = null

/** SDK 只初始化一次，使用当前云环境（本地由 TCB_CONTEXT_CNFG 指向模拟器）。 */
export function cloud(): App {
  if (!app) app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
  return app
}

export function db(): Database {
  return cloud().database()
}

/** 仅供测试在切换模拟器后重建 SDK 实例 */
export function resetCloud(): void {
  app = null
}

export { tcb }

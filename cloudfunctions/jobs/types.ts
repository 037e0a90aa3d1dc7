import type { Database } from '../_lib/sdk'

/** 定时任务的上下文：数据库与“现在”（测试可注入时钟） */
export interface JobContext {
  db: Database
  now: Date
}

/** 一个定时任务：cron 为 6 段（秒 分 时 日 月 星期），按 Asia/Shanghai 解释 */
export interface JobDef {
  cron: string
  /** 中文说明 */
  title: string
  run: (ctx: JobContext) => Promise<unknown>
}

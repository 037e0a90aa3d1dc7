/**
 * 定时任务登记表：任务名 → { cron（Asia/Shanghai，6 段）, run }。
 * 新任务：写一个模块，在这里加一行。
 */
import { DRAFT_MONTHLY_CATCH_UP_CRON, DRAFT_MONTHLY_CRON, draftMissingMonthly, draftMonthly } from '../_lib/monthly/draft-job'
import { BINDER_SUMMARY_CRON, refreshBinderSummaries } from './binder-summaries'
import { escalateAlerts } from './escalate'
import { FOLLOW_UP_CRON, remindOverdueFollowUps } from './overdue-follow-ups'
import { PURGE_FILES_CRON, purgeFiles } from './purge-files'
import { remindMissing } from './remind-missing'
import type { JobDef } from './types'

export const jobs: Record<string, JobDef> = {
  /** 每分钟：即时报告超时升级 */
  escalateAlerts: { cron: '0 * * * * *', title: '即时报告超时升级', run: escalateAlerts },
  /** 每小时整点检查：截止前 4 小时内提醒未报周报（默认周日 22:00 截止 → 周日 18:00 提醒；每站每周一次） */
  remindMissing: { cron: '0 0 * * * *', title: '周报未报提醒', run: remindMissing },
  /** 每天 08:30：告诉每位辅导员其重点关注条目中逾期未跟进的人数（每人每天一条） */
  remindOverdueFollowUps: { cron: FOLLOW_UP_CRON, title: '重点关注逾期跟进提醒', run: remindOverdueFollowUps },
  /** 每月 1 日 02:00：起草上月月报 */
  draftMonthly: { cron: DRAFT_MONTHLY_CRON, title: '起草上月月报', run: draftMonthly },
  /** 其余时间每 5 分钟：上月月报还没有的站点补起草（错过 1 日凌晨的窗口也不会漏月；已有的不动） */
  draftMonthlyCatchUp: { cron: DRAFT_MONTHLY_CATCH_UP_CRON, title: '补起草缺失的上月月报', run: draftMissingMonthly },
  /** 每小时：删除超过 1 小时的导出文件、超过 1 天仍未接收的上传记录 */
  purgeFiles: { cron: PURGE_FILES_CRON, title: '清理导出文件与过期上传', run: purgeFiles },
  /** 每小时第 41 分：今天还没算过的站点重算考核手册摘要（站长首页的缺失材料；每站每天一次） */
  refreshBinderSummaries: { cron: BINDER_SUMMARY_CRON, title: '刷新考核手册摘要', run: (ctx) => refreshBinderSummaries(ctx) },
}

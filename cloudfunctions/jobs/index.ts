/**
 * jobs 云函数：定时触发器入口。事件 { Type: 'Timer', TriggerName }，不带用户身份；
 * 带用户 openid 的调用（来自小程序）一律 AUTH.FORBIDDEN。
 *
 * CloudBase 每个函数只能配置一个定时触发器，所以 config.json 只有一个每分钟的 'tick'：
 * tick 按登记表中各任务的 cron（Asia/Shanghai）挑出本分钟到期的任务执行。
 * TriggerName 也可以直接是任务名（本地 scripts/trigger 或手动补跑）。任务本身都可重复执行。
 */
import { Cron } from 'croner'
import { z } from 'zod'
import { ERROR_MESSAGES } from '../../types/errors'
import type { Result } from '../../types/result'
import { AppError } from '../_lib/errors'
import { openidFromContext } from '../_lib/handler'
import { db } from '../_lib/sdk'
import { jobs } from './registry'
import type { JobDef } from './types'

export { jobs }

/** 单一定时触发器的名字 */
export const TICK = 'tick'

const timerEvent = z.looseObject({
  Type: z.literal('Timer'),
  TriggerName: z.string().min(1).max(60),
  Time: z.string().max(64).optional(),
  Message: z.string().max(1000).optional(),
})

/** 任务的 cron 是否在 now 所在的这一分钟到期（Asia/Shanghai） */
export function isDue(job: Pick<JobDef, 'cron'>, now: Date): boolean {
  const minute = Math.floor(now.getTime() / 60_000) * 60_000
  const next = new Cron(job.cron, { timezone: 'Asia/Shanghai', paused: true }).nextRun(new Date(minute - 1))
  return !!next && next.getTime() === minute
}

/**
 * 触发时刻：平台在定时事件的 Time 里填入计划触发的时刻（晚几秒启动也按那一分钟算）；
 * 本地用 npm run trigger 或 POST /api/functions/jobs 带上 Time，就能“快进”到某一时刻运行任务（测试不必真等）。
 */
function triggerTime(time: string | undefined): Date | null {
  if (!time) return null
  const t = new Date(time)
  return Number.isNaN(t.getTime()) ? null : t
}

function fail(err: AppError): Result<never> {
  return { ok: false, error: err.toBody() }
}

export function createJobsMain(registry: Record<string, JobDef>, opts: { clock?: () => Date } = {}) {
  return async function main(event: unknown, context: unknown): Promise<Result<unknown>> {
    try {
      if (openidFromContext(context)) return fail(new AppError('AUTH.FORBIDDEN'))
      const ev = timerEvent.safeParse(event ?? {})
      if (!ev.success) return fail(new AppError('INPUT.INVALID', '只接受定时触发器事件'))
      const name = ev.data.TriggerName
      const now = opts.clock ? opts.clock() : triggerTime(ev.data.Time) ?? new Date()
      const selected = name === TICK
        ? Object.keys(registry).filter((k) => isDue(registry[k], now))
        : Object.prototype.hasOwnProperty.call(registry, name) ? [name] : null
      if (!selected) return fail(new AppError('INPUT.UNKNOWN_ACTION'))
      const database = db()
      const results: Record<string, unknown> = {}
      for (const key of selected) {
        try {
          results[key] = { ok: true, data: await registry[key].run({ db: database, now }) }
        } catch (err) {
          console.error(`[xinqiao] job ${key} failed`, err)
          results[key] = { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }
        }
      }
      return { ok: true, data: { trigger: name, at: now.toISOString(), jobs: results } }
    } catch (err) {
      if (err instanceof AppError) return fail(err)
      console.error('[xinqiao] jobs unexpected error', err)
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }
    }
  }
}

export const main = createJobsMain(jobs)

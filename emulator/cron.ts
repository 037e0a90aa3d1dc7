import { Cron as Croner } from 'croner'
import type { Functions } from './gateway'

export interface Cron {
  jobs: { fn: string; trigger: string; pattern: string; next: Date | null }[]
  stop(): void
}

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
  Message: string
}

export function timerEvent(triggerName: string, message = '', at = new Date()): TimerEvent {
  return { Type: 'Timer', TriggerName: triggerName, Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: message }
}

/** 年字段匹配：* / 数字 / a-b / 逗号列表 / 步长 */
export function yearMatches(field: string, year: number): boolean {
  return field.split(',').some((part) => {
    const [range, stepText] = part.split('/')
    const step = stepText ? Number(stepText) : 1
    if (range === '*') return (year - 1970) % step === 0
    const [a, b] = range.split('-').map(Number)
    const hi = Number.isFinite(b) ? b : stepText ? 9999 : a
    return year >= a && year <= hi && (year - a) % step === 0
  })
}

/**
 * 把 CloudBase 的 7 段 cron（秒 分 时 日 月 星期 年，UTC+8）拆成 croner 的 6 段 + 年字段。
 */
export function splitCron(expr: string): { pattern: string; year: string } {
  const parts = expr.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`timer trigger needs 7 fields (sec min hour day month weekday year): "${expr}"`)
  return { pattern: parts.slice(0, 6).join(' '), year: parts[6] }
}

const TZ = 'Asia/Shanghai'

function shanghaiYear(d: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: TZ, year: 'numeric' }).format(d))
}

/** 按各函数 config.json 的 timer 触发器定时调用 main(event, 无 openid 的 context) */
export function startCron(functions: Functions, log: (...a: unknown[]) => void): Cron {
  const jobs: Cron['jobs'] = []
  const handles: Croner[] = []
  for (const fn of functions.names()) {
    for (const t of functions.config(fn).triggers ?? []) {
      if (t.type !== 'timer') continue
      try {
        const { pattern, year } = splitCron(t.config)
        const job = new Croner(pattern, { timezone: TZ, unref: true, protect: true }, async () => {
          const now = new Date()
          if (!yearMatches(year, shanghaiYear(now))) return
          log(`timer ${fn}/${t.name} fired`)
          try {
            await functions.invoke(fn, timerEvent(t.name, '', now), null)
          } catch (e) {
            log(`timer ${fn}/${t.name} failed:`, e)
          }
        })
        handles.push(job)
        jobs.push({ fn, trigger: t.name, pattern: t.config, next: job.nextRun() })
      } catch (e) {
        log(`timer ${fn}/${t.name} ignored:`, (e as Error).message)
      }
    }
  }
  return { jobs, stop: () => handles.forEach((h) => h.stop()) }
}

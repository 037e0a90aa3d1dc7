/**
 * 演示数据在任何一天都可用：在寒假、暑假、学期最后一周、周日截止前后一分钟、闰日播种，
 * 都得到“今天在本学期教学周”的站点：有历史周报、一个已过去的假期周、上一学期、上个月的月报草稿，
 * 且数据自洽（每个危机条目都有即时报告；因即时报告入库的重点关注有对应告警）。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions as observations } from '../../../cloudfunctions/observations'
import { actions as reports } from '../../../cloudfunctions/reports'
import { actions as counseling } from '../../../cloudfunctions/counseling'
import { previousMonth, schoolYearOf, shanghaiDate, shanghaiMonth, termLastDay, weekWindow } from '../../../domain/calendar'
import { seedDemo } from '../../../scripts/seed'
import type { TermDoc } from '../../../types/models'
import type { AlertDoc, WeeklyReportDoc } from '../../../types/models-observations'
import type { KeyCareDoc } from '../../../types/models-counseling'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'

const INSTANTS: Array<[string, string]> = [
  ['寒假中的一天', '2027-02-03T02:00:00Z'],
  ['暑假中的一天', '2027-08-01T03:00:00Z'],
  ['周日截止前一分钟（北京时间 21:59）', '2026-12-06T13:59:00Z'],
  ['周日截止后一分钟（北京时间 22:01）', '2026-12-06T14:01:00Z'],
  ['闰日', '2028-02-29T06:00:00Z'],
  ['元旦凌晨（北京时间 1 月 1 日 00:30）', '2026-12-31T16:30:00Z'],
]

describe.each(INSTANTS)('在%s播种', (_label, iso) => {
  const NOW = new Date(iso)
  const clock = () => NOW
  const obs = createMain(observations, { clock })
  const rep = createMain(reports, { clock })
  const cns = createMain(counseling, { clock })
  let env: TestEnv
  beforeAll(async () => {
    env = await startTestEnv()
    await seedDemo(env.db, NOW)
  }, 60_000)
  afterAll(() => env.close())

  const ok = async (main: typeof obs, openid: string, action: string, payload: unknown = {}) => {
    const r = await callAs(main, openid, { action, payload })
    if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
    return r.data
  }

  test('今天在本学期的教学周，委员可以填报本周；上一学期存在；已过去的周里有一个假期周', async () => {
    const cur = await ok(obs, 'demo-committee-1', 'week.current')
    expect(cur.week).not.toBeNull()
    expect(cur.week.off).toBe(false)
    expect(cur.unit.status).not.toBe('off')
    const terms = (await env.db.collection(COLLECTIONS.terms).where({ stationId: 'demo-jd' }).get()).data as TermDoc[]
    expect(terms).toHaveLength(2)
    const [prev, current] = [...terms].sort((a, b) => a.startDate.localeCompare(b.startDate))
    expect(termLastDay(prev) < current.startDate).toBe(true)
    expect(new Set(terms.map((t) => t.name)).size).toBe(2)
    expect(current.weeksOff.some((w) => w < cur.week.week)).toBe(true)
    // 本周确实能交：零报告一次提交成功
    const r = await callAs(obs, 'demo-committee-1', {
      action: 'report.submit', payload: { week: cur.week.week, kind: 'class', unitId: cur.ownUnit.unitId, idempotencyKey: `any-date-${NOW.getTime()}`, hasConcern: false },
    })
    expect(r.error).toBeUndefined()
  })

  test('过去的教学周有周报历史，假期周没有', async () => {
    const term = (await ok(obs, 'demo-committee-1', 'week.current')).term
    const rows = (await env.db.collection(COLLECTIONS.weeklyReports).where({ termId: term.id }).limit(1000).get()).data as WeeklyReportDoc[]
    expect(rows.length).toBeGreaterThan(100)
    for (const w of term.weeksOff) expect(rows.some((x) => x.week === w)).toBe(false)
    expect(rows.every((x) => weekWindow(term, x.week).start.getTime() < NOW.getTime())).toBe(true)
  })

  test('上一个已结束的月份有月报草稿', async () => {
    const month = previousMonth(shanghaiMonth(NOW))
    const m = await ok(rep, 'demo-head', 'monthly.get', { month })
    expect(m.status).toBe('draft')
  })

  test('数据自洽：每个危机条目都有即时报告，因即时报告入库的重点关注有告警；已确认的告警在时限内', async () => {
    const reportsWithCrisis = ((await env.db.collection(COLLECTIONS.weeklyReports).where({ concernLevels: 'crisis' }).limit(1000).get()).data as WeeklyReportDoc[])
    const alerts = (await env.db.collection(COLLECTIONS.alerts).limit(1000).get()).data as AlertDoc[]
    for (const r of reportsWithCrisis) {
      for (const c of r.concerns.filter((x) => x.level === 'crisis')) {
        expect(alerts.some((a) => a.reportId === r._id && a.concernId === c.id)).toBe(true)
      }
    }
    const fromAlerts = ((await env.db.collection(COLLECTIONS.keyCare).where({ source: 'alert' }).get()).data as KeyCareDoc[])
    expect(fromAlerts.length).toBeGreaterThan(0)
    for (const k of fromAlerts) expect(alerts.some((a) => a.studentId === k.studentId)).toBe(true)
    for (const a of alerts.filter((x) => x.ackedAt)) expect(a.ackedAt!.getTime()).toBeLessThanOrEqual(a.ackDeadline.getTime())
    // 辅导员的谈话列表与重点关注都能读
    expect((await ok(cns, 'demo-counselor-1', 'talk.list')).total).toBeGreaterThan(0)
  })

  test('站长一打开首页就看到本学年考核手册还缺的材料（播种时与每天的任务同一条路径算好），学年里还没有开学的学期时不提示', async () => {
    const wb = await ok(obs, 'demo-head', 'workbench')
    const terms = (await env.db.collection(COLLECTIONS.terms).where({ stationId: 'demo-jd' }).get()).data as TermDoc[]
    const year = schoolYearOf(shanghaiDate(NOW))
    const started = terms.some((t) => schoolYearOf(t.startDate) === year && t.startDate <= shanghaiDate(NOW))
    if (started) {
      expect(wb.binder).toEqual(expect.objectContaining({ schoolYear: year }))
      expect(wb.binder.missingCount).toBeGreaterThan(0)
    } else {
      expect(wb.binder).toBeNull()
    }
  })
})

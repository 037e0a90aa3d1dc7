import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { remindMissing } from '../../../cloudfunctions/jobs/remind-missing'
import { concernReport, newKey, setupObservations, zeroReport, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(() => h.env.close())

const reminders = async (personId: string) =>
  (await h.env.db.collection(COLLECTIONS.messages).where({ personId, kind: 'reminder' }).get()).data

describe('未报提醒', () => {
  test('辅导员看到本周未报的单位与填报人', async () => {
    await h.ok('committeeA', 'report.submit', zeroReport(h.fx, 7))
    const r = await h.ok('counselorA', 'missing.list', {})
    expect(r.week.week).toBe(7)
    // counselorA：班级 A（已交）、班级 B（无委员）、宿舍 A（observerA）
    expect(r.units.map((u: any) => u.unitId).sort()).toEqual([h.fx.classes.B, h.fx.dorms.A].sort())
    expect(r.units.find((u: any) => u.unitId === h.fx.dorms.A).reporters).toEqual([{ personId: h.fx.personIds.observerA, name: '李思远' }])
  })

  test('一键提醒全部：每个填报人一条站内消息；同一小时内重复点击不重复发送', async () => {
    const r = await h.ok('counselorA', 'remind', {})
    expect(r).toMatchObject({ week: 7, units: 2, reminded: 1, unitsWithoutReporter: 1 })
    const again = await h.ok('counselorA', 'remind', {})
    expect(again).toMatchObject({ reminded: 0, alreadyReminded: 1 })
    expect(await reminders(h.fx.personIds.observerA)).toHaveLength(1)
    expect(await reminders(h.fx.personIds.committeeA)).toHaveLength(0)
  })

  test('提醒单个单位；范围外的单位被忽略', async () => {
    h.at('2026-10-21T06:00:00Z')
    const r = await h.ok('head', 'remind', { units: [{ kind: 'dorm', unitId: h.fx.dorms.C }, { kind: 'class', unitId: h.fx.otherClassId }] })
    expect(r).toMatchObject({ units: 1, reminded: 1 })
    expect(await reminders(h.fx.personIds.observerC)).toHaveLength(1)
    expect(await reminders(h.fx.personIds.committeeC)).toHaveLength(0)
  })

  test('定时提醒：截止前 4 小时之外不发送', async () => {
    // 周日 17:00 北京时间，距截止 5 小时
    expect((await remindMissing({ db: h.env.db, now: new Date('2026-10-25T09:00:00Z') })).reminded).toBe(0)
    // 截止之后也不再发“截止前提醒”
    expect((await remindMissing({ db: h.env.db, now: new Date('2026-10-25T14:00:00Z') })).reminded).toBe(0)
  })

  test('定时提醒：全部站点本周未报的填报人，重跑不重复发送', async () => {
    const now = new Date('2026-10-25T10:00:00Z') // 周日 18:00 北京时间
    const first = await remindMissing({ db: h.env.db, now })
    expect(first.reminded).toBe(3) // observerA、committeeC、observerC（S2 没有填报人）
    const second = await remindMissing({ db: h.env.db, now })
    expect(second.reminded).toBe(0)
    expect(await reminders(h.fx.personIds.committeeC)).toHaveLength(1)
    expect(await reminders(h.fx.personIds.committeeA)).toHaveLength(0)
  })

  test('填报人不能看未报名单或发提醒', async () => {
    expect((await h.call('committeeA', 'missing.list', {})).error.code).toBe('AUTH.FORBIDDEN')
    expect((await h.call('observerA', 'remind', {})).error.code).toBe('AUTH.FORBIDDEN')
  })
})

describe('历史与筛选', () => {
  beforeAll(async () => {
    h.at('2026-10-21T07:00:00Z')
    await h.ok('committeeA', 'report.submit', concernReport(h.fx, 6, [
      { studentId: h.fx.students.a1, categories: ['学业压力', '就业压力'], level: 'key', description: '挂科较多' },
    ]))
    await h.ok('observerA', 'report.submit', {
      week: 7, kind: 'dorm', unitId: h.fx.dorms.A, idempotencyKey: newKey(), hasConcern: true, overall: '一般',
      concerns: [{ studentId: h.fx.students.b3, categories: ['人际关系'], level: 'general', description: '与室友矛盾' }],
    })
    await h.ok('committeeC', 'report.submit', {
      week: 7, kind: 'class', unitId: h.fx.classes.C, idempotencyKey: newKey(), hasConcern: true, overall: '一般',
      concerns: [{ studentId: h.fx.students.c2, categories: ['学业压力'], level: 'general', description: '沉迷游戏' }],
    })
  })

  test('填报人看到本单位每周的状态（含未报与假期）', async () => {
    const r = await h.ok('committeeA', 'report.history', {})
    expect(r.unit).toMatchObject({ kind: 'class', unitId: h.fx.classes.A, unitName: '机电2301班' })
    expect(r.rows.map((x: any) => x.week)).toEqual([7, 6, 5, 4, 3, 2, 1])
    const byWeek = Object.fromEntries(r.rows.map((x: any) => [x.week, x]))
    expect(byWeek[7].status).toBe('zero')
    expect(byWeek[6].status).toBe('late')
    expect(byWeek[5].status).toBe('missing')
    expect(byWeek[4]).toMatchObject({ off: true, status: null })
  })

  test('辅导员按等级、类别、周次筛选，只在负责范围内；结果记审计', async () => {
    const key = await h.ok('counselorA', 'report.search', { level: 'key' })
    expect(key.items.map((r: any) => r.id)).toEqual([`${h.fx.termId}:6:class:${h.fx.classes.A}`])
    const study = await h.ok('counselorA', 'report.search', { category: '学业压力' })
    expect(study.total).toBe(1) // 班级 C 的学业压力不在 counselorA 范围
    const wk7 = await h.ok('counselorA', 'report.search', { week: 7, concernOnly: true })
    expect(wk7.items.map((r: any) => r.unitName)).toEqual(['12栋305'])
    const all = await h.ok('head', 'report.search', { category: '学业压力', pageSize: 1 })
    expect(all.total).toBe(2)
    expect(all.items).toHaveLength(1)
    const audits = (await h.env.db.collection(COLLECTIONS.auditLogs).where({ action: 'observations.report.search' }).get()).data
    expect(audits.length).toBeGreaterThanOrEqual(4)
    expect(audits.some((a: any) => a.targetIds.includes(h.fx.students.a1))).toBe(true)
  })

  test('本周首页：填报人看到本单位状态，辅导员看到计数与待办', async () => {
    const mine = await h.ok('observerA', 'week.current', {})
    expect(mine.week.week).toBe(7)
    expect(mine.unit).toMatchObject({ kind: 'dorm', status: 'concern', unitName: '12栋305' })
    const c = await h.ok('counselorA', 'week.current', {})
    expect(c.unit).toBeNull()
    expect(c.summary).toMatchObject({ total: 3, counts: { zero: 1, concern: 1, missing: 1 } })
  })
})

/**
 * 重点关注逾期跟进提醒（jobs.remindOverdueFollowUps）：经 jobs 的 tick 按北京时间调度，
 * 每位辅导员每天至多一条消息（只有人数与列表链接），重跑不重复发送。
 */
import { actions } from '../../../cloudfunctions/counseling'
import { COLLECTIONS as C } from '../../../cloudfunctions/_lib/collections'
import { templateFor } from '../../../cloudfunctions/_lib/notify'
import { createJobsMain, jobs, TICK } from '../../../cloudfunctions/jobs'
import { KEYCARE_LIST_LINK, remindOverdueFollowUps } from '../../../cloudfunctions/jobs/overdue-follow-ups'
import { callAs } from '../../support/env'
import { createHarness, type Harness } from '../../support/harness'

let h: Harness
let tick: () => Promise<any>
let runByName: () => Promise<any>

/** 另一站点（S2）负责班级 X、宿舍 X 的辅导员 */
const OTHER_COUNSELOR = 'fx-person-counselorX'

const add = (studentId: string, nextFollowUp: string, extra: Record<string, unknown> = {}) => ({
  studentId, level: 'key', categories: ['情绪异常'], source: 'direct', nextFollowUp, ...extra,
})

const followups = async (personId: string) =>
  (await h.env.db.collection(C.messages).where({ personId, kind: 'followup' }).get()).data as any[]

beforeAll(async () => {
  h = await createHarness(actions) // 2026-10-21 12:00 北京时间
  const jobsMain = createJobsMain(jobs, { clock: () => h.now() })
  tick = () => callAs(jobsMain, null, { Type: 'Timer', TriggerName: TICK })
  runByName = () => callAs(jobsMain, null, { Type: 'Timer', TriggerName: 'remindOverdueFollowUps' })
  await h.insert(C.people, { _id: OTHER_COUNSELOR, openid: 'fx-openid-counselorX', name: '韩老师', createdAt: h.now() })
  await h.insert(C.roleAssignments, {
    _id: 'fx-assignment-counselorX', personId: OTHER_COUNSELOR, role: 'counselor', stationId: h.fx.otherStationId,
    classIds: [h.fx.otherClassId], dormIds: [h.fx.otherDormId],
    termStart: new Date('2026-09-01T00:00:00Z'), termEnd: null, endedAt: null, createdAt: new Date('2026-09-01T00:00:00Z'),
  })

  const s = h.fx.students
  // 逾期（10-23 起）：a1（班级 A、宿舍 A → counselorA）、a3（班级 A、宿舍 B → counselorA 与 counselorB，站长以危机入库）
  await h.ok('counselorA', 'keycare.add', add(s.a1, '2026-10-22'))
  await h.ok('head', 'keycare.add', add(s.a3, '2026-10-22', { level: 'crisis' }))
  // 未逾期：b1 跟进日期在后；c1 10-23 当天不算逾期，10-24 起逾期（counselorB）
  await h.ok('counselorA', 'keycare.add', add(s.b1, '2026-10-30'))
  await h.ok('counselorB', 'keycare.add', add(s.c1, '2026-10-23'))
  // 已解除、已转介：跟进日期虽早，也不算逾期
  const b2 = await h.ok('counselorA', 'keycare.add', add(s.b2, '2026-10-22'))
  await h.ok('head', 'keycare.close', { id: b2.entry.id, reason: '经评估风险解除' })
  const b3 = await h.ok('counselorA', 'keycare.add', add(s.b3, '2026-10-22'))
  await h.ok('counselorA', 'keycare.refer', { id: b3.entry.id, to: 'center', date: '2026-10-21', party: '校心理中心' })
  // 另一站点：x1 10-25 起逾期
  await h.ok('otherHead', 'keycare.add', add(s.x1, '2026-10-24'))
})
afterAll(() => h.env.close())

describe('重点关注逾期跟进提醒', () => {
  test('tick 只在北京时间 08:30 运行该任务', async () => {
    h.at('2026-10-23T00:29:00Z') // 08:29
    expect(Object.keys((await tick()).data.jobs)).toEqual(['escalateAlerts'])
    h.at('2026-10-23T00:31:00Z')
    expect(Object.keys((await tick()).data.jobs)).toEqual(['escalateAlerts'])
    expect(await h.count(C.messages, { kind: 'followup' })).toBe(0)
  })

  test('逾期条目：每位辅导员一条消息，只有人数与重点关注列表链接；未逾期、已解除、已转介的不计', async () => {
    h.at('2026-10-23T00:30:00Z') // 周五 08:30
    const r = await tick()
    expect(Object.keys(r.data.jobs).sort()).toEqual(['draftMonthlyCatchUp', 'escalateAlerts', 'remindOverdueFollowUps'])
    expect(r.data.jobs.remindOverdueFollowUps).toEqual({ ok: true, data: { overdue: 2, counselors: 2, sent: 2 } })

    const [a] = await followups(h.fx.personIds.counselorA)
    expect(a).toMatchObject({
      _id: `followup:2026-10-23:${h.fx.personIds.counselorA}`,
      title: '重点关注逾期跟进：2 人',
      link: KEYCARE_LIST_LINK,
      readAt: null,
    })
    expect(a.body).toContain('危机 1 人、重点关注 1 人')
    const b = await followups(h.fx.personIds.counselorB)
    expect(b).toHaveLength(1)
    expect(b[0].title).toBe('重点关注逾期跟进：1 人')

    // 计数与辅导员在重点关注列表中看到的逾期数一致
    const list = await h.ok('counselorA', 'keycare.list', { overdueOnly: true })
    expect(list.summary.overdue).toBe(2)

    // 不含学生姓名
    const names = Object.values(h.fx.studentDocs).map((d) => d.name)
    for (const m of [a, b[0]]) for (const n of names) expect(`${m.title}${m.body}`).not.toContain(n)

    // 站长、学生骨干、另一站点的辅导员都收不到
    expect(await followups(h.fx.personIds.head)).toHaveLength(0)
    expect(await followups(h.fx.personIds.committeeA)).toHaveLength(0)
    expect(await followups(OTHER_COUNSELOR)).toHaveLength(0)
  })

  test('同一天再次运行（重复触发、手动补跑）不重复发送', async () => {
    expect((await tick()).data.jobs.remindOverdueFollowUps.data).toMatchObject({ overdue: 2, sent: 0 })
    h.at('2026-10-23T12:00:00Z') // 20:00，仍是 10-23
    expect((await runByName()).data.jobs.remindOverdueFollowUps.data).toMatchObject({ overdue: 2, sent: 0 })
    const [x, y] = await Promise.all([
      remindOverdueFollowUps({ db: h.env.db, now: new Date('2026-10-23T00:30:00Z') }),
      remindOverdueFollowUps({ db: h.env.db, now: new Date('2026-10-23T00:30:00Z') }),
    ])
    expect(x.sent + y.sent).toBe(0)
    expect(await followups(h.fx.personIds.counselorA)).toHaveLength(1)
    expect(await followups(h.fx.personIds.counselorB)).toHaveLength(1)
  })

  test('第二天按当天的逾期重新计数，每人每天一条', async () => {
    h.at('2026-10-24T00:30:00Z') // 10-24 08:30：c1 也已逾期
    const r = (await tick()).data.jobs.remindOverdueFollowUps.data
    expect(r).toEqual({ overdue: 3, counselors: 2, sent: 2 })
    const b = await followups(h.fx.personIds.counselorB)
    expect(b.map((m) => m._id).sort()).toEqual([
      `followup:2026-10-23:${h.fx.personIds.counselorB}`,
      `followup:2026-10-24:${h.fx.personIds.counselorB}`,
    ])
    expect(b.find((m) => m._id.includes('2026-10-24')).title).toBe('重点关注逾期跟进：2 人')
    expect(await followups(h.fx.personIds.counselorA)).toHaveLength(2)
    expect((await tick()).data.jobs.remindOverdueFollowUps.data.sent).toBe(0)
  })

  test('跟进后更新日期即不再计入；各站点只提醒本站的辅导员', async () => {
    h.at('2026-10-24T02:00:00Z')
    const mine = await h.ok('counselorA', 'keycare.list', { studentId: h.fx.students.a1 })
    await h.ok('counselorA', 'keycare.update', { id: mine.items[0].id, nextFollowUp: '2026-10-31' })
    h.at('2026-10-25T00:30:00Z') // 10-25：x1（S2）也已逾期
    const r = (await tick()).data.jobs.remindOverdueFollowUps.data
    expect(r).toEqual({ overdue: 3, counselors: 3, sent: 3 })
    const latest = async (personId: string) => (await followups(personId)).find((m) => m._id.includes('2026-10-25'))
    expect((await latest(h.fx.personIds.counselorA)).title).toBe('重点关注逾期跟进：1 人')
    expect((await latest(h.fx.personIds.counselorB)).title).toBe('重点关注逾期跟进：2 人')
    const other = await followups(OTHER_COUNSELOR)
    expect(other).toHaveLength(1)
    expect(other[0].title).toBe('重点关注逾期跟进：1 人')
    expect(await followups(h.fx.personIds.otherHead)).toHaveLength(0)
  })

  test('订阅消息与周报提醒共用提醒模板', () => {
    const env = { local: false, templates: { reminder: 'tpl-r', alert: 'tpl-a' }, longTerm: { reminder: false, alert: false }, envId: 'e' }
    expect(templateFor('followup', env)).toBe('tpl-r')
  })
})

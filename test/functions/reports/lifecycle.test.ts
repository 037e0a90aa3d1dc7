/**
 * 生命周期：定时任务重复触发只有一份；提交冻结快照，之后的数据变化不影响快照；退回、重新提交生成新版本。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { draftMonthly } from '../../../cloudfunctions/_lib/monthly/draft-job'
import { insertAll } from '../../support/fixtures'
import { NOV1_2AM, setup, type Harness } from './helpers'
import { seedSampleMonth } from './seed-month'

let h: Harness
const OCT = '2026-10'
beforeAll(async () => {
  h = await setup(NOV1_2AM)
  await seedSampleMonth(h.env.db, h.fx)
})
afterAll(() => h.env.close())

const reportDoc = () => h.get(COLLECTIONS.monthlyReports, `${h.fx.stationId}:${OCT}`)

describe('月报生命周期', () => {
  test('定时触发两次（每分钟的 tick 在 1 日 02:00 选中任务）：每站只有一份草稿，第二次视为刚完成而跳过', async () => {
    const first = await h.timer('tick')
    expect(first.data.jobs.draftMonthly.data).toMatchObject({ month: OCT, created: 2, updated: 0, failed: 0, deferred: 0 })
    const second = await h.timer('tick')
    expect(second.data.jobs.draftMonthly.data).toMatchObject({ created: 0, updated: 0, fresh: 2, failed: 0 })
    expect(await h.count(COLLECTIONS.monthlyReports, {})).toBe(2)
    expect(await h.count(COLLECTIONS.monthlyReports, { stationId: h.fx.stationId, month: OCT })).toBe(1)
  })

  test('两次并发触发（草稿尚不存在时）也只有一份', async () => {
    await h.env.db.collection(COLLECTIONS.monthlyReports).where({ month: OCT }).remove()
    const [a, b] = await Promise.all([h.timer('draftMonthly'), h.timer('draftMonthly')])
    expect(a.ok && b.ok).toBe(true)
    const outcomes = [a, b].map((r) => r.data.jobs.draftMonthly.data)
    expect(outcomes.reduce((n: number, o: any) => n + o.created, 0)).toBe(2)
    expect(outcomes.reduce((n: number, o: any) => n + o.failed, 0)).toBe(0)
    expect(await h.count(COLLECTIONS.monthlyReports, {})).toBe(2)
  })

  test('其他时刻的 tick 不起草月报', async () => {
    for (const at of ['2026-11-01T18:00:00Z', '2026-10-31T19:00:00Z', '2026-10-31T18:01:00Z']) {
      h.at(at)
      expect((await h.timer('tick')).data.jobs.draftMonthly).toBeUndefined()
    }
    h.at(NOV1_2AM)
  })

  test('超出时间预算的站点留给下一次触发，下一次补齐', async () => {
    await h.env.db.collection(COLLECTIONS.monthlyReports).where({ month: OCT }).remove()
    const first = await draftMonthly({ db: h.env.db, now: NOV1_2AM }, { budgetMs: -1 })
    expect(first).toMatchObject({ created: 0, deferred: 2 })
    const second = await draftMonthly({ db: h.env.db, now: NOV1_2AM })
    expect(second).toMatchObject({ created: 2, deferred: 0 })
  })

  test('02:05 的触发同样选中任务；半小时后补跑会把新数据更新进草稿，站长写的叙述保留', async () => {
    h.at(new Date(NOV1_2AM.getTime() + 5 * 60_000))
    expect((await h.timer('tick')).data.jobs.draftMonthly.data).toMatchObject({ fresh: 2 })
    h.at(new Date(NOV1_2AM.getTime() + 3600_000))
    await h.ok('head', 'monthly.update', { month: OCT, narrative: '本月学院整体平稳，开展心理主题班会 3 场。' })
    // 迟到的周报：B 舍第 7 周于 11 月 1 日补报
    await insertAll(h.env.db, COLLECTIONS.weeklyReports, [{
      _id: `${h.fx.termId}:7:dorm:${h.fx.dorms.B}`, stationId: h.fx.stationId, termId: h.fx.termId, week: 7, kind: 'dorm', unitId: h.fx.dorms.B,
      dormId: h.fx.dorms.B, reporterId: 'p', reporterName: '某同学', hasConcern: false, overall: '', majorEvents: '', concerns: [],
      concernLevels: [], concernCategories: [], studentIds: [], status: 'submitted', firstSubmittedAt: NOV1_2AM, submittedAt: NOV1_2AM,
      onTime: false, revision: 1, revisions: [],
    }])
    expect((await h.timer('draftMonthly')).data.jobs.draftMonthly.data).toMatchObject({ updated: 2 })
    const doc = await reportDoc()
    expect(doc.sections.submission.total).toMatchObject({ submitted: 12, late: 3, missing: 6 })
    expect(doc.narrative).toBe('本月学院整体平稳，开展心理主题班会 3 场。')
  })

  test('提交冻结快照；之后的新数据、定时任务都不改变已提交的月报', async () => {
    const submitted = await h.ok('head', 'monthly.submit', { month: OCT })
    expect(submitted).toMatchObject({ status: 'submitted', version: 1 })
    const before = await reportDoc()
    await insertAll(h.env.db, COLLECTIONS.talks, [{
      _id: 'late-talk', stationId: h.fx.stationId, studentId: h.fx.students.a2, studentName: '李思远', classId: h.fx.classes.A, dormId: h.fx.dorms.A,
      authorId: h.fx.personIds.counselorA, authorName: '钱老师', date: '2026-10-31', place: '办公室', form: 'in_person', type: 'daily',
      source: 'self_initiated', summary: '补录', level: 'general', measures: '', referred: false, createdAt: NOV1_2AM,
    }])
    h.at(new Date(NOV1_2AM.getTime() + 2 * 3600_000))
    const job = await h.timer('draftMonthly')
    expect(job.data.jobs.draftMonthly.data).toMatchObject({ skipped: 1, updated: 1 })
    const after = await reportDoc()
    expect(after.status).toBe('submitted')
    expect(after.rev).toBe(before.rev)
    expect(after.versions[0].snapshot).toEqual(before.versions[0].snapshot)
    expect(after.versions[0].snapshot.sections.talks.total).toBe(6)
  })

  test('已提交：再提交、编辑、重新生成都被拒绝（MONTHLY.ALREADY_SUBMITTED），内容不变', async () => {
    const before = await reportDoc()
    await h.fail('head', 'monthly.submit', { month: OCT }, 'MONTHLY.ALREADY_SUBMITTED')
    await h.fail('head', 'monthly.update', { month: OCT, narrative: '改写' }, 'MONTHLY.ALREADY_SUBMITTED')
    await h.fail('head', 'monthly.generate', { month: OCT }, 'MONTHLY.ALREADY_SUBMITTED')
    expect(await reportDoc()).toEqual(before)
  })

  test('中心看到已提交并退回；站长收到站内消息；不能重复退回', async () => {
    const overview = await h.ok('center', 'monthly.overview', { month: OCT })
    expect(overview.stations.find((s: any) => s.stationId === h.fx.stationId)).toMatchObject({ status: 'submitted', version: 1 })
    expect(overview.counts).toEqual({ none: 0, draft: 1, submitted: 1, returned: 0 })
    expect(overview.summary.stationsIncluded).toBe(1)
    expect(overview.summary.figures.reportsSubmitted).toBe(12)
    expect(JSON.stringify(overview)).not.toContain('王雨涵')
    const view = await h.ok('center', 'monthly.get', { month: OCT, stationId: h.fx.stationId })
    expect(view).toMatchObject({ status: 'submitted', source: 'snapshot', version: 1, editable: false })
    await h.fail('center', 'monthly.get', { month: OCT, stationId: h.fx.otherStationId }, 'NOT_FOUND')

    const ret = await h.ok('center', 'monthly.return', { month: OCT, stationId: h.fx.stationId, comment: '请补充危机个案的后续情况' })
    expect(ret).toMatchObject({ status: 'returned', version: 1 })
    const msgs = await h.env.db.collection(COLLECTIONS.messages).where({ personId: h.fx.personIds.head, kind: 'returned' }).get()
    expect((msgs as any).data).toHaveLength(1)
    expect((msgs as any).data[0].body).toBe('请补充危机个案的后续情况')
    await h.fail('center', 'monthly.return', { month: OCT, stationId: h.fx.stationId, comment: '再退一次' }, 'STATE.INVALID_TRANSITION')
    await h.fail('center', 'monthly.return', { month: OCT, stationId: h.fx.otherStationId, comment: '草稿' }, 'STATE.INVALID_TRANSITION')
  })

  test('退回后站长修改并重新提交：第 2 版，两版快照都保留，中心看到第 2 版', async () => {
    const draft = await h.ok('head', 'monthly.get', { month: OCT })
    expect(draft).toMatchObject({ status: 'returned', editable: true, returnComment: '请补充危机个案的后续情况' })
    const cases = draft.cases.map((c: any, i: number) => (i === 0 ? { ...c, effect: '已返校，情绪平稳，每日联系' } : c))
    await h.ok('head', 'monthly.update', { month: OCT, cases, rev: draft.rev })
    await h.fail('head', 'monthly.update', { month: OCT, narrative: '旧版本', rev: draft.rev }, 'CONFLICT')
    const re = await h.ok('head', 'monthly.submit', { month: OCT })
    expect(re.version).toBe(2)
    const doc = await reportDoc()
    expect(doc.versions.map((v: any) => v.version)).toEqual([1, 2])
    expect(doc.versions[0].snapshot.cases[0].effect).not.toBe('已返校，情绪平稳，每日联系')
    expect(doc.versions[1].snapshot.cases[0]).toMatchObject({ effect: '已返校，情绪平稳，每日联系', edited: true })
    const view = await h.ok('center', 'monthly.get', { month: OCT, stationId: h.fx.stationId })
    expect(view).toMatchObject({ status: 'submitted', version: 2 })
    expect(view.cases[0].effect).toBe('已返校，情绪平稳，每日联系')
    expect(view.versions.map((v: any) => v.version)).toEqual([1, 2])
    expect(view.returns).toHaveLength(1)
  })
})

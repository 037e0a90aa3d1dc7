/**
 * 工作台的两项汇总：辅导员的“重点关注跟进到期”与重点关注库的逾期同一规则（domain/followup.ts）；
 * 站长首页的考核手册缺失材料读手册上存的摘要（每天的任务与 binder.get 刷新），带计算时刻，不在首页重算手册。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { refreshBinderSummaries } from '../../../cloudfunctions/jobs/binder-summaries'
import { setupObservations, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(() => h.env.close())

const entry = (id: string, student: 'a1' | 'a2' | 'a3' | 'a4', nextFollowUp: string, extra: object = {}) => ({
  _id: id, stationId: h.fx.stationId, studentId: h.fx.students[student], studentName: h.fx.studentDocs[student].name,
  classId: h.fx.classes.A, dormId: h.fx.dorms.A, level: 'key', categories: [], enteredAt: '2026-09-20', source: 'direct',
  counselorId: h.fx.personIds.counselorA, counselorName: '辅导员', nextFollowUp, status: 'active',
  history: [{ at: new Date('2026-09-20T02:00:00Z'), change: 'enter', by: h.fx.personIds.counselorA }],
  centerFeedback: [], createdAt: new Date('2026-09-20T02:00:00Z'), updatedAt: new Date('2026-09-20T02:00:00Z'), ...extra,
})

describe('工作台', () => {
  test('辅导员：重点关注跟进到期数按逾期规则（早于今天；之后的谈话改了下次跟进的以谈话为准），一次聚合读出', async () => {
    h.at('2026-10-21T04:00:00Z')
    await h.insert(COLLECTIONS.keyCare, [
      entry('kc-overdue', 'a1', '2026-10-15'),
      entry('kc-moved', 'a2', '2026-10-15'),
      entry('kc-today', 'a3', '2026-10-21'),
      entry('kc-closed', 'a4', '2026-10-01', { status: 'closed' }),
    ])
    // a2 在条目设定之后谈过一次，下次跟进改到 10-28：不再逾期
    await h.insert(COLLECTIONS.talks, {
      _id: 'talk-a2', stationId: h.fx.stationId, studentId: h.fx.students.a2, studentName: h.fx.studentDocs.a2.name, classId: h.fx.classes.A, dormId: h.fx.dorms.A,
      authorId: h.fx.personIds.counselorA, authorName: '辅导员', date: '2026-10-14', place: '办公室', form: 'in_person', type: 'daily', source: 'self_initiated',
      summary: '谈话', level: 'key', measures: '', referred: false, followUpDate: '2026-10-28', createdAt: new Date('2026-10-14T02:00:00Z'),
    })
    await h.env.resetStats()
    const wb = await h.ok('counselorA', 'workbench')
    expect(wb.followUpsDue).toBe(1)
    expect((await h.env.stats()).total).toBeLessThanOrEqual(8)
  })

  test('站长：考核手册缺失材料来自手册上存的摘要，带计算时刻；还没算过时不提示，首页不重算', async () => {
    h.at('2026-10-21T04:00:00Z')
    expect((await h.ok('head', 'workbench')).binder).toBeNull()
    const job = await refreshBinderSummaries({ db: h.env.db, now: h.now() })
    expect(job).toMatchObject({ schoolYear: '2026-2027', refreshed: expect.any(Number), failed: 0 })
    h.at('2026-10-21T06:00:00Z')
    await h.env.resetStats()
    const wb = await h.ok('head', 'workbench')
    expect((await h.env.stats()).total).toBeLessThanOrEqual(8)
    expect(wb.binder).toMatchObject({ schoolYear: '2026-2027', asOf: '2026-10-21T04:00:00.000Z', asOfText: '10月21日 12:00' })
    expect(wb.binder.missingCount).toBeGreaterThan(0)
    expect(wb.binder.missing.length).toBe(Math.min(3, wb.binder.missingCount))
    // 同一天再跑：已算过的不重算
    expect(await refreshBinderSummaries({ db: h.env.db, now: h.now() })).toMatchObject({ refreshed: 0, failed: 0 })
  })
})

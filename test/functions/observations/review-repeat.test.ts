/**
 * 一条规则：同一审阅迁移重复一次是答复 ok 的空操作（与晚点名、朋辈谈心相同，见 counseling/review-repeat.test.ts）。
 */
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { concernReport, setupObservations, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
  h.at('2026-10-28T04:00:00Z') // 第 8 周周三
})
afterAll(() => h.env.close())

const concern = (studentId: string) => [{ studentId, categories: ['学业压力'], level: 'general', description: '考试压力大', measures: '', needsTalk: false }] as any

describe('周报：重复已阅、重复退回', () => {
  test('已阅两次、同时已阅：都答复 ok；之后退回 → STATE.INVALID_TRANSITION', async () => {
    const r = await h.ok('committeeA', 'report.submit', concernReport(h.fx, 8, concern(h.fx.students.a1)))
    const both = await Promise.all([
      h.call('counselorA', 'report.review', { reportId: r.id, revision: 1 }),
      h.call('head', 'report.review', { reportId: r.id, revision: 1 }),
    ])
    expect(both.map((x) => x.ok && x.data.status)).toEqual(['reviewed', 'reviewed'])
    expect(await h.ok('counselorA', 'report.review', { reportId: r.id, revision: 1 })).toMatchObject({ status: 'reviewed' })
    expect((await h.call('counselorA', 'report.return', { reportId: r.id, revision: 1, comment: '补充' })).error.code).toBe('STATE.INVALID_TRANSITION')
  })

  test('退回两次：都答复 ok，只通知一次，意见是第一次的', async () => {
    const r = await h.ok('observerA', 'report.submit', { ...concernReport(h.fx, 8, concern(h.fx.students.a2)), kind: 'dorm', unitId: h.fx.dorms.A })
    await h.ok('counselorA', 'report.return', { reportId: r.id, revision: 1, comment: '请补充措施' })
    const again = await h.ok('counselorA', 'report.return', { reportId: r.id, revision: 1, comment: '另一条意见' })
    expect(again).toMatchObject({ status: 'returned', reviewComment: '请补充措施' })
    expect(await h.count(COLLECTIONS.messages, { personId: h.fx.personIds.observerA, kind: 'returned' })).toBe(1)
    expect((await h.call('counselorA', 'report.review', { reportId: r.id, revision: 1 })).error.code).toBe('STATE.INVALID_TRANSITION')
  })
})

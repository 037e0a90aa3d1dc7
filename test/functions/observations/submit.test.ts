import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { concernReport, newKey, setupObservations, zeroReport, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(() => h.env.close())

describe('填报周报', () => {
  test('零报告一键提交，计入按时报送', async () => {
    const r = await h.ok('committeeA', 'report.submit', zeroReport(h.fx, 7))
    expect(r).toMatchObject({ week: 7, kind: 'class', hasConcern: false, status: 'submitted', onTime: true, boardStatus: 'zero', revision: 1 })
    expect(r.id).toBe(`${h.fx.termId}:7:class:${h.fx.classes.A}`)
  })

  test('50 个相同的并发提交只产生一份周报、一个修订', async () => {
    const input = concernReport(h.fx, 6, [{ studentId: h.fx.students.a1, categories: ['学业压力'], level: 'general', description: '期中考试压力大', needsTalk: true }])
    const results = await Promise.all(Array.from({ length: 50 }, () => h.call('committeeA', 'report.submit', input)))
    expect(results.every((r) => r.ok)).toBe(true)
    const ids = new Set(results.map((r) => r.data.id))
    expect(ids.size).toBe(1)
    expect(await h.count(COLLECTIONS.weeklyReports, { week: 6, unitId: h.fx.classes.A })).toBe(1)
    const doc = (await h.env.db.collection(COLLECTIONS.weeklyReports).doc([...ids][0]).get()).data[0]
    expect(doc.revisions).toHaveLength(1)
    expect(doc.revision).toBe(1)
    expect(await h.count(COLLECTIONS.talkTasks, { studentId: h.fx.students.a1, source: 'weekly_concern' })).toBe(1)
  })

  test('重试同一幂等键返回同一份周报且不增加修订；新键产生新修订', async () => {
    const input = zeroReport(h.fx, 5)
    const a = await h.ok('committeeA', 'report.submit', input)
    const b = await h.ok('committeeA', 'report.submit', input)
    expect(b.revision).toBe(a.revision)
    const c = await h.ok('committeeA', 'report.submit', { ...input, idempotencyKey: newKey() })
    expect(c.revision).toBe(a.revision + 1)
    expect(c.revisions).toHaveLength(2)
    expect(c.firstSubmittedAt).toBe(a.firstSubmittedAt)
  })
})

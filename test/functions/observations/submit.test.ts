import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions } from '../../../cloudfunctions/observations'
import { callAs } from '../../support/env'
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

describe('换岗交接', () => {
  test('继任委员修改周报：填报人仍是原作者，新修订记录继任者；前任立即失去权限', async () => {
    const first = await h.ok('committeeA', 'report.submit', zeroReport(h.fx, 3))
    const now = h.fx.now
    await h.env.db.collection(COLLECTIONS.people).add({ _id: 'p-successor', openid: 'openid-successor', name: '继任委员', createdAt: now })
    await h.env.db.collection(COLLECTIONS.roleAssignments).add({
      _id: 'a-successor', personId: 'p-successor', role: 'committee', stationId: h.fx.stationId, classId: h.fx.classes.A,
      termStart: new Date('2026-09-01T00:00:00Z'), termEnd: null, endedAt: null, createdAt: now,
    })
    await h.env.db.collection(COLLECTIONS.roleAssignments).doc(h.fx.assignmentIds.committeeA).update({ endedAt: new Date(now.getTime() - 1000) })
    const main = createMain(actions, { clock: () => now })
    const r = await callAs(main, 'openid-successor', { action: 'report.submit', payload: { ...zeroReport(h.fx, 3), hasConcern: false } })
    expect(r.ok).toBe(true)
    expect(r.data).toMatchObject({ id: first.id, revision: 2, reporterId: h.fx.personIds.committeeA })
    const doc = (await h.env.db.collection(COLLECTIONS.weeklyReports).doc(first.id).get()).data[0]
    expect(doc.revisions[1]).toMatchObject({ submittedBy: 'p-successor', submittedByName: '继任委员' })
    expect((await h.call('committeeA', 'report.submit', zeroReport(h.fx, 3))).error.code).toBe('AUTH.ROLE_ENDED')
  })
})

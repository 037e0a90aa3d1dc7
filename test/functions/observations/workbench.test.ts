import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { resetFunctionEnv } from '../../../cloudfunctions/_lib/env'
import { escalateAlerts } from '../../../cloudfunctions/jobs/escalate'
import { newKey, setupObservations, zeroReport, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(async () => {
  delete process.env.XINQIAO_TEMPLATE_ALERT
  resetFunctionEnv()
  await h.env.close()
})

const raise = (description: string) =>
  h.ok('committeeA', 'alert.create', { level: 'crisis', description, idempotencyKey: newKey(), studentId: h.fx.students.a1 })

describe('工作台', () => {
  test('辅导员：未确认的即时报告带截止时刻立即出现，确认后消失；本周报送 已报/应报', async () => {
    h.at('2026-10-21T04:00:00Z')
    const alert = await raise('情绪崩溃')
    await h.env.resetStats()
    const wb = await h.ok('counselorA', 'workbench')
    const { total } = await h.env.stats()
    expect(total).toBeLessThanOrEqual(10) // 含解析调用者的 2 次
    expect(wb).toMatchObject({ role: 'counselor', week: { week: 7, off: false }, vacation: null, reporting: { submitted: 0, expected: 3 } })
    expect(wb.alerts).toEqual([expect.objectContaining({ id: alert.id, level: 'crisis', ackDeadline: '2026-10-21T04:30:00.000Z', escalatedAt: null })])
    expect(wb.openTalkTasks).toBe(1)
    await h.ok('committeeA', 'report.submit', zeroReport(h.fx, 7))
    await h.ok('counselorA', 'alert.ack', { alertId: alert.id })
    const after = await h.ok('counselorA', 'workbench')
    expect(after.alerts).toEqual([])
    expect(after).toMatchObject({ reportsToReview: 1, reporting: { submitted: 1, expected: 3 } })
  })

  test('站长：超时未确认的告警升级后出现在站长工作台；未配置模板时显示未配置', async () => {
    h.at('2026-10-21T05:00:00Z')
    const alert = await raise('离校未归')
    let head = await h.ok('head', 'workbench')
    expect(head.alerts.map((a: { id: string }) => a.id)).not.toContain(alert.id)
    expect(head.openAlerts).toBeGreaterThanOrEqual(1)
    expect(head).toMatchObject({ pushConfigured: false, unreachable: [], monthly: { month: '2026-09', status: 'none' } })
    h.at('2026-10-21T05:31:00Z')
    await escalateAlerts({ db: h.env.db, now: h.now() })
    head = await h.ok('head', 'workbench')
    expect(head.alerts).toEqual([expect.objectContaining({ id: alert.id, escalatedAt: '2026-10-21T05:31:00.000Z' })])
    expect(head.reporting.expected).toBe(head.reporting.submitted + head.reporting.missing.length)
  })

  test('站长看到收不到微信提醒的辅导员（没有订阅额度）', async () => {
    process.env.XINQIAO_TEMPLATE_ALERT = 'tpl-alert'
    resetFunctionEnv()
    await h.env.db.collection(COLLECTIONS.people).doc(h.fx.personIds.counselorB).update({ wechat: { credits: { alert: 2, reminder: 0 } } })
    const head = await h.ok('head', 'workbench')
    expect(head.pushConfigured).toBe(true)
    const names = head.unreachable.map((u: { personId: string }) => u.personId)
    expect(names).toContain(h.fx.personIds.counselorA)
    expect(names).not.toContain(h.fx.personIds.counselorB)
    const counselor = await h.ok('counselorB', 'workbench')
    expect(counselor.reach).toEqual({ configured: true, alertCredits: 2 })
  })

  test('委员：本周周报状态与截止时刻；被退回的附意见', async () => {
    h.at('2026-10-28T04:00:00Z')
    let wb = await h.ok('committeeA', 'workbench')
    expect(wb).toMatchObject({ role: 'committee', report: { week: 8, status: 'missing', due: '2026-11-01T14:00:00.000Z' }, returnedPeerTalks: 0 })
    const submitted = await h.ok('committeeA', 'report.submit', zeroReport(h.fx, 8))
    await h.ok('counselorA', 'report.return', { reportId: submitted.id, revision: 1, comment: '请补充本周情况' })
    wb = await h.ok('committeeA', 'workbench')
    expect(wb.report).toMatchObject({ status: 'returned', reviewComment: '请补充本周情况' })
  })

  test('学期之间：没有当前周，给出下学期开始日期', async () => {
    h.at('2027-01-20T04:00:00Z')
    let wb = await h.ok('counselorA', 'workbench')
    expect(wb).toMatchObject({ week: null, vacation: { nextTermStart: null } })
    await h.insert(COLLECTIONS.terms, {
      _id: 'fx-term-next', stationId: h.fx.stationId, name: '2026-2027学年第二学期', startDate: '2027-02-22', weeks: 18, weeksOff: [],
      deadlineWeekday: 7, deadlineTime: '22:00', createdAt: h.now(),
    })
    wb = await h.ok('head', 'workbench')
    expect(wb).toMatchObject({ week: null, vacation: { nextTermStart: '2027-02-22', nextTermStartText: '2月22日' }, reporting: { expected: 0 } })
    wb = await h.ok('observerA', 'workbench')
    expect(wb).toMatchObject({ week: null, report: null, vacation: { nextTermStart: '2027-02-22' } })
  })
})

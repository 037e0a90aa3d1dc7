import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createJobsMain, jobs, TICK } from '../../../cloudfunctions/jobs'
import { escalateAlerts } from '../../../cloudfunctions/jobs/escalate'
import { callAs } from '../../support/env'
import { concernReport, newKey, setupObservations, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(() => h.env.close())

const messagesOf = async (personId: string, kind: string) =>
  (await h.env.db.collection(COLLECTIONS.messages).where({ personId, kind }).get()).data

describe('即时报告', () => {
  let alertId = ''
  test('危机条目立即通知负责辅导员与站长，并建约谈任务；重复提交不重复告警', async () => {
    h.at('2026-10-21T04:00:00Z')
    const input = concernReport(h.fx, 7, [
      { studentId: h.fx.students.b1, categories: ['自伤自杀言行'], level: 'crisis', description: '在朋友圈发布轻生言论', needsTalk: true },
    ])
    // b1 在班级 B，不在班级 A 的名册中
    expect((await h.call('committeeA', 'report.submit', input)).error.code).toBe('INPUT.INVALID')
    input.concerns![0].studentId = h.fx.students.a4 // 班级 A、宿舍 C
    const r = await h.ok('committeeA', 'report.submit', input)
    expect(r.boardStatus).toBe('concern')
    await h.ok('committeeA', 'report.submit', { ...input, idempotencyKey: newKey() })
    const alerts = (await h.env.db.collection(COLLECTIONS.alerts).where({ studentId: h.fx.students.a4 }).get()).data
    expect(alerts).toHaveLength(1)
    alertId = alerts[0]._id
    // a4：班级 A（counselorA）+ 宿舍 C（counselorB）
    expect(alerts[0].counselorIds.sort()).toEqual([h.fx.personIds.counselorA, h.fx.personIds.counselorB].sort())
    expect(new Date(alerts[0].ackDeadline).toISOString()).toBe('2026-10-21T04:30:00.000Z')
    expect(await messagesOf(h.fx.personIds.counselorA, 'alert')).toHaveLength(1)
    expect(await messagesOf(h.fx.personIds.head, 'alert')).toHaveLength(1)
    expect(await messagesOf(h.fx.personIds.otherHead, 'alert')).toHaveLength(0)
    expect(await h.count(COLLECTIONS.talkTasks, { studentId: h.fx.students.a4 })).toBe(1)
  })

  test('辅导员看到告警与约谈任务（记审计），范围外的辅导员/站长看不到', async () => {
    const list = await h.ok('counselorA', 'alert.list', {})
    expect(list.items.map((a: any) => a.id)).toContain(alertId)
    expect(list.items[0]).toMatchObject({ studentName: '赵子豪', level: 'crisis', ackedAt: null })
    expect(await h.count(COLLECTIONS.auditLogs, { action: 'observations.alert.list' })).toBe(1)
    const tasks = await h.ok('counselorA', 'tasks.list', {})
    expect(tasks.items).toEqual([expect.objectContaining({ studentName: '赵子豪', source: 'alert', sourceId: alertId, status: 'open' })])
    expect((await h.ok('otherHead', 'alert.list', {})).items).toHaveLength(0)
    expect((await h.call('otherHead', 'alert.ack', { alertId })).error.code).toBe('NOT_FOUND')
    expect((await h.call('committeeA', 'alert.list', {})).error.code).toBe('AUTH.FORBIDDEN')
  })

  test('未超时不升级；超时后升级给站长且只升级一次（含两个并发运行）', async () => {
    h.at('2026-10-21T04:29:59Z')
    expect((await escalateAlerts({ db: h.env.db, now: new Date('2026-10-21T04:29:59Z') })).escalated).toBe(0)
    const now = new Date('2026-10-21T04:31:00Z')
    const [a, b] = await Promise.all([escalateAlerts({ db: h.env.db, now }), escalateAlerts({ db: h.env.db, now })])
    expect(a.escalated + b.escalated).toBe(1)
    const again = await escalateAlerts({ db: h.env.db, now: new Date('2026-10-21T04:35:00Z') })
    expect(again.escalated).toBe(0)
    expect(await messagesOf(h.fx.personIds.head, 'escalation')).toHaveLength(1)
    const doc = (await h.env.db.collection(COLLECTIONS.alerts).doc(alertId).get()).data[0]
    expect(new Date(doc.escalatedAt).toISOString()).toBe(now.toISOString())
  })

  test('辅导员确认：记录确认时间与用时；重复确认保留首次确认', async () => {
    h.at('2026-10-21T04:40:00Z')
    const acked = await h.ok('counselorB', 'alert.ack', { alertId })
    expect(acked).toMatchObject({ ackedAt: '2026-10-21T04:40:00.000Z', responseMinutes: 40, ackedByName: '冯老师' })
    h.at('2026-10-21T04:45:00Z')
    expect((await h.ok('counselorA', 'alert.ack', { alertId })).ackedAt).toBe('2026-10-21T04:40:00.000Z')
    expect((await h.ok('counselorA', 'alert.list', {})).items.map((a: any) => a.id)).not.toContain(alertId)
    expect((await h.ok('counselorA', 'alert.list', { status: 'all' })).items.map((a: any) => a.id)).toContain(alertId)
  })

  test('即时报告按钮：学生可选，必须在本人名册内；同一幂等键只告警一次；按时确认的不升级', async () => {
    h.at('2026-10-22T01:00:00Z')
    const bad = await h.call('observerA', 'alert.create', { studentId: h.fx.students.a3, description: '情绪崩溃', idempotencyKey: newKey() })
    expect(bad.error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: 'studentId' }] })
    const key = newKey()
    const a = await h.ok('observerA', 'alert.create', { studentId: h.fx.students.b3, description: '深夜哭泣，情绪崩溃', idempotencyKey: key })
    const b = await h.ok('observerA', 'alert.create', { studentId: h.fx.students.b3, description: '深夜哭泣，情绪崩溃', idempotencyKey: key })
    expect(b.id).toBe(a.id)
    expect(a).toMatchObject({ source: 'button', level: 'crisis', studentName: '杨浩宇' })
    const noStudent = await h.ok('committeeC', 'alert.create', { description: '班上有同学打架', level: 'key', idempotencyKey: newKey() })
    expect(noStudent.studentId).toBeUndefined()
    // committeeC 的班级 C 归 counselorB
    expect((await h.ok('counselorB', 'alert.list', {})).items.map((x: any) => x.id)).toContain(noStudent.id)
    expect((await h.ok('counselorA', 'alert.list', {})).items.map((x: any) => x.id)).not.toContain(noStudent.id)
    h.at('2026-10-22T01:10:00Z')
    await h.ok('counselorA', 'alert.ack', { alertId: a.id })
    const r = await escalateAlerts({ db: h.env.db, now: new Date('2026-10-22T02:00:00Z') })
    expect(r.escalated).toBe(1) // 只有没人确认的 noStudent
  })
})

describe('jobs 定时函数', () => {
  test('带用户身份的调用被拒绝：AUTH.FORBIDDEN', async () => {
    const main = createJobsMain(jobs)
    const r = await callAs(main, h.fx.openids.head, { Type: 'Timer', TriggerName: 'escalateAlerts' })
    expect(r.error.code).toBe('AUTH.FORBIDDEN')
  })

  test('非定时事件与未知任务被拒绝', async () => {
    const main = createJobsMain(jobs)
    expect((await callAs(main, null, { action: 'escalateAlerts' })).error.code).toBe('INPUT.INVALID')
    expect((await callAs(main, null, { Type: 'Timer', TriggerName: 'nope' })).error.code).toBe('INPUT.UNKNOWN_ACTION')
  })

  test('tick 按北京时间挑选到期任务：周日 18:00 运行未报提醒（及每 5 分钟的月报补起草），其余时刻只运行升级', async () => {
    let now = new Date('2026-10-25T10:00:00Z') // 周日 18:00 北京时间
    const main = createJobsMain(jobs, { clock: () => now })
    const r = await callAs(main, null, { Type: 'Timer', TriggerName: TICK })
    expect(Object.keys(r.data.jobs).sort()).toEqual(['draftMonthlyCatchUp', 'escalateAlerts', 'remindMissing'])
    now = new Date('2026-10-25T10:01:00Z')
    const r2 = await callAs(main, null, { Type: 'Timer', TriggerName: TICK })
    expect(Object.keys(r2.data.jobs)).toEqual(['escalateAlerts'])
  })
})

test('告警消息不出现“。。”：描述本身以句号结尾时不再补句号', async () => {
  await h.ok('observerA', 'alert.create', { studentId: h.fx.students.a1, description: '深夜在宿舍哭泣，情绪低落。', idempotencyKey: newKey() })
  const bodies = (await messagesOf(h.fx.personIds.counselorA, 'alert')).map((m: { body: string }) => m.body)
  const body = bodies.find((b: string) => b.includes('深夜在宿舍哭泣'))!
  expect(body).toContain('情绪低落。辅导员须在')
  expect(body).not.toContain('。。')
})

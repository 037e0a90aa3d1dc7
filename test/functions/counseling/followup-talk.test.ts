/**
 * 一条规则决定重点关注“跟进逾期”：之后的谈话填了“下次跟进”，本周、重点关注库、月报与逾期提醒都按新日期。
 */
import { actions as reportActions } from '../../../cloudfunctions/reports'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { createJobsMain, jobs } from '../../../cloudfunctions/jobs'
import { callAs } from '../../support/env'
import { C, setup, talkInput, type Harness } from './helpers'

let h: Harness
let reports: (who: 'head', action: string, payload: unknown) => Promise<any>
let remind: () => Promise<any>
let entryId: string

beforeAll(async () => {
  h = await setup() // 2026-10-21 12:00 北京时间
  const reportsMain = createMain(reportActions, { clock: () => h.now() })
  reports = async (who, action, payload) => {
    const r = await callAs(reportsMain, h.fx.openids[who], { action, payload })
    if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
    return r.data
  }
  const jobsMain = createJobsMain(jobs, { clock: () => h.now() })
  remind = () => callAs(jobsMain, null, { Type: 'Timer', TriggerName: 'remindOverdueFollowUps' })
  const r = await h.ok('counselorA', 'keycare.add', {
    studentId: h.fx.students.a1, level: 'key', categories: ['情绪异常'], source: 'direct', nextFollowUp: '2026-10-22',
  })
  entryId = r.entry.id
})
afterAll(() => h.env.close())

const item = async () => {
  const list = await h.ok('counselorA', 'keycare.list', { studentId: h.fx.students.a1 })
  return { item: list.items.find((i: any) => i.id === entryId), overdue: list.summary.overdue }
}

describe('下次跟进：之后的谈话改了日期', () => {
  test('10-25 尚未谈话：重点关注库与本周都标逾期', async () => {
    h.at('2026-10-25T04:00:00+08:00')
    expect(await item()).toMatchObject({ item: { nextFollowUp: '2026-10-22', overdue: true }, overdue: 1 })
    const week = await h.ok('counselorA', 'week.overview', {})
    expect(week.overdueFollowUps.map((i: any) => i.id)).toEqual([entryId])
  })

  test('10-25 谈话填下次跟进 11-05：库、本周、逾期提醒都不再逾期，下次跟进显示 11-05', async () => {
    h.at('2026-10-25T08:20:00+08:00')
    await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a1, { date: '2026-10-25', followUpDate: '2026-11-05' }))
    expect(await item()).toMatchObject({ item: { nextFollowUp: '2026-11-05', overdue: false }, overdue: 0 })
    expect((await h.ok('counselorA', 'keycare.list', { overdueOnly: true })).items).toEqual([])
    expect((await h.ok('counselorA', 'week.overview', {})).overdueFollowUps).toEqual([])
    expect((await h.ok('counselorA', 'keycare.get', { id: entryId })).nextFollowUp).toBe('2026-11-05')
    h.at('2026-10-25T08:30:00+08:00')
    const run = await remind()
    expect(run.data.jobs.remindOverdueFollowUps.data).toMatchObject({ overdue: 0, sent: 0 })
    expect(await h.count(C.messages, { kind: 'followup' })).toBe(0)
  })

  test('10 月月报：月末未逾期，个别情况描述写下次跟进 2026-11-05', async () => {
    h.at('2026-11-01T02:00:00+08:00')
    const view = await reports('head', 'monthly.generate', { month: '2026-10' })
    expect(view.sections.keyCare.overdue).toBe(0)
    const row = view.cases.find((c: any) => c.studentName === h.fx.studentDocs.a1.name)
    expect(row.progress).toBe('关注中，下次跟进 2026-11-05')
  })

  test('11-06 起按新日期逾期：库、本周与提醒一致', async () => {
    h.at('2026-11-06T08:30:00+08:00')
    expect(await item()).toMatchObject({ item: { nextFollowUp: '2026-11-05', overdue: true }, overdue: 1 })
    const run = await remind()
    expect(run.data.jobs.remindOverdueFollowUps.data).toMatchObject({ overdue: 1 })
  })
})

describe('下次跟进：谈话改过之后再手动设定', () => {
  test('条目 11-10、谈话改到 11-20，辅导员再设回 11-10：以最后一次设定为准', async () => {
    h.at('2026-11-06T09:00:00+08:00')
    const e = await h.ok('counselorA', 'keycare.add', {
      studentId: h.fx.students.a2, level: 'general', categories: ['人际关系'], source: 'direct', nextFollowUp: '2026-11-10',
    })
    h.at('2026-11-06T10:00:00+08:00')
    await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a2, { date: '2026-11-06', followUpDate: '2026-11-20' }))
    expect((await h.ok('counselorA', 'keycare.get', { id: e.entry.id })).nextFollowUp).toBe('2026-11-20')
    h.at('2026-11-06T11:00:00+08:00')
    const updated = await h.ok('counselorA', 'keycare.update', { id: e.entry.id, nextFollowUp: '2026-11-10' })
    expect(updated.nextFollowUp).toBe('2026-11-10')
    expect((await h.ok('counselorA', 'keycare.get', { id: e.entry.id })).history.at(-1)).toMatchObject({ change: 'follow_up', from: '2026-11-10', to: '2026-11-10' })
  })
})

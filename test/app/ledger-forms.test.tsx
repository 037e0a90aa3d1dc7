/**
 * 工作台账的表单接上真实函数：团体心理辅导（带领人、从名册选成员、次数）、心理主题班会关联晚点名、
 * 面向点名工作人员的培训；委员首页的“培训签到”点一下进入签到页。
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ActivityList, TrainingCreateForm } from '../../src/features/ledger'
import HomePage from '../../src/pages/home'
import { resetSession } from '../../src/shared/session'
import { pickStudent, tap, typeInto } from '../support/app'
import { captureNavigation, setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud(new Date('2026-10-21T10:00:00+08:00'))
beforeEach(() => {
  resetSession()
  localStorage.clear()
})

/** 在活动类型的选择器里选第 index 项（ACTIVITY_TYPES 的顺序） */
async function chooseType(container: HTMLElement, index: number) {
  const picker = await waitFor(() => {
    const p = container.querySelector('taro-picker-core')
    if (!p) throw new Error('没有类型选择器')
    return p
  })
  await act(async () => {
    fireEvent(picker, new CustomEvent('change', { detail: { value: index } }))
  })
}

async function fillCommon(container: HTMLElement, title: string) {
  await typeInto(container, 'title', title)
  await typeInto(container, 'theme', '学会表达情绪')
  await typeInto(container, 'audience', '2023级学生')
  await typeInto(container, 'place', '心理辅导室')
}

async function activities(): Promise<{ id: string; title: string; rollCallId?: string; facilitator?: string; memberCount: number; sessions?: number }[]> {
  return (await cloud.call('counselorA', 'ledger', 'activity.list', {})).items
}

test('辅导员计划一次团体心理辅导：带领人、从名册选两名成员、次数；读回成员与次数', async () => {
  cloud.signInAs('counselorA')
  const { container } = render(<ActivityList head={false} />)
  await chooseType(container, 3)
  await fillCommon(container, '人际交往团体辅导')
  await typeInto(container, 'facilitator', '钱老师')
  const [a1, a2] = [cloud.fx.studentDocs.a1.name, cloud.fx.studentDocs.a2.name]
  await pickStudent(container, a1)
  await waitFor(() => expect(container.querySelector('.xq-lg-member')?.textContent).toContain(a1))
  await pickStudent(container, a2)
  await waitFor(() => expect(container.querySelectorAll('.xq-lg-member')).toHaveLength(2))
  await typeInto(container, 'sessions', '4')
  await tap(screen.getByText('加入计划'))
  await waitFor(async () => expect((await activities()).map((a) => a.title)).toContain('人际交往团体辅导'))
  const made = (await activities()).find((a) => a.title === '人际交往团体辅导')!
  expect(made).toMatchObject({ facilitator: '钱老师', memberCount: 2, sessions: 4 })
  const detail = await cloud.call('counselorA', 'ledger', 'activity.get', { id: made.id })
  expect(detail.members.map((m: { name: string }) => m.name).sort()).toEqual([a1, a2].sort())
  expect(await screen.findByText(/带领人 钱老师 · 成员 2 人 · 4 次/)).toBeInTheDocument()
})

test('团体心理辅导没有选成员：提示选择成员，什么也不写', async () => {
  cloud.signInAs('counselorA')
  const before = (await activities()).length
  const { container } = render(<ActivityList head={false} />)
  await chooseType(container, 3)
  await fillCommon(container, '没有成员的团辅')
  await typeInto(container, 'facilitator', '钱老师')
  await tap(screen.getByText('加入计划'))
  expect((await activities()).length).toBe(before)
})

test('心理主题班会关联本周已记录的晚点名', async () => {
  cloud.at(new Date('2026-10-18T22:00:00+08:00'))
  const rc = await cloud.call('committeeA', 'counseling', 'rollcall.save', {
    classId: cloud.fx.classes.A, heldAt: '2026-10-18T21:00:00+08:00', present: 4, absences: [], meetingTopic: '如何面对考试焦虑',
  })
  cloud.at(new Date('2026-10-19T10:00:00+08:00'))
  cloud.signInAs('counselorA')
  const { container } = render(<ActivityList head={false} />)
  await chooseType(container, 2)
  await fillCommon(container, '考试焦虑主题班会')
  const row = await waitFor(() => {
    const r = container.querySelector('.xq-lg-rollcall')
    if (!r) throw new Error('没有可关联的晚点名')
    return r
  })
  expect(row.textContent).toContain('机电2301班')
  await tap(row)
  expect(row.textContent).toContain('已关联')
  await tap(screen.getByText('加入计划'))
  await waitFor(async () => expect((await activities()).find((a) => a.title === '考试焦虑主题班会')?.rollCallId).toBe(rc.id))
})

test('站长为点名的工作人员建培训：应到的就是勾选的人', async () => {
  cloud.at(new Date('2026-10-21T10:00:00+08:00'))
  cloud.signInAs('head')
  const redirect = captureNavigation().redirectTo
  const { container } = render(<TrainingCreateForm pkg='head' />)
  await typeInto(container, 'title', '辅导员危机干预培训')
  await typeInto(container, 'trainer', '校心理中心何老师')
  await typeInto(container, 'place', '第一会议室')
  await tap(screen.getByText('指定工作人员'))
  const counselor = '钱老师'
  await tap(await screen.findByText(new RegExp(`^${counselor}`)))
  await tap(screen.getByText('创建培训'))
  await waitFor(() => expect(redirect).toHaveBeenCalled())
  const url = (redirect.mock.calls[0][0] as { url: string }).url
  const id = new URLSearchParams(url.split('?')[1]).get('id')!
  const t = await cloud.call('head', 'ledger', 'training.get', { id })
  expect(t.audience).toEqual({ kind: 'staff', personIds: [cloud.fx.personIds.counselorA] })
  expect(t.attendees.map((a: { name: string }) => a.name)).toEqual([counselor])
})

test('委员首页的“培训签到”：今天应到的培训，点一下进入签到页', async () => {
  cloud.at(new Date('2026-10-22T09:00:00+08:00'))
  await cloud.call('head', 'ledger', 'training.create', {
    title: '心理委员朋辈辅导技能培训', date: '2026-10-22', startTime: '14:00', endTime: '16:00', hours: 2, trainer: '何主任',
    organiser: 'station', place: '学院报告厅', form: 'offline', audience: { kind: 'cadres', roles: ['committee'], grades: ['2023级'] },
  })
  cloud.at(new Date('2026-10-22T13:55:00+08:00'))
  cloud.signInAs('committeeA')
  const nav = captureNavigation()
  render(<HomePage />)
  const item = await screen.findByText('培训签到：心理委员朋辈辅导技能培训')
  expect(screen.getByText(/今天 14:00–16:00 · 学院报告厅 · 正在签到/)).toBeInTheDocument()
  await tap(item)
  expect(nav.opened()).toBe('/packages/committee/pages/trainings/index')
})

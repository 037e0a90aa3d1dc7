/**
 * 台账 II 页面接上真实的 station / identity 函数：辅导员在普测页把未参测学生处理到 100%；
 * 站长的人员登记页显示学时与联系方式，工作计划页标出月份已过而无记录的条目。
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import { COLLECTIONS as C } from '../../cloudfunctions/_lib/collections'
import { PlanHead, ScreeningCounselor, StaffRegister } from '../../src/features/station'
import { insertAll } from '../support/fixtures'
import { tap, typeInto } from '../support/app'
import { setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()
beforeAll(async () => {
  const f = cloud.fx
  await insertAll(cloud.env.db, C.screeningRounds, [{
    _id: 'round-1', stationId: f.stationId, name: '2023级心理普测', targetGrades: ['2023级'], startDate: '2026-10-08', endDate: '2026-10-30',
    flaggedTiers: [], createdAt: f.now, updatedAt: f.now, createdBy: f.personIds.head,
  }])
  const part = (k: 'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2' | 'b3', took: boolean) => {
    const s = f.studentDocs[k]
    return { _id: `round-1:${s._id}`, roundId: 'round-1', stationId: f.stationId, studentId: s._id, studentNo: s.studentNo, studentName: s.name,
      classId: s.classId, dormId: s.dormId, eligible: true, tookPart: took, madeUp: false, updatedAt: f.now }
  }
  await insertAll(cloud.env.db, C.screeningParticipants, [part('a1', true), part('a2', true), part('a3', true), part('a4', false), part('b1', true), part('b2', false), part('b3', true)])
}, 60_000)
beforeEach(() => localStorage.clear())

describe('普测参测（辅导员）', () => {
  test('补测一人、另一人登记原因“其他”（须写说明），轮次显示已完成，函数读回 100% 处理', async () => {
    cloud.signInAs('counselorA')
    const { container } = render(<ScreeningCounselor />)
    expect(await screen.findByText('参测 5/7（71.4%）· 有原因 0 · 待处理 2')).toBeInTheDocument()
    expect(await screen.findByText('待处理 2 人')).toBeInTheDocument()

    const a4 = (await screen.findByText(/赵子豪/)).closest('.xq-st-gap') as HTMLElement
    await tap(within(a4).getByText('已补测'))
    await waitFor(() => expect(screen.getByText('待处理 1 人')).toBeInTheDocument())

    const b2 = screen.getByText(/刘欣然/).closest('.xq-st-gap') as HTMLElement
    await tap(within(b2).getByText('登记原因'))
    await tap(screen.getByText('其他'))
    await tap(screen.getByText('保存'))
    expect(screen.getByText('刘欣然 · 未参测原因')).toBeInTheDocument()
    await typeInto(container, 'screening-note', '参加省赛集训，返校后补测')
    await tap(screen.getByText('保存'))
    expect(await screen.findByText(/负责范围内每名学生都已参测或登记了原因/)).toBeInTheDocument()
    expect(await screen.findByText('参测 6/7（85.7%）· 有原因 1 · 待处理 0')).toBeInTheDocument()
    expect(screen.getByText('已完成')).toBeInTheDocument()

    const d = await cloud.call('head', 'station', 'screening.get', { roundId: 'round-1' })
    expect(d.rates).toMatchObject({ eligible: 7, participated: 6, withReason: 1, open: 0, complete: true })
  })
})

describe('人员登记与工作计划（站长）', () => {
  test('人员登记页：学时对照标准，站长看到联系方式', async () => {
    await cloud.call('head', 'station', 'staff.save', {
      kind: 'head', personId: cloud.fx.personIds.head, employment: 'full_time', name: '孙站长', gender: '女', department: '机电工程学院',
      title: '副书记', education: '硕士研究生', major: '应用心理学', phone: '13800001111', qualification: { kind: 'counselor3', certificateNo: 'XL-2015-3301' },
      trainings: [{ date: '2026-10-10', title: '危机干预培训', organiser: '校心理中心', hours: 16 }],
    })
    cloud.signInAs('head')
    render(<StaffRegister />)
    expect(await screen.findByText('孙站长 · 站长')).toBeInTheDocument()
    expect(screen.getByText('16/40 学时')).toBeInTheDocument()
    expect(screen.getByText('13800001111')).toBeInTheDocument()
    expect(screen.getByText('咨询资质：心理咨询师（三级）（XL-2015-3301）')).toBeInTheDocument()
  })

  test('登记兼职心理咨询师：手机格式不对时在该栏指出且不保存，改正后出现在名单里', async () => {
    cloud.signInAs('head')
    const { container } = render(<StaffRegister />)
    await tap(await screen.findByText('登记人员'))
    await tap(screen.getByText('兼职心理咨询师'))
    await typeInto(container, 'staff-name', '吴咨询师')
    await typeInto(container, 'staff-phone', '1380000')
    await tap(screen.getByText('保存'))
    expect(await screen.findByText('手机号应为 11 位数字，以 1 开头')).toBeInTheDocument()
    expect((await cloud.call('head', 'station', 'staff.list', {})).items.map((x: { name: string }) => x.name)).not.toContain('吴咨询师')
    await typeInto(container, 'staff-phone', '13900002222')
    await tap(screen.getByText('保存'))
    expect(await screen.findByText('吴咨询师 · 兼职心理咨询师')).toBeInTheDocument()
  })

  test('工作计划页：加入九月的条目后被标出（月份已过、没有关联记录）', async () => {
    cloud.signInAs('head')
    const { container } = render(<PlanHead />)
    expect(await screen.findByText('还没有计划条目')).toBeInTheDocument()
    await typeInto(container, 'plan-what', '新生心理委员培训')
    await typeInto(container, 'plan-month', '2026-09')
    await typeInto(container, 'plan-who', '孙站长')
    await tap(screen.getByText('加入计划'))
    expect(await screen.findByText('2026-09 · 新生心理委员培训')).toBeInTheDocument()
    expect(screen.getByText('1 个条目月份已过，还没有关联记录')).toBeInTheDocument()
    const plan = await cloud.call('head', 'station', 'plan.get', {})
    expect(plan.items).toEqual([expect.objectContaining({ what: '新生心理委员培训', flagged: true })])
  })
})

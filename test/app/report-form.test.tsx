import { render, screen, waitFor } from '@testing-library/react'
import { ReportForm } from '../../src/features/observations/ReportForm'
import type { DraftScope } from '../../src/features/observations/draft'
import type { ReportView } from '../../src/services/api/observations'
import { applyMe, resetSession } from '../../src/shared/session'
import { envelopesOf, fail, mockCloud, ok, tap, typeInto } from '../support/app'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const scope: DraftScope = { termId: 't1', week: 7, kind: 'class', unitId: 'c1' }
const roster = [
  { _id: 's1', studentNo: '2023010101', name: '张晓明', classId: 'c1', className: '机电2301班', dormId: 'd1', dormName: '12栋305' },
  { _id: 's2', studentNo: '2023010102', name: '李思远', classId: 'c1', className: '机电2301班', dormId: 'd1', dormName: '12栋305' },
]
const report = (over: Partial<ReportView> = {}): ReportView => ({
  id: 't1:7:class:c1', termId: 't1', week: 7, kind: 'class', unitId: 'c1', unitName: '机电2301班', reporterId: 'p1', reporterName: '张晓明',
  hasConcern: false, overall: '', majorEvents: '', concerns: [], status: 'submitted', boardStatus: 'zero',
  firstSubmittedAt: '2026-10-21T04:00:00.000Z', submittedAt: '2026-10-21T04:00:00.000Z', onTime: true, revision: 1, revisions: [], ...over,
})

function renderForm(onSubmitted = jest.fn(), existing: ReportView | null = null) {
  return render(
    <ReportForm scope={scope} unitWord='班级' dueIso='2026-10-25T14:00:00.000Z' existing={existing} roster={roster} onSubmitted={onSubmitted} />,
  )
}

// 草稿属于当前任职：测试里有一个心理委员的任职
beforeEach(() => {
  localStorage.clear()
  resetSession()
  applyMe({ person: { _id: 'p1', name: '张晓明' }, assignments: [{ _id: 'as-committee', role: 'committee' } as never] })
})

describe('填报周报', () => {
  test('选“无”一键提交零报告', async () => {
    const cloud = mockCloud({ 'observations.report.submit': ok(report()) })
    const onSubmitted = jest.fn()
    renderForm(onSubmitted)
    await tap(screen.getByText('无'))
    await tap(screen.getByText('提交零报告'))
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled())
    const [env] = envelopesOf(cloud, 'observations.report.submit')
    expect(env.payload).toEqual({ week: 7, kind: 'class', unitId: 'c1', idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), hasConcern: false })
  })

  test('网络失败后重试沿用同一个幂等键；内容改了才换新键', async () => {
    const cloud = mockCloud({ 'observations.report.submit': [fail('NETWORK.FAILED'), fail('NETWORK.FAILED'), ok(report())] })
    const { container } = renderForm()
    await tap(screen.getByText('有'))
    await typeInto(container, 'overall', '班级整体稳定')
    await tap(screen.getByText('张晓明'))
    await tap(screen.getByText('学业压力'))
    await tap(screen.getByText('一般关注'))
    await typeInto(container, 'concern-0-description', '期中考试压力大')
    await tap(screen.getByText('提交周报'))
    await tap(screen.getByText('提交周报'))
    const [a, b] = envelopesOf(cloud, 'observations.report.submit')
    expect((b.payload as { idempotencyKey: string }).idempotencyKey).toBe((a.payload as { idempotencyKey: string }).idempotencyKey)
    expect(a.payload).toMatchObject({
      hasConcern: true, overall: '班级整体稳定',
      concerns: [{ studentId: 's1', categories: ['学业压力'], level: 'general', description: '期中考试压力大', measures: '', needsTalk: false }],
    })
    await typeInto(container, 'overall', '班级整体稳定，个别同学压力大')
    await tap(screen.getByText('提交周报'))
    const c = envelopesOf(cloud, 'observations.report.submit')[2]
    expect((c.payload as { idempotencyKey: string }).idempotencyKey).not.toBe((a.payload as { idempotencyKey: string }).idempotencyKey)
  })

  test('缺少必填项时不提交，并在字段下提示', async () => {
    const cloud = mockCloud({ 'observations.report.submit': ok(report()) })
    renderForm()
    await tap(screen.getByText('有'))
    await tap(screen.getByText('提交周报'))
    expect(await screen.findByText('有需要关注的情况时请填写总体情况')).toBeInTheDocument()
    expect(screen.getByText('请选择学生')).toBeInTheDocument()
    expect(screen.getByText('请填写情况描述')).toBeInTheDocument()
    expect(envelopesOf(cloud, 'observations.report.submit')).toHaveLength(0)
  })

  test('草稿自动保存在手机上，重新打开时恢复', async () => {
    mockCloud({})
    const first = renderForm()
    await tap(screen.getByText('有'))
    await typeInto(first.container, 'overall', '写到一半关掉了')
    first.unmount()
    const again = renderForm()
    expect(await screen.findByText('已恢复上次未提交的草稿')).toBeInTheDocument()
    const overall = again.container.querySelector('textarea[name="overall"]') as HTMLTextAreaElement
    expect(overall.value).toBe('写到一半关掉了')
  })

  test('标红的字段填对后错误立刻消失：选了学生，“请选择学生”不再显示', async () => {
    mockCloud({})
    renderForm()
    await tap(screen.getByText('有'))
    await tap(screen.getByText('提交周报'))
    expect(screen.getByText('请选择学生')).toBeInTheDocument()
    await tap(screen.getByText('张晓明'))
    expect(screen.queryByText('请选择学生')).toBeNull()
    expect(screen.getByText('请填写情况描述')).toBeInTheDocument()
  })

  test('零报告：截止前说“计入按时报送”，截止后说“记为迟报”', async () => {
    mockCloud({})
    const early = render(<ReportForm scope={scope} unitWord='班级' dueIso={new Date(Date.now() + 3600_000).toISOString()} existing={null} roster={roster} onSubmitted={jest.fn()} />)
    await tap(screen.getByText('无'))
    expect(screen.getByText(/零报告同样计入按时报送/)).toBeInTheDocument()
    early.unmount()
    localStorage.clear()
    render(<ReportForm scope={scope} unitWord='班级' dueIso={new Date(Date.now() - 3600_000).toISOString()} existing={null} roster={roster} onSubmitted={jest.fn()} />)
    await tap(screen.getByText('无'))
    expect(screen.queryByText(/计入按时报送/)).toBeNull()
    expect(screen.getByText(/截止时间已过，现在提交记为迟报/)).toBeInTheDocument()
  })

  test('被退回的周报显示退回意见，并以原内容开始修改', async () => {
    mockCloud({})
    renderForm(jest.fn(), report({ status: 'returned', boardStatus: 'returned', reviewComment: '请补充已采取的措施' }))
    expect(screen.getByText('请补充已采取的措施')).toBeInTheDocument()
    expect(screen.getByText('提交零报告')).toBeInTheDocument()
  })
})

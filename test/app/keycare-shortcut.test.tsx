import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { KeyCareAddForm } from '../../src/features/counseling/KeyCareAddForm'
import { param } from '../../src/features/counseling/format'
import CommitteeReportScreen from '../../src/packages/committee/pages/report'
import CounselorAlertsScreen from '../../src/packages/counselor/pages/alerts'
import CounselorReportScreen from '../../src/packages/counselor/pages/report'
import HeadAlertsScreen from '../../src/packages/head/pages/alerts'
import { isRegisteredPage } from '../../src/routes'
import { ERROR_MESSAGES } from '../../types/errors'
import { tap } from '../support/app'
import { captureNavigation, openAs, setupBackedCloud } from './support'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const cloud = setupBackedCloud()

let seq = 0
const key = () => `k-shortcut-${++seq}-${Math.random().toString(36).slice(2, 10)}`

/** 像入库页那样从地址取参数（小程序里参数是编码过的，页面用 param() 解码） */
function queryOf(url: string): Record<string, string | undefined> {
  const raw = Object.fromEntries(url.split('?')[1].split('&').map((kv) => kv.split('=') as [string, string]))
  return {
    studentId: param(raw.studentId), studentName: param(raw.studentName), source: param(raw.source),
    sourceRef: param(raw.sourceRef), level: param(raw.level), categories: param(raw.categories),
  }
}

describe('“加入重点关注”快捷入口', () => {
  beforeAll(async () => {
    // 班级 A 的心理委员提交第 7 周周报：李思远（a2）学业压力、情绪异常，重点关注
    await cloud.call('committeeA', 'observations', 'report.submit', {
      week: 7, kind: 'class', unitId: cloud.fx.classes.A, idempotencyKey: key(), hasConcern: true, overall: '班级整体稳定，个别同学需要关注。',
      concerns: [{ studentId: cloud.fx.students.a2, categories: ['学业压力', '情绪异常'], level: 'key', description: '期中后情绪低落，常独处', measures: '', needsTalk: true }],
    })
  })

  test('辅导员在周报关注条目上打开入库页：预填学生、类别与等级，入库后函数里有这条来源为周报关注的条目；再加一次显示“已在库中”', async () => {
    openAs(cloud, 'counselorA', { week: '7', kind: 'class', unitId: cloud.fx.classes.A })
    const nav = captureNavigation()
    const page = render(<CounselorReportScreen />)
    expect(await screen.findByText('期中后情绪低落，常独处')).toBeInTheDocument()
    await tap(screen.getByText('加入重点关注'))

    page.unmount()
    const url = nav.opened()!
    expect(url.split('?')[0]).toBe('/packages/counselor/pages/keycare-new/index')
    expect(isRegisteredPage(url)).toBe(true)
    const query = queryOf(url)
    expect(query).toMatchObject({
      studentId: cloud.fx.students.a2, studentName: '李思远', source: 'weekly_concern', level: 'key', categories: '学业压力,情绪异常',
    })
    expect(query.sourceRef).toMatch(/^concern:.+#.+$/)

    // 入库页（与 pages/keycare-new 相同的参数处理）
    const form = render(<KeyCareAddForm query={query} />)
    expect(screen.getByText('来源：周报关注')).toBeInTheDocument()
    expect(screen.getByText('李思远')).toBeInTheDocument()
    const chips = Array.from(form.container.querySelectorAll('.xq-chip--checked')).map((el) => el.textContent)
    expect(chips).toEqual(['学业压力', '情绪异常'])
    await tap(screen.getAllByText('加入重点关注').at(-1)!)
    await waitFor(() => expect(nav.redirectTo).toHaveBeenCalled())

    const list = await cloud.call('counselorA', 'counseling', 'keycare.list', { studentId: cloud.fx.students.a2 })
    expect(list.items).toHaveLength(1)
    const entry = await cloud.call('counselorA', 'counseling', 'keycare.get', { id: list.items[0].id })
    expect(entry).toMatchObject({ level: 'key', categories: ['学业压力', '情绪异常'], source: 'weekly_concern', status: 'active' })
    expect((nav.redirectTo.mock.calls[0][0] as { url: string }).url).toBe(`/packages/counselor/pages/keycare-detail/index?id=${entry.id}`)
    form.unmount()

    // 同一学生再点一次：函数答复“已在库中”，显示其中文说明并打开原条目
    const toast = jest.spyOn(Taro, 'showToast')
    render(<KeyCareAddForm query={query} />)
    await tap(screen.getAllByText('加入重点关注').at(-1)!)
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: ERROR_MESSAGES['KEYCARE.ALREADY_ACTIVE'] })))
    expect((nav.redirectTo.mock.calls.at(-1)![0] as { url: string }).url).toBe(`/packages/counselor/pages/keycare-detail/index?id=${entry.id}`)
    expect((await cloud.call('counselorA', 'counseling', 'keycare.list', { studentId: cloud.fx.students.a2 })).items).toHaveLength(1)
  })

  test('心理委员看自己已被审阅的周报：能看到关注条目，但没有“加入重点关注”', async () => {
    const got = await cloud.call('counselorA', 'observations', 'report.get', { week: 7, kind: 'class', unitId: cloud.fx.classes.A })
    await cloud.call('counselorA', 'observations', 'report.review', { reportId: got.report.id, revision: got.report.revision })
    openAs(cloud, 'committeeA')
    render(<CommitteeReportScreen />)
    expect(await screen.findByText('期中后情绪低落，常独处')).toBeInTheDocument()
    expect(screen.getByText('辅导员已阅，本周周报不能再修改。')).toBeInTheDocument()
    expect(screen.queryByText('加入重点关注')).toBeNull()
  })

  test('即时报告：辅导员和站长都有入口，各自打开本分包的入库页，来源为即时报告', async () => {
    await cloud.call('observerA', 'observations', 'alert.create', { studentId: cloud.fx.students.b3, description: '深夜哭泣，情绪崩溃', idempotencyKey: key() })
    for (const [who, Screen, pkg] of [['counselorA', CounselorAlertsScreen, 'counselor'], ['head', HeadAlertsScreen, 'head']] as const) {
      openAs(cloud, who)
      const nav = captureNavigation()
      const view = render(<Screen />)
      expect(await screen.findByText('深夜哭泣，情绪崩溃')).toBeInTheDocument()
      await tap(screen.getByText('加入重点关注'))
      const url = nav.opened()!
      expect(url.split('?')[0]).toBe(`/packages/${pkg}/pages/keycare-new/index`)
      expect(isRegisteredPage(url)).toBe(true)
      expect(queryOf(url)).toMatchObject({ studentId: cloud.fx.students.b3, studentName: '杨浩宇', source: 'alert', level: 'crisis' })
      expect(queryOf(url).sourceRef).toMatch(/^alert:/)
      view.unmount()
      jest.restoreAllMocks()
    }
  })
})

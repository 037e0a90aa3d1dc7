import { render, screen } from '@testing-library/react'
import HomePage from '../../src/pages/home'
import { resetSession } from '../../src/shared/session'
import { listMessages } from '../../src/services/api/identity'
import { SUBPACKAGE_PAGES } from '../../src/routes'
import { ROLE_LABELS, ROLES, type Role } from '../../types/domain'
import { envelopesOf, mockCloud, ok, tap } from '../support/app'

jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))

const term = { termStart: '2026-09-01T00:00:00.000Z', termEnd: null }
const assignment = (id: string, role: Role, scopeLabel: string) => ({
  _id: id, role, stationId: role === 'center' ? null : 's1', stationName: role === 'center' ? '校心理中心' : '机电工程学院', scopeLabel, ...term,
})
const me = (...assignments: ReturnType<typeof assignment>[]) => ({ person: { _id: 'p1', name: '孙丽华' }, assignments })
/** 每个角色工作台磁贴的标题（来自 src/routes.ts） */
const tileTitles = (role: Role) => SUBPACKAGE_PAGES[role].filter((p) => p.tile).map((p) => p.title)

beforeEach(() => {
  resetSession()
  localStorage.clear()
})

describe('角色首页', () => {
  test.each(ROLES)('%s 的首页恰好显示该角色分包的功能磁贴，并有消息入口', async (role) => {
    mockCloud({ 'identity.me': ok(me(assignment('a1', role, '范围'))) })
    const { container } = render(<HomePage />)
    await screen.findByText(tileTitles(role)[0])
    const shown = Array.from(container.querySelectorAll('.xq-tile__title')).map((el) => el.textContent)
    expect(shown).toEqual(tileTitles(role))
    expect(screen.getAllByText('消息').length).toBeGreaterThan(0)
    // 中心只写一次“校心理中心”（不是“校心理中心 · 校心理中心”）
    expect(screen.getByText(role === 'center' ? '校心理中心' : `${ROLE_LABELS[role]} · 机电工程学院`, { selector: '.xq-page__header *' })).toBeInTheDocument()
  })

  test('班级心理委员与宿舍心理观察员有即时报告入口，其他角色没有', async () => {
    for (const role of ROLES) {
      resetSession()
      mockCloud({ 'identity.me': ok(me(assignment('a1', role, '范围'))) })
      const { unmount, container } = render(<HomePage />)
      await screen.findByText(tileTitles(role)[0])
      const expected = role === 'committee' || role === 'observer'
      // 醒目的即时报告入口（辅导员、站长的“即时报告”是处理告警的普通磁贴）
      expect(container.querySelector('.xq-alert-entry') !== null).toBe(expected)
      unmount()
    }
  })

  test('只有一个角色时不显示角色切换', async () => {
    mockCloud({ 'identity.me': ok(me(assignment('a1', 'committee', '机电2301班'))) })
    render(<HomePage />)
    await screen.findByText(tileTitles('committee')[0])
    expect(screen.queryByText('切换身份')).toBeNull()
  })

  test('站长兼辅导员一键切换角色：磁贴随之变化，之后的请求带上新角色', async () => {
    const cloud = mockCloud({
      'identity.me': ok(me(assignment('a-head', 'head', '机电工程学院'), assignment('a-coun', 'counselor', '机电2301班等2个班级'))),
      'identity.messages.list': ok({ items: [], total: 0, page: 1, pageSize: 20, unread: 0 }),
    })
    render(<HomePage />)
    // 默认进入站长
    expect(await screen.findByText(tileTitles('head')[0])).toBeInTheDocument()
    expect(screen.getByText('切换身份')).toBeInTheDocument()

    await tap(screen.getByText(ROLE_LABELS.counselor))

    expect(await screen.findByText(tileTitles('counselor')[0])).toBeInTheDocument()
    expect(screen.queryByText(tileTitles('head')[0])).toBeNull()
    await listMessages()
    const [env] = envelopesOf(cloud, 'identity.messages.list')
    expect(env).toMatchObject({ role: 'counselor', assignmentId: 'a-coun' })
  })

  test('上次选择的角色在下次启动时沿用', async () => {
    mockCloud({ 'identity.me': ok(me(assignment('a-head', 'head', '机电工程学院'), assignment('a-coun', 'counselor', '机电2301班'))) })
    const first = render(<HomePage />)
    await screen.findByText(tileTitles('head')[0])
    await tap(screen.getByText(ROLE_LABELS.counselor))
    first.unmount()

    // 模拟重新启动：清空内存中的会话，但保留本地存储
    const saved = localStorage.getItem('xq.assignmentId')
    resetSession()
    if (saved !== null) localStorage.setItem('xq.assignmentId', saved)
    render(<HomePage />)
    expect(await screen.findByText(tileTitles('counselor')[0])).toBeInTheDocument()
  })
})

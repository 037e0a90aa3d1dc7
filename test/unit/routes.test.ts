import fs from 'fs'
import path from 'path'
import { ROLES } from '../../types/domain'
import { SUBPACKAGE_PAGES, isRegisteredPage, pageUrl, titleOf } from '../../types/routes'

const root = path.join(__dirname, '..', '..')

describe('页面清单是页面地址与标题的唯一来源', () => {
  test('每个分包页面的 config 都从清单取标题（pageConfig 的角色与页面名与所在目录一致）', () => {
    for (const role of ROLES) {
      for (const p of SUBPACKAGE_PAGES[role]) {
        const file = path.join(root, 'src', 'packages', role, `${p.path}.config.ts`)
        const src = fs.readFileSync(file, 'utf8')
        const name = p.path.replace(/^pages\//, '').replace(/\/index$/, '')
        expect(src).toContain(`pageConfig('${role}', '${name}'`)
        expect(src).not.toContain('navigationBarTitleText')
      }
    }
  })

  test('pageUrl 生成已注册页面的地址，参数编码、空值省略', () => {
    const url = pageUrl('counselor', 'talk-new', { studentId: 's1', studentName: '李思远', alertId: undefined })
    expect(url).toBe(`/packages/counselor/pages/talk-new/index?studentId=s1&studentName=${encodeURIComponent('李思远')}`)
    expect(isRegisteredPage(url)).toBe(true)
    expect(pageUrl('head', 'monthly')).toBe('/packages/head/pages/monthly/index')
    expect(titleOf('head', 'board')).toBe('周报看板')
  })
})

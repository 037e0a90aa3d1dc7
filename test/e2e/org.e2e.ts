/**
 * 组织与绑定（H5，375×812）：站长导入名册 → 签发辅导员邀请码 → 新用户（全新的开发 openid）绑定 → 只看到自己的范围；
 * 已用过的邀请码不能再绑定；审计日志里有导入与绑定。环境与浏览器来自 test/e2e/support.ts（jest -c jest.e2e.config.js）。
 */
import type { Page } from 'playwright-core'
import { appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const ROSTER = [
  '学号,姓名,性别,年级,班级,宿舍楼,宿舍号,手机号',
  '2026990001,新同学甲,男,2026级,测试2601班,20栋,101,13900000001',
  '2026990002,新同学乙,女,2026级,测试2601班,21栋,101,',
].join('\r\n')

const browsers: Browser[] = []
async function newPage(): Promise<Page> {
  const b = await openBrowser()
  browsers.push(b)
  return b.page
}
afterEach(async () => {
  for (const b of browsers.splice(0)) await b.close()
})

/** H5 的页面栈把之前的页面留在 DOM 里（隐藏），只找可见的元素 */
const text = (page: Page, t: string, exact = false) => page.getByText(t, { exact }).filter({ visible: true }).first()
const css = (page: Page, selector: string, hasText?: string) => page.locator(selector, hasText ? { hasText } : {}).filter({ visible: true }).first()
const see = (page: Page, t: string, exact = false) => text(page, t, exact).waitFor({ timeout: 20_000 })

async function open(page: Page, hashPath: string, marker: string) {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await see(page, marker)
}

test('站长导入名册、签发邀请码，新用户绑定后只看到自己的范围', async () => {
  const head = await newPage()
  await enterAs(head, 'demo-head')

  // 1. 导入名册（H5：<input type=file>）
  await open(head, '/packages/head/pages/roster/index', '按模板整理名册')
  await head.setInputFiles('[data-testid=roster-file]', { name: '新生名册.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER, 'utf8') })
  await see(head, '新生名册.csv')
  await text(head, '校验并导入').click()
  await see(head, '导入完成', true)
  await shot(head, 'org-roster-imported')
  const result = await css(head, '.xq-org__detail').innerText()
  expect(result.replace(/\s+/g, ' ')).toContain('新增学生 2')

  // 坏文件：整份拒绝并逐行列出原因
  await head.setInputFiles('[data-testid=roster-file]', {
    name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('学号,姓名,性别,年级,班级,宿舍楼,宿舍号\r\n2026990003,某,未知,2026级,测试2601班,20栋,101\r\n'),
  })
  await text(head, '校验并导入').click()
  await see(head, '性别只能填写“男”或“女”')
  await shot(head, 'org-roster-rejected')

  // 2. 签发辅导员邀请码，负责新导入的班级
  await open(head, '/packages/head/pages/invites/index', '签发邀请码')
  await css(head, '.xq-chip', '辅导员').click()
  await css(head, '.xq-chip', '测试2601班').click()
  await text(head, '生成邀请码', true).click()
  await see(head, '邀请码已生成')
  await shot(head, 'org-invite-issued')
  const code = (await css(head, '.xq-org__code').innerText()).trim()
  expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)

  // 3. 新用户绑定
  const user = await newPage()
  await enterAs(user, 'e2e-new-counselor')
  await css(user, '.xq-segment', '教师').click()
  await css(user, 'input[name=code]').fill(code)
  await css(user, 'input[name=name]').fill('郑老师')
  await text(user, '绑定并进入').click()
  await user.waitForURL(/pages\/home\/index/, { timeout: 20_000 })
  await see(user, '测试2601班')

  // 4. 只看到自己的范围：1 个班级、2 名学生；搜索本站其他学生找不到
  await open(user, '/packages/counselor/pages/org/index', '你负责的班级与宿舍')
  await see(user, '共 1 个班级')
  await see(user, '测试2601班')
  await css(user, '.xq-segment', '学生').click()
  await see(user, '共 2 名学生')
  await shot(user, 'org-new-counselor-students')
  await css(user, 'input[name=q]').fill('2025')
  await text(user, '搜索', true).click()
  await see(user, '共 0 名学生')

  // 邀请码已使用，不能再绑定
  const other = await newPage()
  await enterAs(other, 'e2e-someone-else')
  await css(other, '.xq-segment', '教师').click()
  await css(other, 'input[name=code]').fill(code)
  await css(other, 'input[name=name]').fill('冒用者')
  await text(other, '绑定并进入').click()
  await see(other, '邀请码无效、已使用或已过期')

  // 5. 站长的审计日志里有这次导入与绑定
  await open(head, '/packages/head/pages/audit/index', '日志只追加')
  await see(head, '导入名册')
  await see(head, '绑定身份')
  await shot(head, 'org-audit')
})

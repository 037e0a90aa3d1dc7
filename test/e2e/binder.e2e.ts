/**
 * 浏览器 E2E（H5，375×812）：站长打开考核手册，点缺失材料“尚未提交本学年工作计划”进入工作计划页，
 * 加一条计划并提交，返回考核手册：该条不再缺失，“常规工作与计划总结”的建议分提高。
 * 学年与评估日取自函数（经函数网关，以站长身份），页面不读设备时间。
 */
import type { Page } from 'playwright-core'
import { api, appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const ROUTINE = '常规工作与计划总结（满分 5）'
async function routineSuggested(page: Page): Promise<string> {
  const card = page.locator('.xq-card', { has: page.locator('.xq-card__title', { hasText: ROUTINE }) })
  await card.waitFor({ timeout: 20_000 })
  return (await card.locator('.xq-card__extra').innerText()).trim()
}

let head: Browser
beforeAll(async () => {
  head = await openBrowser()
})
afterAll(async () => {
  await head?.close()
})

test('站长从考核手册的缺失材料去提交工作计划，回来看到建议分变化', async () => {
  const binder = await api<{ schoolYear: string; indicators: { today: string }; missing: Array<{ key: string }> }>('demo-head', 'assessment', 'binder.get', {})
  expect(binder.missing.map((m) => m.key)).toContain('plan')
  const h = head.page
  await enterAs(h, 'demo-head')
  await h.goto(`${appUrl()}/#/packages/head/pages/binder/index`)
  const before = await routineSuggested(h)
  await h.getByText(/尚未提交本学年工作计划/).first().click()
  await h.locator('text=新增计划条目 >> visible=true').waitFor({ timeout: 20_000 })
  await h.locator('input[name=plan-what]').fill('心理委员培训')
  await h.locator('input[name=plan-month]').fill(binder.indicators.today.slice(0, 7))
  await h.locator('input[name=plan-who]').fill('孙站长')
  await h.getByText('加入计划').click()
  // 有了条目才出现提交按钮（上一页的考核手册仍在页面栈中，文字匹配只取可见的）
  await h.locator('text=提交校心理中心 >> visible=true').click({ timeout: 20_000 })
  await h.locator('text=/已于 .* 提交/ >> visible=true').waitFor({ timeout: 20_000 })
  await h.goBack()
  await h.getByText(ROUTINE).waitFor({ timeout: 20_000 })
  // 返回时页面重新读取手册：等建议分变化
  for (let i = 0; i < 40 && (await routineSuggested(h)) === before; i++) await h.waitForTimeout(500)
  expect(await routineSuggested(h)).not.toBe(before)
  expect(await h.getByText(/尚未提交本学年工作计划/).count()).toBe(0)
  await shot(h, 'binder-after-plan')
})

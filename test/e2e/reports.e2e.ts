/**
 * 浏览器 E2E（H5，375×812）：月报动态信息。
 * 站长打开上月月报（未生成则生成草稿）→ 写“学院整体情况及重大事件”并保存 → 提交；
 * 中心在“月报总览”看到该站已提交 → 打开 → 退回并附意见；站长再打开时看到已退回与意见。
 * 身份取自演示数据（demo-head：机电工程学院站长；demo-center：校心理中心）。
 */
import type { Page } from 'playwright-core'
import { previousMonth, shanghaiMonth } from '../../domain/calendar'
import { appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const MONTH = previousMonth(shanghaiMonth(new Date()))
const [Y, M] = MONTH.split('-').map(Number)
const MONTH_TEXT = `${Y}年${M}月`
const NARRATIVE = `本月学院开展心理主题班会 20 场，新生适应团体辅导 2 场，无重大安全事件。（e2e ${Date.now()}）`
const COMMENT = '请补充危机个案的后续跟进情况'

async function go(page: Page, hashPath: string, marker: string): Promise<void> {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await page.getByText(marker).first().waitFor({ timeout: 20_000 })
}

/** 确认 H5 的 showModal */
async function confirmModal(page: Page, text: string): Promise<void> {
  const btn = page.locator('.taro-model__confirm', { hasText: text })
  await btn.waitFor({ timeout: 10_000 })
  await btn.click()
}

let head: Browser
let center: Browser
beforeAll(async () => {
  head = await openBrowser()
  center = await openBrowser()
})
afterAll(async () => {
  await head?.close()
  await center?.close()
})

test('站长生成并编辑月报、提交；中心看到已提交并退回', async () => {
  const h = head.page
  await enterAs(h, 'demo-head')
  await go(h, '/packages/head/pages/monthly/index', MONTH_TEXT)
  await h.locator('.xq-mr-monthbar .xq-tag').first().waitFor()
  if (await h.getByText('月报尚未生成').isVisible()) {
    await h.getByText('生成草稿', { exact: true }).last().click()
  }
  await h.getByText('本月概况').waitFor({ timeout: 30_000 })
  await h.getByText('报送情况').first().waitFor()
  await h.getByText('个别情况描述').first().waitFor()
  await shot(h, 'reports-head-draft')

  // 编辑叙述并保存
  await h.locator('textarea[name=narrative]').fill(NARRATIVE)
  await h.getByText('有未保存的修改').waitFor()
  await h.getByText('保存', { exact: true }).first().click()
  await h.getByText('有未保存的修改').waitFor({ state: 'detached', timeout: 15_000 })

  // 提交
  await h.locator('.xq-page__footer').getByText('提交', { exact: true }).click()
  await confirmModal(h, '提交')
  await h.getByText('已提交第1版').waitFor({ timeout: 20_000 })
  await h.getByText(NARRATIVE).waitFor()
  expect(await h.locator('textarea[name=narrative]').count()).toBe(0)
  await shot(h, 'reports-head-submitted')

  // 中心：总览 → 打开 → 退回
  const c = center.page
  await enterAs(c, 'demo-center')
  await go(c, '/packages/center/pages/monthly/index', '各辅导站')
  const card = c.locator('.xq-mr-station', { hasText: '机电工程学院' })
  await card.getByText('已提交').waitFor({ timeout: 20_000 })
  await c.getByText('全校汇总（已提交 1 个站）').waitFor()
  await shot(c, 'reports-center-overview')
  await card.click()
  await c.getByText('月报动态信息（已提交版本）').waitFor({ timeout: 20_000 })
  await c.getByText(NARRATIVE).waitFor()
  await c.getByText('退回修改').click()
  await c.locator('textarea[name=return-comment]').fill(COMMENT)
  await c.locator('.xq-mr-sheet').getByText('退回', { exact: true }).click()
  await c.getByText(`已退回：${COMMENT}`).waitFor({ timeout: 20_000 })
  await shot(c, 'reports-center-returned')

  // 站长再看：已退回，可以修改再提交
  await go(h, '/packages/head/pages/monthly/index', MONTH_TEXT)
  await h.getByText(COMMENT, { exact: false }).first().waitFor({ timeout: 20_000 })
  await h.locator('.xq-page__footer').getByText('重新提交', { exact: true }).waitFor()
  expect(await h.locator('textarea[name=narrative]').inputValue()).toBe(NARRATIVE)
}, 180_000)

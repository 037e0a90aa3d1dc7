/**
 * 浏览器 E2E（H5，375×812）：普测参测到 100%。
 * 站长建一个目标为演示辅导员王志强（demo-counselor-1）所带年级的轮次，上传参测名单（缺王志强班上两名学生）；
 * 王志强打开“普测参测”，一人标记已补测、一人登记原因“病假”，负责范围与整轮都到“已完成”。
 * 学号与年级从演示数据的名册读出（经函数网关，以站长身份）。
 */
import type { Page } from 'playwright-core'
import { api, appUrl, enterAs, openBrowser, shot, type Browser } from './support'

interface Student { _id: string; studentNo: string; name: string; classId: string }
interface ClassRow { _id: string; grade: string; name: string }

async function studentsOf(openid: string, classId: string): Promise<Student[]> {
  const out: Student[] = []
  for (let page = 1; ; page++) {
    const r = await api<{ items: Student[]; total: number }>(openid, 'identity', 'org.students', { classId, page, pageSize: 100 })
    out.push(...r.items)
    if (out.length >= r.total || r.items.length === 0) return out
  }
}

async function go(page: Page, hashPath: string, marker: string): Promise<void> {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await page.getByText(marker).first().waitFor({ timeout: 20_000 })
}

let head: Browser
let counselor: Browser
beforeAll(async () => {
  head = await openBrowser()
  counselor = await openBrowser()
})
afterAll(async () => {
  await head?.close()
  await counselor?.close()
})

test('站长导入参测名单，辅导员把未参测学生处理到 100%', async () => {
  const mine = await api<{ items: ClassRow[] }>('demo-counselor-1', 'identity', 'org.classes', { pageSize: 500 })
  const grade = mine.items[0].grade
  const all = await api<{ items: ClassRow[] }>('demo-head', 'identity', 'org.classes', { grade, pageSize: 500 })
  const students = (await Promise.all(all.items.map((c) => studentsOf('demo-head', c._id)))).flat()
  const myClass = mine.items[0]._id
  const gaps = students.filter((s) => s.classId === myClass).slice(0, 2)
  const listed = students.filter((s) => !gaps.includes(s))
  const csv = ['学号,结果等级', ...listed.map((s) => `${s.studentNo},正常`)].join('\n')
  const name = `${grade}心理普测 e2e ${Date.now()}`

  const h = head.page
  await enterAs(h, 'demo-head')
  await go(h, '/packages/head/pages/screening/index', '普测参测')
  if (!(await h.locator('input[name=screening-name]').isVisible())) await h.getByText('新建轮次').click()
  await h.locator('input[name=screening-name]').fill(name)
  await h.locator('input[name=screening-grades]').fill(grade)
  await h.locator('input[name=screening-start]').fill('2026-09-10')
  await h.locator('input[name=screening-end]').fill('2026-09-30')
  await h.getByText('建立轮次').click()
  await h.getByText(name).first().waitFor({ timeout: 20_000 })
  await h.locator('.xq-st-actions').getByText(name).click()
  await h.locator('.xq-st-round .xq-card__title', { hasText: name }).waitFor({ timeout: 20_000 })
  await h.setInputFiles('[data-testid=screening-file]', { name: '参测名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  await h.getByText('已选择 参测名单.csv').waitFor({ timeout: 10_000 })
  await h.getByText('导入名单', { exact: true }).click()
  const total = students.length
  await h.getByText(`参测 ${listed.length}/${total}`, { exact: false }).first().waitFor({ timeout: 30_000 })
  await shot(h, 'screening-head-imported')

  const c = counselor.page
  await enterAs(c, 'demo-counselor-1')
  await go(c, '/packages/counselor/pages/screening/index', '普测参测')
  await c.getByText(name).first().click()
  await c.getByText('待处理 2 人').waitFor({ timeout: 20_000 })
  await shot(c, 'screening-counselor-gaps')
  await c.locator('.xq-st-gap', { hasText: gaps[0].name }).getByText('已补测').click()
  await c.getByText('待处理 1 人').waitFor({ timeout: 20_000 })
  await c.locator('.xq-st-gap', { hasText: gaps[1].name }).getByText('登记原因').click()
  await c.locator('.xq-sheet').getByText('病假').click()
  await c.locator('.xq-sheet').getByText('保存').click()
  await c.getByText('负责范围内每名学生都已参测或登记了原因').waitFor({ timeout: 20_000 })
  await c.getByText('已完成').first().waitFor()
  await shot(c, 'screening-counselor-done')

  await h.reload()
  await h.locator('.xq-st-actions').getByText(name).click()
  await h.getByText(`参测 ${listed.length + 1}/${total}`, { exact: false }).first().waitFor({ timeout: 20_000 })
  await h.locator('.xq-st-round .xq-card', { hasText: name }).getByText('已完成').waitFor()
})

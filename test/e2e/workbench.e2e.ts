/**
 * 浏览器 E2E（H5，375×812）：首页工作台与即时报告的时限。
 * 心理委员提交即时报告 → 辅导员首页立即出现该条并带走动的倒计时 → 点进去确认、返回首页该条已消失 →
 * 再报一条不确认 → 以定时触发器“快进”到 31 分钟后运行升级任务 → 站长首页出现这条已升级的即时报告。
 * 时间不真等：jobs 的定时事件带 Time（与平台一样），模拟器的 POST /emulator/trigger 以给定时刻运行定时事件。
 */
import type { Page } from 'playwright-core'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db } from '../../cloudfunctions/_lib/sdk'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import type { AlertDoc } from '../../types/models-observations'
import { appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const COUNSELOR = 'demo-counselor-1'

async function openidOf(personId: string): Promise<string> {
  return ((await db().collection(COLLECTIONS.people).doc(personId).get()).data[0] as PersonDoc).openid
}

/** demo-counselor-1 负责的班级里的在任心理委员，以及本站站长 */
async function people(): Promise<{ committee: string; committeeId: string; head: string }> {
  const database = db()
  const me = (await database.collection(COLLECTIONS.people).where({ openid: COUNSELOR }).get()).data[0] as PersonDoc
  const a = (await database.collection(COLLECTIONS.roleAssignments).where({ personId: me._id, role: 'counselor' }).get()).data[0] as RoleAssignmentDoc
  const all = (await database.collection(COLLECTIONS.roleAssignments).where({ stationId: a.stationId }).limit(1000).get()).data as RoleAssignmentDoc[]
  const active = all.filter((x) => !x.endedAt && (!x.termEnd || new Date(x.termEnd) > new Date()))
  const c = active.find((x) => x.role === 'committee' && a.classIds!.includes(x.classId!))
  const h = active.find((x) => x.role === 'head')
  if (!c || !h) throw new Error('演示数据中缺少 demo-counselor-1 范围内的心理委员或本站站长')
  return { committee: await openidOf(c.personId), committeeId: c.personId, head: await openidOf(h.personId) }
}

/** 该委员最近提交的一条即时报告 */
async function latestAlertBy(personId: string): Promise<AlertDoc> {
  const res = await db().collection(COLLECTIONS.alerts).where({ reporterId: personId }).orderBy('createdAt', 'desc').limit(1).get()
  return res.data[0] as AlertDoc
}

async function raiseInApp(page: Page, description: string): Promise<void> {
  await page.locator('.xq-alert-entry').click()
  await page.getByText('立即报告', { exact: true }).waitFor()
  await page.getByText('危机', { exact: true }).click()
  await page.locator('textarea').first().fill(description)
  await page.getByText('立即报告', { exact: true }).click()
  await page.getByText('已送达', { exact: false }).waitFor()
}

let who: Awaited<ReturnType<typeof people>>
let committee: Browser
let counselor: Browser
let head: Browser

beforeAll(async () => {
  who = await people()
  committee = await openBrowser()
  counselor = await openBrowser()
  head = await openBrowser()
  await enterAs(committee.page, who.committee)
})

afterAll(async () => {
  await Promise.all([committee?.close(), counselor?.close(), head?.close()])
})

test('即时报告立即出现在辅导员首页并倒计时；确认后返回首页即消失', async () => {
  await raiseInApp(committee.page, '晚上在宿舍情绪崩溃，说不想活了')
  const alert = await latestAlertBy(who.committeeId)
  const k = counselor.page
  await enterAs(k, COUNSELOR)
  const row = k.locator(`#wb-alert-${alert._id}`)
  await row.waitFor({ timeout: 20_000 })
  const countdown = row.locator('.xq-wb-countdown')
  const first = await countdown.innerText()
  expect(first).toMatch(/^还剩 (29|30):\d{2}$/)
  // 倒计时在走
  await k.waitForFunction(([sel, was]) => document.querySelector(sel)?.textContent !== was, [`#wb-alert-${alert._id} .xq-wb-countdown`, first] as const, { timeout: 5_000 })
  await shot(k, 'wb-counselor-alert')

  await row.click()
  // 从首页点进来的这一条排在最前，送达记录自动展开：产生、推送与否、在心桥中看到
  const card = k.locator('.xq-obs-alert').first()
  await card.locator('.xq-obs-timeline').getByText('在心桥中看到', { exact: false }).first().waitFor()
  await shot(k, 'wb-counselor-alert-timeline')
  await card.getByText('确认已知悉').click()
  await k.locator('.taro__toast').getByText('已确认').waitFor()
  expect((await latestAlertBy(who.committeeId)).ackedAt).toBeTruthy()
  await k.goBack()
  await k.locator('.xq-wb').first().waitFor()
  await row.waitFor({ state: 'detached', timeout: 20_000 })
})

test('超时未确认的即时报告升级后出现在站长首页', async () => {
  await committee.page.getByText('返回首页', { exact: true }).click()
  await raiseInApp(committee.page, '与室友冲突后离校，电话不接')
  const alert = await latestAlertBy(who.committeeId)
  // 定时触发：快进到确认时限之后运行一次升级任务
  const later = new Date(new Date(alert.ackDeadline).getTime() + 60_000).toISOString()
  const res = await fetch(`${appUrl()}/emulator/trigger`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'jobs', trigger: 'escalateAlerts', time: later }),
  })
  const out = (await res.json()) as { ok: boolean; data: { jobs: { escalateAlerts: { data: { escalated: number } } } } }
  expect(out.ok).toBe(true)
  expect(out.data.jobs.escalateAlerts.data.escalated).toBeGreaterThanOrEqual(1)

  const h = head.page
  await enterAs(h, who.head)
  // 站长兼任辅导员时切到站长身份
  const switcher = h.locator('.xq-role-switcher__role', { hasText: '站长' })
  if (await switcher.count()) await switcher.first().click()
  const row = h.locator(`#wb-alert-${alert._id}`)
  await row.waitFor({ timeout: 20_000 })
  await row.getByText('已升级').waitFor()
  await h.getByText('已超时或已升级的即时报告').waitFor()
  await shot(h, 'wb-head-escalated')
  await row.click()
  await h.locator('.xq-obs-timeline').getByText('超过确认时限，升级给站长').waitFor()
  await shot(h, 'wb-head-alert-timeline')
})

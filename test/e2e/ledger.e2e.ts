/**
 * 浏览器 E2E（H5，375×812）：培训签到。
 * 站长新建一场面向某年级心理委员的培训（正在进行）→ 详情页出示签到码 → 该年级的一名心理委员在手机上输入签到码 →
 * 站长的覆盖矩阵里该年级心理委员的“已培训”加一。身份取自演示数据（demo-head 与其站点在任的一名心理委员）。
 */
import type { Page } from 'playwright-core'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db } from '../../cloudfunctions/_lib/sdk'
import { formatShanghaiDateTime } from '../../domain/calendar'
import type { ClassDoc, PersonDoc, RoleAssignmentDoc } from '../../types/models'
import { appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const HEAD = 'demo-head'
const text = (page: Page, t: string, exact = false) => page.getByText(t, { exact }).filter({ visible: true }).first()
const css = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first()
const see = (page: Page, t: string, exact = false) => text(page, t, exact).waitFor({ timeout: 20_000 })

async function open(page: Page, hashPath: string, marker: string) {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await see(page, marker)
}

/** 站长所在站点一名在任心理委员的 openid 与年级 */
async function committeeMember(): Promise<{ openid: string; grade: string }> {
  const database = db()
  const head = (await database.collection(COLLECTIONS.people).where({ openid: HEAD }).get()).data[0] as PersonDoc
  const ha = (await database.collection(COLLECTIONS.roleAssignments).where({ personId: head._id, role: 'head' }).get()).data[0] as RoleAssignmentDoc
  const all = (await database.collection(COLLECTIONS.roleAssignments).where({ stationId: ha.stationId, role: 'committee' }).limit(1000).get()).data as RoleAssignmentDoc[]
  const c = all.find((x) => !x.endedAt && (!x.termEnd || new Date(x.termEnd) > new Date()) && new Date(x.termStart) <= new Date())
  if (!c) throw new Error('演示数据中站长的站点没有在任的心理委员')
  const person = (await database.collection(COLLECTIONS.people).doc(c.personId).get()).data[0] as PersonDoc
  const cls = (await database.collection(COLLECTIONS.classes).doc(c.classId!).get()).data[0] as ClassDoc
  return { openid: person.openid, grade: cls.grade }
}

/** 北京时间 'HH:mm'：从现在前 5 分钟到 1 小时后（不跨过当天） */
function window(): { startTime: string; endTime: string } {
  const hm = (ms: number) => formatShanghaiDateTime(new Date(ms)).slice(11)
  const day = formatShanghaiDateTime(new Date()).slice(0, 10)
  const start = hm(Date.now() - 5 * 60_000)
  const end = hm(Date.now() + 60 * 60_000)
  const sameDay = formatShanghaiDateTime(new Date(Date.now() + 60 * 60_000)).slice(0, 10) === day
  const startOk = formatShanghaiDateTime(new Date(Date.now() - 5 * 60_000)).slice(0, 10) === day
  return { startTime: startOk ? start : '00:00', endTime: sameDay ? end : '23:59' }
}

let head: Browser
let cadre: Browser
let who: { openid: string; grade: string }

beforeAll(async () => {
  who = await committeeMember()
  head = await openBrowser()
  cadre = await openBrowser()
  await enterAs(head.page, HEAD)
  await enterAs(cadre.page, who.openid)
})
afterAll(async () => {
  await Promise.all([head?.close(), cadre?.close()])
})

const trainedIn = async (page: Page, grade: string): Promise<number> => {
  const cell = css(page, `[data-cell="${grade}-committee"]`)
  await cell.waitFor({ timeout: 20_000 })
  return Number(/已培训 (\d+)/.exec(await cell.innerText())?.[1] ?? NaN)
}

test('站长新建培训，心理委员在手机上输入签到码，覆盖矩阵随之更新', async () => {
  const h = head.page
  await open(h, '/packages/head/pages/trainings/index', '新建培训')
  const before = await trainedIn(h, who.grade)

  await open(h, '/packages/head/pages/training-new/index', '创建培训')
  const { startTime, endTime } = window()
  await css(h, 'input[name=title]').fill('心理委员朋辈辅导技能培训（E2E）')
  await css(h, 'input[name=startTime]').fill(startTime)
  await css(h, 'input[name=endTime]').fill(endTime)
  await css(h, 'input[name=hours]').fill('1')
  await css(h, 'input[name=trainer]').fill('校心理中心 何老师')
  await css(h, 'input[name=place]').fill('学院报告厅')
  await text(h, '宿舍心理观察员').click() // 只面向心理委员
  await css(h, 'input[name=grades]').fill(who.grade)
  await text(h, '创建培训').click()
  await see(h, '签到码', true)
  const codeEl = css(h, '.xq-lg-code__value')
  await codeEl.waitFor({ timeout: 20_000 })
  const code = (await codeEl.innerText()).trim()
  expect(code).toMatch(/^[A-Z2-9]{6}$/)
  await shot(h, 'ledger-training-code')

  const c = cadre.page
  await open(c, '/packages/committee/pages/trainings/index', '心理委员朋辈辅导技能培训（E2E）')
  await css(c, 'input[name=code]').fill(code)
  await text(c, '签到', true).click()
  await see(c, '已签到', true)
  await shot(c, 'ledger-signed-in')

  await open(h, '/packages/head/pages/trainings/index', '新建培训')
  expect(await trainedIn(h, who.grade)).toBe(before + 1)
  await shot(h, 'ledger-coverage')
})

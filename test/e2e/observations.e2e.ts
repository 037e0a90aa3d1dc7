/**
 * 浏览器 E2E（H5，375×812）：心理周报与即时报告。
 * 班级心理委员填报带“危机”条目的周报 → 辅导员在即时报告里看到并确认 → 宿舍观察员一键零报告 →
 * 辅导员在看板打开该周报退回 → 观察员看到退回意见并重新提交 → 辅导员看到已重新提交。
 * 身份取自演示数据：demo-counselor-1 负责的一个有委员的班级、一个有观察员的宿舍。
 */
import type { Page } from 'playwright-core'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db } from '../../cloudfunctions/_lib/sdk'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import { appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const COUNSELOR = 'demo-counselor-1'

async function openidOf(personId: string): Promise<string> {
  const p = (await db().collection(COLLECTIONS.people).doc(personId).get()).data[0] as PersonDoc
  return p.openid
}

/** 辅导员负责范围内、有在任填报人的一个班级与一个宿舍 */
async function reporters(): Promise<{ committee: string; observer: string; dormName: string }> {
  const database = db()
  const me = (await database.collection(COLLECTIONS.people).where({ openid: COUNSELOR }).get()).data[0] as PersonDoc
  const a = (await database.collection(COLLECTIONS.roleAssignments).where({ personId: me._id, role: 'counselor' }).get()).data[0] as RoleAssignmentDoc
  const cadres = (await database.collection(COLLECTIONS.roleAssignments).where({ stationId: a.stationId }).limit(1000).get()).data as RoleAssignmentDoc[]
  const active = cadres.filter((x) => !x.endedAt && (!x.termEnd || new Date(x.termEnd) > new Date()))
  const c = active.find((x) => x.role === 'committee' && a.classIds!.includes(x.classId!))
  const o = active.find((x) => x.role === 'observer' && a.dormIds!.includes(x.dormId!))
  if (!c || !o) throw new Error('演示数据中 demo-counselor-1 的范围内缺少心理委员或观察员')
  const dorm = (await database.collection(COLLECTIONS.dorms).doc(o.dormId!).get()).data[0] as { name: string }
  return { committee: await openidOf(c.personId), observer: await openidOf(o.personId), dormName: dorm.name }
}

/** 看板上零报告的状态：截止前交为“零报告”，截止后（如周日 22:00 以后跑这个用例）交为“迟报” */
const ZERO_ON_BOARD = /^(零报告|迟报)$/

async function go(page: Page, hashPath: string, marker: string): Promise<void> {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await page.getByText(marker, { exact: true }).first().waitFor({ timeout: 20_000 })
}

let who: Awaited<ReturnType<typeof reporters>>
let committee: Browser
let observer: Browser
let counselor: Browser

beforeAll(async () => {
  who = await reporters()
  committee = await openBrowser()
  observer = await openBrowser()
  counselor = await openBrowser()
  await enterAs(committee.page, who.committee)
  await enterAs(observer.page, who.observer)
  await enterAs(counselor.page, COUNSELOR)
})

afterAll(async () => {
  await Promise.all([committee?.close(), observer?.close(), counselor?.close()])
})

test('心理委员报告危机学生，辅导员看到即时报告并确认', async () => {
  const page = committee.page
  // 首页即时报告入口与周报磁贴都在
  await page.getByText('即时报告').first().waitFor()
  await go(page, '/packages/committee/pages/report/index', '本周有无需要关注的情况')
  await page.getByText('有', { exact: true }).click()
  await page.locator('textarea').nth(0).fill('本周班级整体平稳，一名同学情绪低落。')
  const chip = page.locator('.xq-obs-chooser .xq-chip').first()
  const student = (await chip.innerText()).trim()
  await chip.click()
  await page.getByText('自伤自杀言行', { exact: true }).click()
  await page.getByText('危机', { exact: true }).click()
  await page.getByText('危机条目提交后会立即通知辅导员和站长', { exact: false }).waitFor()
  await page.locator('textarea').nth(2).fill('深夜在宿舍哭泣，表达了轻生的想法。')
  await shot(page, 'obs-committee-crisis-form')
  await page.getByText('提交周报', { exact: true }).click()
  await page.getByText('危机情况已同时通知辅导员和站长').waitFor()
  await shot(page, 'obs-committee-submitted')

  const k = counselor.page
  await go(k, '/packages/counselor/pages/alerts/index', '待确认')
  const card = k.locator('.xq-obs-alert', { hasText: student })
  await card.getByText('深夜在宿舍哭泣', { exact: false }).waitFor()
  await shot(k, 'obs-counselor-alert')
  await card.getByText('确认已知悉').click()
  // 确认后从“待确认”中消失，出现在“全部”里并带确认人与用时
  await card.waitFor({ state: 'detached' })
  await k.getByText('全部', { exact: true }).click()
  await k.locator('.xq-obs-alert', { hasText: student }).getByText('已确认', { exact: false }).waitFor()
  await shot(k, 'obs-counselor-alert-acked')
})

test('观察员一键零报告；辅导员退回；观察员修改后重新提交', async () => {
  const page = observer.page
  await go(page, '/packages/observer/pages/report/index', '本周有无需要关注的情况')
  await page.getByText('无', { exact: true }).click()
  await page.getByText('提交零报告', { exact: true }).click()
  await page.getByText('零报告已提交', { exact: false }).waitFor()
  await shot(page, 'obs-observer-zero')

  const k = counselor.page
  await go(k, '/packages/counselor/pages/board/index', '上一周')
  await k.locator('.xq-cell', { hasText: who.dormName }).getByText(ZERO_ON_BOARD).waitFor()
  await shot(k, 'obs-counselor-board')
  await k.locator('.xq-cell', { hasText: who.dormName }).click()
  await k.getByText('无（零报告）').waitFor()
  await k.getByText('退回', { exact: true }).click()
  await k.locator('textarea').fill('宿舍有同学本周请假回家，请补充说明情况。')
  await k.getByText('确认退回').click()
  await k.getByText('已退回，等待填报人修改后重新提交').waitFor()
  await shot(k, 'obs-counselor-returned')

  await go(page, '/packages/observer/pages/report/index', '本周有无需要关注的情况')
  await page.getByText('请补充说明情况', { exact: false }).waitFor()
  await shot(page, 'obs-observer-returned')
  await page.getByText('提交零报告', { exact: true }).click()
  await page.getByText('零报告已提交', { exact: false }).waitFor()

  await go(k, '/packages/counselor/pages/board/index', '上一周')
  await k.locator('.xq-cell', { hasText: who.dormName }).getByText(ZERO_ON_BOARD).waitFor()
})

/**
 * 浏览器 E2E（H5，375×812）：三处表单里的学生选择器，用真实的点击选中学生并提交。
 * 朋辈谈心（心理委员）、单独打开的“记录谈话”、未带学生打开的“加入重点关注”（辅导员）。
 * 身份与学生取自演示数据（scripts/seed）。
 */
import type { Page } from 'playwright-core'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db } from '../../cloudfunctions/_lib/sdk'
import type { PersonDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import { appUrl, demoUserWith, enterAs, openBrowser, shot, type Browser } from './support'

const COUNSELOR = 'demo-counselor-1'

async function go(page: Page, hashPath: string, marker: string): Promise<void> {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await page.getByText(marker).first().waitFor({ timeout: 20_000 })
}

async function assignmentOf(openid: string, role: RoleAssignmentDoc['role']): Promise<RoleAssignmentDoc> {
  const me = (await db().collection(COLLECTIONS.people).where({ openid }).get()).data[0] as PersonDoc
  const list = (await db().collection(COLLECTIONS.roleAssignments).where({ personId: me._id, role }).get()).data as RoleAssignmentDoc[]
  return list.find((a) => !a.endedAt) ?? list[0]
}

async function studentsOfClasses(classIds: string[]): Promise<StudentDoc[]> {
  const out: StudentDoc[] = []
  for (const classId of classIds) out.push(...((await db().collection(COLLECTIONS.students).where({ classId }).limit(100).get()).data as StudentDoc[]))
  return out.sort((x, y) => x.studentNo.localeCompare(y.studentNo))
}

/** 按学号搜索，真实点击结果里的这名学生；之后选择器保持“已选”，列表不再打开 */
async function pickStudent(page: Page, s: StudentDoc): Promise<void> {
  await page.locator('input[name=student-search]').fill(s.studentNo)
  const row = page.locator('.xq-cn-student-picker__row', { hasText: s.studentNo })
  await row.first().waitFor({ timeout: 20_000 })
  await row.first().click()
  const picked = page.locator('.xq-cn-picked', { hasText: s.name })
  await picked.waitFor({ timeout: 5_000 })
  await page.waitForTimeout(600)
  expect(await picked.isVisible()).toBe(true)
  expect(await page.locator('.xq-cn-student-picker').count()).toBe(0)
}

let b: Browser | undefined
afterEach(async () => {
  await b?.close()
  b = undefined
})

test('朋辈谈心：心理委员点选同学后提交，记录属于这名同学', async () => {
  const user = await demoUserWith('committee')
  const a = await assignmentOf(user.openid, 'committee')
  const roster = await studentsOfClasses([a.classId!])
  const student = roster[roster.length - 1]
  b = await openBrowser()
  const page = b.page
  await enterAs(page, user.openid)
  await go(page, '/packages/committee/pages/peer-new/index', '谈心内容')
  await pickStudent(page, student)
  // 主题类别：原生滚轮选择器，确定取第一项
  await page.locator('.xq-field', { hasText: '主题类别' }).locator('.xq-select').click()
  await page.locator('.weui-picker__action', { hasText: '确定' }).locator('visible=true').click()
  await page.locator('.xq-field', { hasText: '主题类别' }).locator('.xq-select__value').waitFor({ timeout: 5_000 })
  await page.locator('textarea[name=summary]').fill('聊了期末复习的安排，情绪平稳。')
  await shot(page, 'picker-peer-new')
  await page.getByText('提交', { exact: true }).click()
  await page.waitForURL(/peer-talks/, { timeout: 20_000 })
  const saved = (await db().collection(COLLECTIONS.peerTalks).where({ studentId: student._id }).get()).data as { summary: string }[]
  expect(saved.map((p) => p.summary)).toContain('聊了期末复习的安排，情绪平稳。')
})

test('记录谈话（单独打开）：辅导员点选学生后保存', async () => {
  const a = await assignmentOf(COUNSELOR, 'counselor')
  const student = (await studentsOfClasses(a.classIds!))[0]
  b = await openBrowser()
  const page = b.page
  await enterAs(page, COUNSELOR)
  await go(page, '/packages/counselor/pages/talk-new/index', '保存谈话记录')
  await pickStudent(page, student)
  await page.locator('textarea[name=summary]').fill('单独约谈，了解近期作息与学习状态。')
  await page.getByText('保存谈话记录').click()
  await page.waitForURL(/talk-detail/, { timeout: 20_000 })
  const saved = (await db().collection(COLLECTIONS.talks).where({ studentId: student._id }).limit(100).get()).data as { summary: string }[]
  expect(saved.map((t) => t.summary)).toContain('单独约谈，了解近期作息与学习状态。')
})

test('加入重点关注（未带学生）：辅导员点选一名不在库中的学生后入库', async () => {
  const a = await assignmentOf(COUNSELOR, 'counselor')
  const active = new Set(((await db().collection(COLLECTIONS.keyCare).where({ stationId: a.stationId }).limit(1000).get()).data as { studentId: string }[]).map((e) => e.studentId))
  const student = (await studentsOfClasses(a.classIds!)).find((s) => !active.has(s._id))!
  b = await openBrowser()
  const page = b.page
  await enterAs(page, COUNSELOR)
  await go(page, '/packages/counselor/pages/keycare-new/index', '关注类别')
  await pickStudent(page, student)
  await page.locator('.xq-chip', { hasText: '学业压力' }).first().click()
  await shot(page, 'picker-keycare-new')
  await page.locator('.xq-button', { hasText: '加入重点关注' }).click()
  await page.waitForURL(/keycare-detail/, { timeout: 20_000 })
  const entries = (await db().collection(COLLECTIONS.keyCare).where({ studentId: student._id }).get()).data as { status: string }[]
  expect(entries.map((e) => e.status)).toEqual(['active'])
})

/**
 * 浏览器 E2E（H5，375×812）：辅导员工作。
 * 辅导员在“本周”一键确认待确认的晚点名 → 从周报关注生成的约谈任务记录谈话（任务关闭）→ 从谈话详情以“危机”把学生加入重点关注库
 * （先按重点关注建立并提交审批）→ 站长在“审批”页批准 → 条目成为危机。
 * 身份与数据取自演示数据（scripts/seed，含 counseling 演示数据）；关注条目由 demo-counselor-1 范围内一个班的心理委员经 observations 提交。
 */
import type { Page } from 'playwright-core'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db } from '../../cloudfunctions/_lib/sdk'
import type { PersonDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import { appUrl, enterAs, openBrowser, shot, type Browser } from './support'

const COUNSELOR = 'demo-counselor-1'

async function go(page: Page, hashPath: string, marker: string): Promise<void> {
  await page.goto(`${appUrl()}/#${hashPath}`)
  await page.getByText(marker).first().waitFor({ timeout: 20_000 })
}

/** demo-counselor-1 范围内最后一个有在任心理委员的班级：心理委员提交本周的周报，其中一名学生“需要辅导员约谈” */
async function concernFromCommittee(): Promise<StudentDoc> {
  const database = db()
  const me = (await database.collection(COLLECTIONS.people).where({ openid: COUNSELOR }).get()).data[0] as PersonDoc
  const a = (await database.collection(COLLECTIONS.roleAssignments).where({ personId: me._id, role: 'counselor' }).get()).data[0] as RoleAssignmentDoc
  const cadres = (await database.collection(COLLECTIONS.roleAssignments).where({ stationId: a.stationId, role: 'committee' }).limit(1000).get()).data as RoleAssignmentDoc[]
  const committee = cadres.filter((x) => !x.endedAt && a.classIds!.includes(x.classId!)).pop()
  if (!committee) throw new Error('演示数据中 demo-counselor-1 的范围内没有心理委员')
  const person = (await database.collection(COLLECTIONS.people).doc(committee.personId).get()).data[0] as PersonDoc
  const roster = ((await database.collection(COLLECTIONS.students).where({ classId: committee.classId }).limit(100).get()).data as StudentDoc[])
    .sort((x, y) => x.studentNo.localeCompare(y.studentNo))
  const student = roster[roster.length - 1]
  const { createMain } = await import('../../cloudfunctions/_lib/handler')
  const { actions } = await import('../../cloudfunctions/observations')
  const { callAs } = await import('../support/env')
  const obs = createMain(actions)
  // 本周：演示数据不写当前周的周报（任何一天播种，今天都在教学周），所以这份一定由本测试新建，不会已被审阅
  const current = await callAs(obs, person.openid, { action: 'week.current', payload: {} })
  const week = current.data.week?.week as number | undefined
  if (!week) throw new Error(`演示数据里今天不在教学周：${JSON.stringify(current.data)}`)
  const res = await callAs(obs, person.openid, {
    action: 'report.submit',
    payload: {
      week, kind: 'class', unitId: committee.classId, idempotencyKey: `e2e-counseling-${Date.now()}`, hasConcern: true, overall: '个别同学近期情绪波动较大',
      concerns: [{ studentId: student._id, categories: ['情绪异常'], level: 'key', description: '连续几天独自在宿舍不出门', needsTalk: true }],
    },
  })
  if (!res.ok) throw new Error(`report.submit: ${JSON.stringify(res.error)}`)
  return student
}

let counselor: Browser
let head: Browser
afterAll(async () => {
  await counselor?.close()
  await head?.close()
})

test('辅导员确认晚点名、从关注记录谈话、以危机加入重点关注，站长审批通过', async () => {
  const student = await concernFromCommittee()
  counselor = await openBrowser()
  const page = counselor.page
  await enterAs(page, COUNSELOR)

  // 1. 本周：待确认的晚点名一键确认
  await go(page, '/packages/counselor/pages/week/index', '晚点名待确认')
  const pending = page.locator('.xq-cn-row', { hasText: '待确认' }).first()
  const title = (await pending.locator('.xq-card__title').innerText()).trim()
  await shot(page, 'counseling-week')
  await pending.getByText('确认', { exact: true }).click()
  await page.locator('.xq-cn-row', { hasText: title }).first().waitFor({ state: 'detached', timeout: 20_000 })
  const rollCalls = (await db().collection(COLLECTIONS.rollCalls).where({ status: 'confirmed' }).limit(100).get()).data as { confirmedBy?: string }[]
  expect(rollCalls.some((r) => r.confirmedBy === 'p-demo-counselor-1')).toBe(true)

  // 2. 约谈任务 → 记录谈话（预填学生与来源），保存后任务完成
  await page.locator('.xq-cell', { hasText: student.name }).first().click()
  await page.getByText('来源：周报关注').waitFor({ timeout: 20_000 })
  await page.locator('textarea[name=summary]').fill('谈话中了解到与家人关系紧张，近期失眠。约定每周谈心一次。')
  await page.locator('.xq-segment', { hasText: '危机' }).first().click()
  // 表单控件带着自己的样式（样式跟着控件文件走，只被再导出的入口文件打包时会被跳过）：选项是有边框的分段，输入框有边框
  const style = (sel: string) => page.locator(sel).first().evaluate((el) => { const s = getComputedStyle(el); return { border: s.borderTopStyle, display: s.display } })
  expect(await style('.xq-segments')).toEqual(expect.objectContaining({ display: 'flex' }))
  expect((await style('.xq-textarea')).border).toBe('solid')
  await shot(page, 'counseling-talk-new')
  await page.getByText('保存谈话记录').click()
  // “谈话内容”也是表单上的标签：等到了谈话详情页再读任务
  await page.waitForURL(/talk-detail/, { timeout: 20_000 })
  const tasks = (await db().collection(COLLECTIONS.talkTasks).where({ studentId: student._id, source: 'weekly_concern' }).get()).data as { status: string; talkId?: string }[]
  expect(tasks.map((t) => t.status)).toEqual(['done'])

  // 3. 从谈话详情加入重点关注库，等级“危机” → 待站长审批
  await page.getByText('加入重点关注').click()
  await page.getByText('关注类别').waitFor({ timeout: 20_000 })
  await page.locator('.xq-segment', { hasText: '危机' }).first().click()
  await page.locator('.xq-chip', { hasText: '情绪异常' }).first().click()
  await page.getByText('加入并提交审批').click()
  await page.getByText('待站长审批：以危机等级入库').waitFor({ timeout: 20_000 })
  await shot(page, 'counseling-keycare-pending')
  let entry = (await db().collection(COLLECTIONS.keyCare).where({ studentId: student._id }).get()).data[0] as { level: string; pendingApprovalId?: string }
  expect(entry.level).toBe('key')
  expect(entry.pendingApprovalId).toBeTruthy()

  // 4. 站长在审批页批准
  head = await openBrowser()
  await enterAs(head.page, 'demo-head')
  await go(head.page, '/packages/head/pages/approvals/index', '待审批')
  const card = head.page.locator('.xq-card', { hasText: student.name }).first()
  await card.getByText('批准', { exact: true }).click()
  await card.waitFor({ state: 'detached', timeout: 20_000 })
  await shot(head.page, 'counseling-approvals')
  entry = (await db().collection(COLLECTIONS.keyCare).where({ studentId: student._id }).get()).data[0] as { level: string; pendingApprovalId?: string }
  expect(entry.level).toBe('crisis')
  expect(entry.pendingApprovalId).toBeUndefined()

  // 辅导员刷新详情：危机，无待审批
  await page.reload()
  await page.getByText('变更历史').waitFor({ timeout: 20_000 })
  expect(await page.getByText('待站长审批').count()).toBe(0)
  await shot(page, 'counseling-keycare-approved')
})

/**
 * 外壳：每个演示角色都能进入自己的首页，并打开本角色分包里的页面；多角色的人一键切换角色；
 * 新用户用邀请码绑定后进入首页。
 */
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db } from '../../cloudfunctions/_lib/sdk'
import { DEMO_INVITE_CODE } from '../../scripts/seed'
import { ROLE_LABELS, ROLES } from '../../types/domain'
import { demoUserWith, enterAs, openBrowser, shot, type Browser } from './support'

let browser: Browser

beforeEach(async () => {
  browser = await openBrowser()
})

afterEach(async () => {
  await browser.close()
})

describe('外壳', () => {
  test.each(ROLES)('%s：进入角色首页，再打开本角色分包的工作台', async (role) => {
    const { page } = browser
    const user = await demoUserWith(role)
    await enterAs(page, user.openid)
    // 持有多个角色的人默认进入优先级最高的角色；需要时切换过来
    if (!(await page.locator('.xq-page__subtitle').innerText()).startsWith(ROLE_LABELS[role])) {
      await page.locator('.xq-role-switcher__item', { hasText: ROLE_LABELS[role] }).click()
    }
    await page.locator('.xq-page__subtitle', { hasText: ROLE_LABELS[role] }).waitFor()
    await page.getByText(`你好`).or(page.getByText(user.name)).first().waitFor()
    await shot(page, `home-${role}`)

    await page.locator('.xq-tile').first().click()
    await page.waitForURL(new RegExp(`#/packages/${role}/pages/`))
    // H5 里前一个页面仍在文档中（隐藏），只看可见的页面
    await page.locator('.xq-page:visible').first().waitFor()
    await shot(page, `subpackage-${role}`)
  })

  test('站长兼辅导员一键切换角色', async () => {
    const { page } = browser
    const head = await demoUserWith('head')
    const dual = head.assignments.length > 1 ? head : null
    expect(dual).not.toBeNull()
    await enterAs(page, dual!.openid)
    await page.locator('.xq-page__subtitle', { hasText: ROLE_LABELS.head }).waitFor()
    await page.locator('.xq-role-switcher__item', { hasText: ROLE_LABELS.counselor }).click()
    await page.locator('.xq-page__subtitle', { hasText: ROLE_LABELS.counselor }).waitFor()
    await shot(page, 'home-role-switched')
  })

  test('新用户用邀请码绑定为班级心理委员后进入首页', async () => {
    const { page } = browser
    // 演示邀请码属于机制2501班：取该班一名学生的姓名与学号
    const classes = await db().collection(COLLECTIONS.classes).where({ name: '机制2501班' }).limit(1).get()
    const classId = (classes.data[0] as { _id: string })._id
    const students = await db().collection(COLLECTIONS.students).where({ classId }).limit(1).get()
    const student = students.data[0] as { name: string; studentNo: string }

    await enterAs(page, `e2e-new-${Date.now()}`)
    await page.locator('.xq-bind').waitFor()
    await page.locator('input[name="code"]').fill(DEMO_INVITE_CODE)
    await page.locator('input[name="name"]').fill(student.name)
    await page.locator('input[name="studentNo"]').fill(student.studentNo)
    await page.getByText('我已阅读并接受《学生心理骨干保密承诺》').click()
    await shot(page, 'bind-filled')
    await page.getByText('绑定并进入').click()

    await page.locator('.xq-page__subtitle', { hasText: ROLE_LABELS.committee }).waitFor({ timeout: 20_000 })
    await page.getByText('即时报告').first().waitFor()
    await shot(page, 'bind-done-home')
  })
})

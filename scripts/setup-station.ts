/**
 * 新建二级心理辅导站并打印一次性建站码（第一位站长在小程序“绑定身份”页输入建站码即成为站长）。
 *
 *   npm run setup:station -- --name 机电工程学院 [--ack-minutes 30]
 *
 * 经 @cloudbase/node-sdk 写入当前云环境：设置了 TCB_CONTEXT_CNFG 就用它（真实环境或其他地址），
 * 否则连本地模拟器 http://127.0.0.1:${PORT:-8787}/admin（先 npm start）。
 */
import { parseArgs } from 'node:util'
import { formatShanghaiDateTime } from '../domain/calendar'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { db, resetCloud } from '../cloudfunctions/_lib/sdk'
import { createStationWithSetupCode, SETUP_CODE_DAYS } from '../cloudfunctions/identity/setup'
import { AppError } from '../cloudfunctions/_lib/errors'
import { applyCloudEnv } from '../emulator/env'

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, 'ack-minutes': { type: 'string', default: '30' } },
    allowPositionals: false,
  })
  const name = values.name?.trim()
  const ack = Number(values['ack-minutes'])
  if (!name || name.length < 2 || name.length > 40) throw new Error('请用 --name 指定学院名称（2–40 个字），如 --name 机电工程学院')
  if (!Number.isInteger(ack) || ack < 5 || ack > 1440) throw new Error('--ack-minutes 须为 5–1440 的整数')
  if (!process.env.TCB_CONTEXT_CNFG) applyCloudEnv(`http://127.0.0.1:${process.env.PORT ?? 8787}/admin`, true)
  resetCloud()
  const database = db()
  for (const c of [COLLECTIONS.stations, COLLECTIONS.setupCodes]) {
    // 已存在时 SDK 返回错误对象，忽略
    await database.createCollection(c).catch(() => undefined)
  }
  const out = await createStationWithSetupCode(database, name, new Date(), ack)
  console.log(
    [
      `已创建辅导站：${name}（${out.stationId}）`,
      `一次性建站码：${out.setupCode}`,
      `有效期至：${formatShanghaiDateTime(out.expiresAt)}（${SETUP_CODE_DAYS} 天）`,
      '请第一位站长打开心桥，在“绑定身份”页选择“建站码”并输入此码。建站码只显示这一次。',
    ].join('\n'),
  )
}

run().catch((e) => {
  const msg = e instanceof AppError ? e.message : e instanceof Error ? e.message : String(e)
  console.error(`[setup:station] ${msg}`)
  process.exit(1)
})

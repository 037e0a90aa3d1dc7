/** 启动与 npm start 完全相同的本地环境（临时数据目录、随机端口、演示数据） */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { startApp, type StartedApp } from '../../scripts/start'
import { CHROMIUM } from './support'

declare global {
  var __XQ_E2E__: { app: StartedApp; dataDir: string } | undefined
}

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`E2E 需要 ${CHROMIUM}（apt-get install -y chromium fonts-noto-cjk），不能跳过`)
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xq-e2e-data-'))
  const app = await startApp({ port: 0, dataDir, quiet: true, snapshot: true })
  const users = await app.devUsers()
  if (users.length === 0) {
    await app.close()
    throw new Error('演示数据为空：scripts/seed/index.ts 的 seedDemo 没有写入任何使用者')
  }
  globalThis.__XQ_E2E__ = { app, dataDir }
  process.env.XQ_E2E_URL = app.url
}

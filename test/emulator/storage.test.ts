/**
 * 云存储：真实的 @cloudbase/node-sdk 上传、取临时链接、下载、删除；临时链接到期后被拒绝。
 */
import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import tcb from '@cloudbase/node-sdk'
import { startEmulator, type Emulator } from '../../emulator/server'

let emu: Emulator
let dir: string
let now = new Date('2026-11-20T02:00:00Z')
const app = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-storage-'))
  emu = await startEmulator({ dataDir: dir, quiet: true, clock: () => now })
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('上传后文件在数据目录下；临时链接可下载原样内容；downloadFile 读回同样的字节', async () => {
  const content = crypto.randomBytes(9 * 1024 * 1024)
  const { fileID } = await app().uploadFile({ cloudPath: 'uploads/roster/a1/名册.xlsx', fileContent: content })
  expect(fileID).toMatch(/^cloud:\/\/.+\/uploads\/roster\/a1\/名册\.xlsx$/)
  expect(fs.readFileSync(path.join(dir, 'storage/uploads/roster/a1/名册.xlsx')).equals(content)).toBe(true)

  const { fileList } = await app().getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] })
  expect(fileList[0].code).toBe('SUCCESS')
  const res = await fetch(encodeURI(fileList[0].tempFileURL))
  expect(res.status).toBe(200)
  expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true)

  const { fileContent } = await app().downloadFile({ fileID })
  expect(Buffer.compare(fileContent as Buffer, content)).toBe(0)
})

test('临时链接过期后以 403 AccessDenied 拒绝；篡改签名同样拒绝', async () => {
  const { fileID } = await app().uploadFile({ cloudPath: 'exports/x/月报.xlsx', fileContent: Buffer.from('xlsx') })
  const { fileList } = await app().getTempFileURL({ fileList: [{ fileID, maxAge: 600 }] })
  const url = encodeURI(fileList[0].tempFileURL)
  expect((await fetch(url)).status).toBe(200)
  const saved = now
  now = new Date(saved.getTime() + 601_000)
  try {
    const expired = await fetch(url)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('<Code>AccessDenied</Code>')
  } finally {
    now = saved
  }
  const forged = await fetch(url.replace(/sign=[0-9a-f]{4}/, 'sign=0000'))
  expect(forged.status).toBe(403)
})

test('deleteFile 删除磁盘上的文件；再取链接为 STORAGE_FILE_NONEXIST', async () => {
  const { fileID } = await app().uploadFile({ cloudPath: 'uploads/photo/p.jpg', fileContent: Buffer.from([0xff, 0xd8, 0xff]) })
  const del = await app().deleteFile({ fileList: [fileID, `${fileID}.nope`] })
  expect(del.fileList.map((f: { code: string }) => f.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST'])
  expect(fs.existsSync(path.join(dir, 'storage/uploads/photo/p.jpg'))).toBe(false)
  const { fileList } = await app().getTempFileURL({ fileList: [fileID] })
  expect(fileList[0].code).toBe('STORAGE_FILE_NONEXIST')
  await expect(app().downloadFile({ fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' })
})

test('H5 上传通道要登录头，路径不能越出存储目录', async () => {
  const up = (q: string, headers: Record<string, string> = {}) => fetch(`${emu.url}/api/storage/upload?cloudPath=${encodeURIComponent(q)}`, { method: 'POST', headers, body: 'x' })
  expect((await up('uploads/a.csv')).status).toBe(404) // 非本地模式没有这条通道
  const local = await startEmulator({ dataDir: dir, quiet: true, local: true })
  try {
    const call = (q: string, headers: Record<string, string> = {}) => fetch(`${local.url}/api/storage/upload?cloudPath=${encodeURIComponent(q)}`, { method: 'POST', headers, body: 'x' })
    expect((await call('uploads/a.csv')).status).toBe(401)
    expect((await call('../escape.csv', { 'x-dev-openid': 'o1' })).status).toBe(400)
    const ok = await call('uploads/a.csv', { 'x-dev-openid': 'o1' })
    expect(ok.status).toBe(200)
    expect((await ok.json()).fileID).toMatch(/uploads\/a\.csv$/)
  } finally {
    await local.close()
  }
})

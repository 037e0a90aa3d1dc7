/**
 * _lib/files.ts：照片经云存储上传（真实 SDK），接收时检查归属、类型、大小；临时链接只发给范围内的人。
 * 接收照片的动作由台账功能提供；这里用一个测试动作调用同一个 acceptUpload。
 */
import { z } from 'zod'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { acceptUpload } from '../../cloudfunctions/_lib/files'
import { createMain, defineAction } from '../../cloudfunctions/_lib/handler'
import { cloud } from '../../cloudfunctions/_lib/sdk'
import { actions as identityActions } from '../../cloudfunctions/identity'
import { action } from '../../types/api/contract'
import { fileIdSchema } from '../../types/files'
import { callAs, startTestEnv, type TestEnv } from '../support/env'
import { FIXTURE_NOW, seedFixture, type Fixture } from '../support/fixtures'

const photoAcceptContract = action<{ fileId: string }>()({
  input: z.strictObject({ fileID: fileIdSchema }),
  roles: ['committee', 'observer', 'counselor', 'head'],
  audited: false,
  paged: false,
  errors: {},
  doc: { payload: '`{ fileID }`', data: '`{ fileId }`' },
})
const photoAccept = defineAction(photoAcceptContract, async (ctx, input) => ({
  fileId: (await acceptUpload({ ...ctx, caller: ctx.caller }, 'photo', input.fileID)).file._id,
}))
const ledger = createMain({ 'photo.accept': photoAccept }, { clock: () => FIXTURE_NOW })
const identity = createMain(identityActions, { clock: () => FIXTURE_NOW })

let env: TestEnv
let f: Fixture
beforeAll(async () => {
  env = await startTestEnv()
  f = await seedFixture(env.db)
})
afterAll(() => env.close())

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1000, 1)])

async function upload(openid: string, filename: string, data: Buffer): Promise<string> {
  const r = await callAs(identity, openid, { action: 'file.prepare', payload: { purpose: 'photo', filename } })
  expect(r.ok).toBe(true)
  return (await cloud().uploadFile({ cloudPath: r.data.cloudPath, fileContent: data })).fileID
}
const accept = (openid: string, fileID: string) => callAs(ledger, openid, { action: 'photo.accept', payload: { fileID } })
const link = (openid: string, fileId: string) => callAs(identity, openid, { action: 'file.link', payload: { fileId } })
const stored = async (fileID: string) => (await cloud().getTempFileURL({ fileList: [fileID] })).fileList[0].code

test('辅导员上传的照片：本人与本站站长拿得到临时链接，其他站站长、本站学生骨干拿不到（与不存在一样）', async () => {
  const fileID = await upload(f.openids.counselorA, '活动.jpg', JPEG)
  const r = await accept(f.openids.counselorA, fileID)
  expect(r.ok).toBe(true)
  const own = await link(f.openids.counselorA, r.data.fileId)
  expect(own.data).toMatchObject({ filename: '活动.jpg', url: expect.stringContaining('/storage/files/') })
  const res = await fetch(encodeURI(own.data.url))
  expect(Buffer.from(await res.arrayBuffer()).equals(JPEG)).toBe(true)
  expect((await link(f.openids.head, r.data.fileId)).ok).toBe(true)
  expect((await link(f.openids.otherHead, r.data.fileId)).error.code).toBe('NOT_FOUND')
  expect((await link(f.openids.committeeA, r.data.fileId)).error.code).toBe('NOT_FOUND')
  expect((await link(f.openids.committeeA, 'no-such-file')).error.code).toBe('NOT_FOUND')
})

test('类型不符、超过 10 MB、空文件被拒绝（具名错误码），存储里的文件与记录都删掉', async () => {
  const before = (await env.db.collection(COLLECTIONS.files).count()).total
  const cases: Array<[string, Buffer, string]> = [
    ['伪装.jpg', Buffer.from('%PDF-1.4 not a photo'), 'FILE.WRONG_TYPE'],
    ['大图.jpg', Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]), 'FILE.TOO_LARGE'],
    ['空.png', Buffer.alloc(0), 'FILE.EMPTY'],
  ]
  for (const [name, data, code] of cases) {
    const fileID = await upload(f.openids.committeeA, name, data)
    expect((await accept(f.openids.committeeA, fileID)).error.code).toBe(code)
    expect(await stored(fileID)).toBe('STORAGE_FILE_NONEXIST')
  }
  expect((await callAs(identity, f.openids.committeeA, { action: 'file.prepare', payload: { purpose: 'photo', filename: '图.gif' } })).error.code).toBe('FILE.WRONG_TYPE')
  expect((await env.db.collection(COLLECTIONS.files).count()).total).toBe(before)
})

test('别人上传的文件 id、伪造的文件 id、接收过的文件 id：FILE.NOT_YOURS，别人的文件不受影响', async () => {
  const fileID = await upload(f.openids.observerA, '宿舍.png', Buffer.concat([Buffer.from('89504e47', 'hex'), Buffer.alloc(64)]))
  expect((await accept(f.openids.committeeA, fileID)).error.code).toBe('FILE.NOT_YOURS')
  expect(await stored(fileID)).toBe('SUCCESS')
  expect((await accept(f.openids.committeeA, fileID.replace(/uploads\/photo\/[0-9a-f]+/, 'uploads/photo/ffffffffffffffffffffffff'))).error.code).toBe('FILE.NOT_YOURS')
  expect((await accept(f.openids.observerA, fileID)).ok).toBe(true)
  expect((await accept(f.openids.observerA, fileID)).error.code).toBe('FILE.NOT_YOURS')
  // 中心不能上传照片
  expect((await callAs(identity, f.openids.center, { action: 'file.prepare', payload: { purpose: 'photo', filename: 'a.jpg' } })).error.code).toBe('AUTH.FORBIDDEN')
})

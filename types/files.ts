/**
 * 云存储上的文件：用途（每种用途允许的类型、大小、谁能上传）与 files 集合的文档形态。
 * 客户端按这里的限制预先提示；真正的检查在接收文件 id 的云函数里（cloudfunctions/_lib/files.ts）。
 */
import { z } from 'zod'
import type { Role } from './domain'

export interface FilePurposeRule {
  /** 中文名（提示用） */
  label: string
  /** 允许的扩展名（小写，不带点）；内容还要与扩展名相符 */
  exts: readonly string[]
  maxBytes: number
  /** 谁可以为此用途上传；空 = 只由云函数生成（导出文件） */
  uploaders: readonly Role[]
}

const MB = 1024 * 1024

export const FILE_PURPOSES = {
  /** 名册导入（站长） */
  roster: { label: '名册', exts: ['csv', 'xlsx'], maxBytes: 20 * MB, uploaders: ['head'] },
  /** 普测参测名单导入（站长） */
  screening: { label: '参测名单', exts: ['csv', 'xlsx'], maxBytes: 20 * MB, uploaders: ['head'] },
  /** 照片（站点台账、活动记录） */
  photo: { label: '照片', exts: ['jpg', 'jpeg', 'png', 'webp'], maxBytes: 10 * MB, uploaders: ['committee', 'observer', 'counselor', 'head'] },
  /** 文档（台账附件） */
  document: { label: '文档', exts: ['pdf', 'docx', 'xlsx'], maxBytes: 20 * MB, uploaders: ['counselor', 'head'] },
  /** 宣教活动的照片与签到表扫描件（工作台账）：图片或 PDF，每个不超过 10 MB */
  activity: { label: '活动照片或签到表', exts: ['jpg', 'jpeg', 'png', 'webp', 'pdf'], maxBytes: 10 * MB, uploaders: ['counselor', 'head'] },
  /** 云函数生成的导出文件（月报 .xlsx 等），用临时链接交给调用者 */
  export: { label: '导出文件', exts: ['xlsx', 'docx', 'csv'], maxBytes: 50 * MB, uploaders: [] },
} as const satisfies Record<string, FilePurposeRule>

export type FilePurpose = keyof typeof FILE_PURPOSES
export const UPLOAD_PURPOSES = ['roster', 'screening', 'photo', 'document', 'activity'] as const satisfies readonly FilePurpose[]
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number]

/** 存储里的文件 id（cloud://…），由平台返回 */
export const fileIdSchema = z.string().min(8).max(1024).regex(/^cloud:\/\//, '文件 id 格式不对')

/** files 集合：谁在哪个站为什么用途放了哪个文件 */
export interface FileDoc {
  _id: string
  purpose: FilePurpose
  /** pending = 已预留上传路径、尚未被接收；accepted = 已通过检查并由功能接收 */
  status: 'pending' | 'accepted'
  cloudPath: string
  /** 上传完成后的文件 id；pending 时为预期值前缀无法确定，故按 cloudPath 匹配 */
  fileID?: string
  filename: string
  ownerId: string
  stationId: string | null
  bytes?: number
  createdAt: Date
  acceptedAt?: Date
}

/** 临时链接（给调用者下载/预览） */
export interface TempLink {
  url: string
  filename: string
  /** ISO 时刻 */
  expiresAt: string
}

/**
 * 隐私接口的唯一入口：chooseMessageFile、setClipboardData、openDocument、chooseMedia 等都经 withPrivacyConsent 调用。
 * 小程序端用户尚未同意隐私保护指引时，平台在调用时触发 onNeedPrivacyAuthorization（installPrivacyListener），
 * 当前页面上的 <PrivacyConsent />（由用到隐私接口的功能组件渲染）展示平台的同意按钮；同意后平台继续这次调用。
 * 结果区分三种失败：用户拒绝隐私授权（明说）、用户取消选择、其他失败。
 */

/** 本应用用到的隐私接口（README 的“用户隐私保护指引”据此声明） */
export type PrivacyApi = 'chooseMessageFile' | 'setClipboardData' | 'openDocument' | 'chooseMedia'

export type ConsentResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'privacy' | 'cancelled' | 'failed'; message: string }

const PURPOSE: Record<PrivacyApi, string> = {
  chooseMessageFile: '从聊天记录选择文件',
  setClipboardData: '复制到剪贴板',
  openDocument: '打开文件',
  chooseMedia: '选择照片',
}

/** 平台因隐私授权拒绝调用时的 errno / errMsg（104 未授权，112 未在指引中声明） */
export function isPrivacyRefusal(err: unknown): boolean {
  const e = err as { errno?: unknown; errMsg?: unknown } | null
  if (e && (e.errno === 104 || e.errno === 112)) return true
  return /privacy|隐私/i.test(String(e?.errMsg ?? (err as Error)?.message ?? ''))
}

function isCancel(err: unknown): boolean {
  return /cancel/i.test(String((err as { errMsg?: unknown })?.errMsg ?? (err as Error)?.message ?? ''))
}

export async function withPrivacyConsent<T>(api: PrivacyApi, run: () => Promise<T>): Promise<ConsentResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (err) {
    if (isPrivacyRefusal(err)) {
      return { ok: false, reason: 'privacy', message: `你还没有同意《心桥隐私保护指引》，无法${PURPOSE[api]}。请在弹出的提示中点“同意并继续”后重试` }
    }
    if (isCancel(err)) return { ok: false, reason: 'cancelled', message: '已取消' }
    return { ok: false, reason: 'failed', message: `${PURPOSE[api]}失败，请稍后重试` }
  }
}

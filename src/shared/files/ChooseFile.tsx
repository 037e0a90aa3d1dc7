import { Button, showError } from '../../components'
import { ENV } from '../../config/env'
import type { UploadPurpose } from '../../../types/files'
import { acceptOf, browserFile, chooseChatFile, type PickedFile } from './choose'

export interface ChooseFileProps {
  /** 用途：决定可选的类型与大小上限 */
  purpose: UploadPurpose
  onPicked: (file: PickedFile) => void
  /** 按钮文字；小程序上可另给（如“从微信聊天选择文件”） */
  text?: string
  weappText?: string
  /** H5 的文件框标签的样式与测试 id */
  className?: string
  testId?: string
}

/**
 * 选文件按钮：H5 是包着隐藏 <input type=file> 的标签，小程序从微信聊天选择。
 * 类型、大小不符或未同意隐私授权时提示原因；取消什么也不做。
 */
export function ChooseFile({ purpose, onPicked, text = '选择文件', weappText, className, testId }: ChooseFileProps) {
  if (ENV.platform === 'h5') {
    return (
      <label className={className}>
        {text}
        <input type='file' accept={acceptOf(purpose)} data-testid={testId} style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (!file) return
            try {
              onPicked(browserFile(purpose, file))
            } catch (err) {
              showError((err as Error).message)
            }
          }} />
      </label>
    )
  }
  const choose = async () => {
    try {
      const f = await chooseChatFile(purpose)
      if (f) onPicked(f)
    } catch (err) {
      showError((err as Error).message)
    }
  }
  return <Button size='sm' variant='secondary' onClick={() => void choose()}>{weappText ?? text}</Button>
}

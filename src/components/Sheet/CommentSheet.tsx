import { useState } from 'react'
import { Button } from '../Button'
import { TextArea } from '../Form'
import { Sheet } from './index'

/** 底部弹层：填写意见/原因后确认（退回、驳回、解除关注、中心退回月报） */
export function CommentSheet({ title, placeholder, confirmText = '确定', required = true, danger, maxLength = 200, name = 'comment', className, onConfirm, onClose }: {
  title: string
  placeholder?: string
  /** 意见长度上限（与该动作 schema 的上限一致） */
  maxLength?: number
  /** 输入框 name（测试与表单定位用） */
  name?: string
  className?: string
  confirmText?: string
  required?: boolean
  danger?: boolean
  onConfirm: (text: string) => Promise<boolean>
  onClose: () => void
}) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    const done = await onConfirm(text.trim())
    setBusy(false)
    if (done) onClose()
  }
  return (
    <Sheet
      className={className}
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button variant='secondary' onClick={onClose}>取消</Button>
          <Button variant={danger ? 'danger' : 'primary'} loading={busy} disabled={required && !text.trim()} onClick={() => void submit()}>
            {confirmText}
          </Button>
        </>
      }
    >
      <TextArea value={text} onChange={setText} placeholder={placeholder} maxLength={maxLength} name={name} />
    </Sheet>
  )
}

/** 填写退回意见的底部弹层（中心退回月报） */
import { useState } from 'react'
import { Button, Sheet, TextArea } from '../../components'
import './reports.scss'

export function ReturnSheet({ onConfirm, onClose }: { onConfirm: (comment: string) => Promise<boolean>; onClose: () => void }) {
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
      className='xq-mr-sheet'
      title='退回月报'
      onClose={onClose}
      footer={
        <>
          <Button variant='secondary' onClick={onClose}>取消</Button>
          <Button variant='danger' loading={busy} disabled={!text.trim()} onClick={() => void submit()}>退回</Button>
        </>
      }
    >
      <TextArea value={text} onChange={setText} placeholder='退回意见（必填），站长修改后重新提交' maxLength={500} name='return-comment' />
    </Sheet>
  )
}


import type { TempLink } from '../../types/files'
import { issueTempLink, reserveUpload } from '../_lib/files'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'

export const filePrepare = defineAction(identityContract['file.prepare'], ({ db, caller, now, audit }, input) => reserveUpload({ db, caller, now, audit }, input.purpose, input.filename))

export const fileLink = defineAction(identityContract['file.link'], ({ db, caller, now, audit }, input): Promise<TempLink> => issueTempLink({ db, caller, now, audit }, input.fileId))

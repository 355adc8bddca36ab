import { addMessages, formatMessage, type CountedBase, type MessageId, type Params } from './i18n.ts';
import { toolsKo } from './i18n-tools-ko.ts';
import { workspaceEn, type WorkspaceMessageId } from './i18n-workspace.ts';
import { workspaceKo } from './i18n-workspace-ko.ts';

/**
 * The strings of the sign-in page, the analyst tools and the admin area. They load with that code (every
 * module of it takes `t` from here), so the public pages' bundle does not carry them. Same rules as the
 * `en` dictionary in i18n.ts: every interface string by id, a Korean dictionary of the same shape beside it.
 */
const toolsEn = {
  'form.optional': '(optional)',
  'form.errorPrefix': 'Error:',
  'form.error.required': 'This field is required',
  'form.error.choose': 'Choose one of the options',
  'form.checkTitle': 'Nothing was sent yet.',
  'form.checkFields.one': 'Check the field marked below.',
  'form.checkFields.other': 'Check the {count} fields marked below.',

  'login.heading': 'Sign in',
  'login.lead': 'For the analysts and admins who keep Accord Tracker current. Reading needs no account.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.checking': 'Checking…',
  'login.failed': 'You are not signed in.',
  'login.note':
    'Accounts are created by an admin. If you have forgotten your password, ask an admin to reset it.',

  'session.signedInAs': 'Signed in as',
  'session.signOut': 'Sign out',
  'session.signOutUnsaved': 'You have typed something that is not published yet. Sign out and lose it?',
  'session.signOutFailed': 'Signing out did not work.',
  'session.admin': 'Admin',
  'role.analyst': 'Analyst',
  'role.admin': 'Admin',

  'workspace.label': 'Analyst tools',
  'workspace.addUpdate': 'Add update',
  'workspace.edit': 'Edit commitment',
  'workspace.close': 'Close',
  'workspace.closeKeeps': 'Closing keeps what you typed until you leave this page.',
  'workspace.draftKept': 'You have an unsent draft.',
  'workspace.leaveQuestion':
    'You have typed something that is not published yet. Leave this page and lose it?',
  'workspace.published': 'Published just now',
  'workspace.saved': 'Your changes to the commitment are saved.',

  'updateForm.heading': 'New update',
  'updateForm.lead':
    'Published under your name, {name}, and shown to readers at once. A mistake is corrected by retracting, never by deleting.',
  'updateForm.status': 'Status',
  'updateForm.statusChoose': 'Choose a status…',
  'updateForm.statusHint': 'Now: {status}, since {date}.',
  'updateForm.statusRequired': 'Choose the status this update records.',
  'updateForm.dateRequired': 'Enter the date it happened.',
  'updateForm.source.urlRequired': 'Enter the address of the source.',
  'updateForm.statusHintNone': 'No updates yet: the commitment counts as Not started.',
  'updateForm.date': 'Date',
  'updateForm.dateHint': 'When it happened, not when you write this.',
  'updateForm.summary': 'Summary',
  'updateForm.summaryHint': 'What happened, in a sentence or two that readers can check against the sources.',
  'updateForm.summaryKo': 'Korean version',
  'updateForm.summaryKoHint': 'The same summary in Korean, if you have it.',
  'updateForm.sources': 'Sources',
  'updateForm.sourcesHint': 'At least one: where a reader can check what the summary says.',
  'updateForm.source.legend': 'Source {number}',
  'updateForm.source.url': 'Source URL',
  'updateForm.source.title': 'Source title',
  'updateForm.source.titleHint': 'As the source titles it, so readers recognise the link.',
  'updateForm.source.publisher': 'Publisher',
  'updateForm.source.publishedOn': 'Published on',
  'updateForm.source.remove': 'Remove source {number}',
  'updateForm.addSource': 'Add another source',
  'updateForm.publish': 'Publish update',
  'updateForm.publishOnLatest': 'Publish on the latest version',
  'updateForm.publishing': 'Publishing…',

  'edit.heading': 'Edit commitment',
  'edit.lead':
    'Correct the wording or particulars of the clause. Every change is kept in the audit log with its previous value.',
  'edit.field.title': 'Title',
  'edit.field.titleKo': 'Korean title',
  'edit.field.articleRef': 'Article',
  'edit.field.text': 'What was agreed',
  'edit.field.category': 'Category',
  'edit.field.parties': 'Responsible parties',
  'edit.field.deadline': 'Deadline',
  'edit.field.deadlineNote': 'Deadline note',
  'edit.textHint': 'The clause, paraphrased faithfully.',
  'edit.partiesHint': 'Separate them with commas, e.g. ROK, DPRK.',
  'edit.deadlineNoteHint': 'E.g. "by the end of the year", "when conditions are ripe".',
  'edit.unchanged': 'You have not changed anything yet.',
  'edit.save': 'Save changes',
  'edit.saveOnLatest': 'Save on the latest version',
  'edit.saving': 'Saving…',

  'retract.open': 'Retract',
  'retract.formLabel': 'Retract this update',
  'retract.reason': 'Reason for retraction',
  'retract.reasonHint': 'Shown to readers beside the struck-through update. At least {min} characters.',
  'retract.confirm': 'Confirm retraction',
  'retract.confirmOnLatest': 'Confirm retraction on the latest version',
  'retract.cancel': 'Cancel',
  'retract.alreadyTitle': 'This update is already retracted.',
  'retract.already':
    'Someone else retracted it while you were writing; the history above shows their reason.',

  'conflict.title': 'Someone else changed this commitment while you were working.',
  'conflict.kept.update': 'Nothing was published. Everything you typed is still in the form.',
  'conflict.kept.edit': 'Nothing was saved. Everything you typed is still in the form.',
  'conflict.kept.retract': 'Nothing was retracted. Your reason is still in the form.',
  'conflict.loading': 'Loading what changed…',
  'conflict.unavailable': 'What changed could not be loaded. The history on this page may be out of date.',
  'conflict.lead': 'What changed since you started:',
  'conflict.nothingVisible':
    'The change does not show in the history or the fields (it may have been undone).',
  'conflict.newUpdate': 'New update by {name}:',
  'conflict.retracted': 'The update of {date} was retracted by {name} on {on}:',
  'conflict.fieldChanged': '{field} changed:',
  'conflict.was': 'was',
  'conflict.now': 'now',
  'conflict.empty': '(empty)',
  'conflict.alsoMine': 'You changed this field too: saving keeps your version.',
  'conflict.next.update': 'Check your update against these changes, then publish it on the latest version.',
  'conflict.next.edit':
    'Fields you did not touch take the new values. Check the form, then save on the latest version.',
  'conflict.next.retract': 'If the retraction is still right, confirm it on the latest version.',

  'write.failed.publish': 'The update was not published.',
  'write.failed.save': 'The changes were not saved.',
  'write.failed.retract': 'The update was not retracted.',
  'write.kept.publish': 'Your draft is kept: try again.',
  'write.kept.save': 'Your changes are kept: try again.',
  'write.kept.retract': 'Your reason is kept: try again.',
  'write.sessionEnded': 'Your session has ended, so the server refused it. Your input is kept here:',
  'write.signInAgain': 'sign in again in a new tab, then come back and send it again.',
  'write.refused': 'The server refused some of the input (see the fields marked below).',
  'write.forbidden': 'Your account is not allowed to do this.',
  'write.gone': 'It no longer exists on the server.',

  'adminsOnly.heading': 'Admins only',
  'adminsOnly.body': 'This area is for admins: it manages agreements, accounts and the audit log.',
  'adminsOnly.you': 'You are signed in as {name}, with an analyst account. If you need access, ask an admin.',
  'error.session': 'Your sign-in could not be checked.',

  'admin.nav.label': 'Administration',
  'admin.nav.agreements': 'Agreements',
  'admin.nav.users': 'Users',
  'admin.nav.audit': 'Audit log',
  'admin.writeFailed': 'Nothing was changed.',
  'admin.sessionEnded':
    'Your session has ended. Sign in again in a new tab, then send this again: your input is kept here.',
  'admin.field.slug': 'Slug',
  'admin.slugHint':
    'The agreement’s permanent address: lower-case letters, digits and hyphens. It cannot be changed later.',
  'admin.commitmentSlugHint':
    'The commitment’s permanent address, /commitments/<slug>. It cannot be changed later.',
  'admin.articleHint': 'Where the clause sits, e.g. Art. 2(1).',
  'admin.categoryChoose': 'Choose a category…',

  'admin.agreements.heading': 'Agreements',
  'admin.agreements.lead':
    'The agreements the tracker follows, in the dashboard’s order. Add an agreement, then its commitments.',
  'admin.agreements.new': 'New agreement',
  'admin.agreements.failed': 'The agreements could not be loaded.',
  'admin.agreementNew.heading': 'New agreement',
  'admin.agreementNew.lead':
    'It appears on the dashboard at once, after the existing agreements. Its commitments are added next.',
  'admin.agreementNew.submit': 'Create agreement',
  'agreement.field.title': 'Title',
  'agreement.field.titleKo': 'Korean title',
  'agreement.field.signedOn': 'Signed on',
  'agreement.field.place': 'Place',
  'agreement.field.parties': 'Parties',
  'agreement.field.summary': 'Summary',
  'agreement.field.sourceUrl': 'Official text',
  'agreement.summaryHint': 'One or two sentences for the dashboard.',
  'agreement.sourceUrlHint': 'A link to the full text, e.g. on a government site.',
  'admin.agreement.failed': 'This agreement could not be loaded.',
  'admin.agreement.created': 'The agreement is created and on the dashboard.',
  'admin.agreement.createdNext': 'Now add its commitments, one clause at a time.',
  'admin.agreement.commitments': 'Commitments',
  'admin.agreement.noCommitments': 'No commitments yet.',
  'admin.agreement.edit': 'Edit agreement',
  'admin.relations.heading': 'Relations to other agreements',
  'admin.relations.lead':
    'Read each relation as a sentence: this agreement implements, builds on, or is conditional on the other. Readers see it on both agreements’ pages.',
  'admin.relations.none': 'No relations yet.',
  'admin.relations.type': 'Relation',
  'admin.relations.other': 'Other agreement',
  'admin.relations.otherCommitment': 'Commitment of another agreement',
  'admin.relations.choose': 'Choose…',
  'admin.relations.note': 'Note',
  'admin.relations.noteKo': 'Korean note',
  'admin.relations.add': 'Add relation',
  'admin.relations.remove': 'Remove',
  'admin.relations.removeNamed': 'Remove the relation with {title}',
  'admin.relations.added': 'Relation added.',
  'admin.relations.removed': 'Relation removed.',
  'admin.relations.clauseHeading': 'Relations between commitments',
  'admin.relations.clauseLead':
    'A commitment of this agreement can repeat, or carry out, a commitment of another agreement. Choose the commitment first.',
  'admin.relations.clause': 'Commitment of this agreement',
  'admin.relations.kind': 'Relation',
  'admin.agreement.saved': 'The agreement is saved.',
  'admin.commitment.heading': 'Add a commitment',
  'admin.commitment.lead':
    'It is added after the existing ones and counts as Not started until an analyst publishes an update.',
  'admin.commitment.submit': 'Add commitment',
  'admin.commitment.added': 'Added “{title}”.',

  'admin.users.heading': 'Users',
  'admin.users.lead':
    'Analysts publish and retract updates and edit commitments; admins also manage agreements and accounts. Nothing is deleted: an account that should no longer sign in is disabled.',
  'admin.users.accounts': 'Accounts',
  'admin.users.failed': 'The accounts could not be loaded.',
  'admin.users.new': 'New account',
  'admin.users.username': 'Username',
  'admin.users.usernameHint': 'Used to sign in: lower-case letters, digits, dots, hyphens, underscores.',
  'admin.users.displayName': 'Display name',
  'admin.users.displayNameHint': 'Shown to readers on every update this person publishes.',
  'admin.users.role': 'Role',
  'admin.users.firstPassword': 'First password',
  'admin.users.passwordHint':
    'At least {min} characters, not a common one. Tell it to the person through a safe channel.',
  'admin.users.create': 'Create account',
  'admin.users.created': 'Account created for {name} ({username}).',
  'admin.users.you': '(you)',
  'admin.users.active': 'Active',
  'admin.users.disabled': 'Disabled',
  'admin.users.since': 'since {date}',
  'admin.users.makeAdmin': 'Make admin',
  'admin.users.makeAnalyst': 'Make analyst',
  'admin.users.roleChanged': '{name} is now an {role}. Their sessions have ended; they sign in again.',
  'admin.users.disable': 'Disable',
  'admin.users.enable': 'Enable',
  'admin.users.disabledNow': '{name} can no longer sign in. Their sessions have ended.',
  'admin.users.enabledNow': '{name} can sign in again.',
  'admin.users.reset': 'Reset password',
  'admin.users.resetFor': 'Reset the password of {name}',
  'admin.users.newPassword': 'New password',
  'admin.users.resetHint':
    'At least {min} characters. Their sessions end now; tell them the new password through a safe channel.',
  'admin.users.setPassword': 'Set password',
  'admin.users.passwordReset': 'The password of {name} is reset. Their sessions have ended.',

  'audit.heading': 'Audit log',
  'audit.lead': 'Every write and every sign-in, newest first. Nothing here can be changed.',
  'audit.filters': 'Filter the audit log',
  'audit.filter.user': 'User',
  'audit.filter.userPlaceholder': 'username, e.g. ana',
  'audit.filter.commitment': 'Commitment',
  'audit.filter.commitmentPlaceholder': 'slug, e.g. gp-withdrawal',
  'audit.filter.commitmentInvalid':
    'Enter the commitment’s slug, as in its address: lower-case letters, digits and hyphens.',
  'audit.filter.apply': 'Filter',
  'audit.filter.clear': 'Show all events',
  'audit.failed': 'The audit log could not be loaded.',
  'audit.empty': 'No events yet.',
  'audit.emptyFiltered': 'No events match these filters.',
  'audit.caption': 'All events, newest first',
  'audit.captionFiltered': 'Events for {filters}, newest first',
  'audit.col.when': 'When',
  'audit.col.who': 'Who',
  'audit.col.what': 'What',
  'audit.col.on': 'On',
  'audit.col.details': 'Details',
  'audit.system': 'not signed in',
  'audit.details': 'Show details',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.entity.user': 'account {username}',
  'audit.older': 'Older events',
  'audit.olderFailed': 'The older events could not be loaded. Try again.',
  'audit.end': 'This is the oldest event.',
  'audit.action.update.published': 'Published an update',
  'audit.action.update.retracted': 'Retracted an update',
  'audit.action.commitment.created': 'Added a commitment',
  'audit.action.commitment.edited': 'Edited a commitment',
  'audit.action.agreement.created': 'Added an agreement',
  'audit.action.agreement.edited': 'Edited an agreement',
  'audit.action.user.created': 'Created an account',
  'audit.action.user.edited': 'Changed an account',
  'audit.action.session.created': 'Signed in',
  'audit.action.session.ended': 'Signed out',
  'audit.action.token.created': 'Created an API token',
  'audit.action.token.revoked': 'Revoked an API token',
  'audit.action.session.failed': 'Failed to sign in',
  'audit.action.session.throttled': 'Sign-in slowed down',
} satisfies Record<string, string>;

addMessages('en', toolsEn);
addMessages('ko', toolsKo);
// Issue 9's analyst strings: their own file, merged here.
addMessages('en', workspaceEn);
addMessages('ko', workspaceKo);

/** The keys of this dictionary; i18n-tools-ko.ts must translate every one. */
export type ToolsOwnMessageId = keyof typeof toolsEn;

export type ToolsMessageId = MessageId | keyof typeof toolsEn | WorkspaceMessageId;

/** `t` of i18n.ts, for the public strings and the tools' own. */
export function t(id: ToolsMessageId, params: Params = {}): string {
  return formatMessage(id, params);
}

/** Picks the `.one` or `.other` form of a counted message. */
export function tCount(base: CountedBase<ToolsMessageId>, count: number): string {
  return formatMessage(count === 1 ? `${base}.one` : `${base}.other`, { count });
}

export { categoryLabel, statusLabel } from './i18n.ts';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../../../../../../shared/contracts/auth.ts';
import type { CommitmentDetail, StatusUpdate } from '../../../../../../shared/contracts/public.ts';
import { FormAlert } from '../../../../components/ui/field.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useLeaveGuard } from '../../../../lib/use-leave-guard.ts';
import { CommitmentView } from '../commitment-view.tsx';
import { CommitmentLint } from './commitment-lint.tsx';
import { updateElementId } from '../update-entry.tsx';
import { EditForm } from './edit-form.tsx';
import { RetractControl } from './retract-control.tsx';
import { ReviewForm } from './review-form.tsx';
import { draftFromUpdate } from './update-draft.ts';
import { UpdateForm } from './update-form.tsx';
import { WorkspaceProvider } from './workspace.tsx';
import './analyst.css';

interface AnalystCommitmentViewProps {
  commitment: CommitmentDetail;
  analyst: SessionUser;
}

type Panel = 'update' | 'edit' | 'review';
type Notice = { kind: 'published'; updateId: number } | { kind: 'saved' } | { kind: 'reviewed' } | null;

/** A form opens on first use, then stays mounted (hidden when closed) so its draft survives closing. */
function usePanel() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [dirty, setDirty] = useState(false);
  return {
    open,
    used,
    generation,
    dirty,
    setDirty,
    toggle: () => {
      setUsed(true);
      setOpen(!open);
    },
    close: () => setOpen(false),
    /** Opens a fresh form (a new draft), e.g. pre-filled for a correction. */
    restart: () => {
      setUsed(true);
      setOpen(true);
      setDirty(false);
      setGeneration((n) => n + 1);
    },
    /** After a successful write: closed, and a fresh form (and fresh base version) next time. */
    finish: () => {
      setOpen(false);
      setDirty(false);
      setGeneration((n) => n + 1);
    },
  };
}

function Workspace({ commitment, analyst }: AnalystCommitmentViewProps) {
  const panels: Record<Panel, ReturnType<typeof usePanel>> = {
    update: usePanel(),
    edit: usePanel(),
    review: usePanel(),
  };
  const [notice, setNotice] = useState<Notice>(null);
  const [correcting, setCorrecting] = useState<StatusUpdate | null>(null);
  const buttons: Record<Panel, RefObject<HTMLButtonElement | null>> = {
    update: useRef<HTMLButtonElement>(null),
    edit: useRef<HTMLButtonElement>(null),
    review: useRef<HTMLButtonElement>(null),
  };
  useLeaveGuard(panels.update.dirty || panels.edit.dirty, t('workspace.leaveQuestion'));

  // The analyst sees what they published: focus moves to the new entry at the top of the history.
  // The entry may render a moment after the notice (the history follows the query cache), so this runs
  // again as the history changes, and moves focus once, when the entry is there.
  const publishedId = notice?.kind === 'published' ? notice.updateId : null;
  const focusedId = useRef<number | null>(null);
  useEffect(() => {
    if (publishedId === null || focusedId.current === publishedId) return;
    const entry = document.getElementById(updateElementId(publishedId));
    if (!entry) return;
    focusedId.current = publishedId;
    entry.focus({ preventScroll: true });
    entry.scrollIntoView({ block: 'center' });
  }, [publishedId, commitment.updates]);

  function toggle(panel: Panel) {
    setNotice(null);
    panels[panel].toggle();
  }

  /** A closed form hands focus back to the button that opened it. */
  function close(panel: Panel) {
    panels[panel].close();
    buttons[panel].current?.focus();
  }

  /** "Retract and correct": the retraction is done; a new update starts from what it said. */
  function correct(update: StatusUpdate) {
    setNotice(null);
    setCorrecting(update);
    panels.update.restart();
  }

  const panelButton = (panel: Panel, label: string, quiet: boolean) => (
    <button
      ref={buttons[panel]}
      type="button"
      className={quiet ? 'button button--quiet' : 'button'}
      aria-expanded={panels[panel].open}
      aria-controls={panels[panel].used ? `${panel === 'update' ? 'add-update' : panel}-panel` : undefined}
      onClick={() => toggle(panel)}
    >
      {label}
    </button>
  );

  const tools = (
    <div className="workspace">
      <div className="workspace__bar">
        <p className="workspace__label">{t('workspace.label')}</p>
        <div className="workspace__buttons">
          {panelButton('update', t('workspace.addUpdate'), false)}
          {panelButton('edit', t('workspace.edit'), true)}
          {panelButton('review', t('review.open'), true)}
          <Link
            className="button button--quiet"
            to={`/workspace/developments/new?commitment=${commitment.slug}`}
          >
            {t('development.open')}
          </Link>
        </div>
        <p className="workspace__reviewed">
          {commitment.reviewedThrough
            ? t('review.through', { date: formatDate(commitment.reviewedThrough) })
            : t('review.never')}{' '}
          <Link to="/workspace">{t('workspaceHome.link')}</Link>
        </p>
        <CommitmentLint commitment={commitment} />
        {(panels.update.dirty && !panels.update.open) || (panels.edit.dirty && !panels.edit.open) ? (
          <p className="workspace__draft">{t('workspace.draftKept')}</p>
        ) : null}
      </div>
      {notice?.kind === 'saved' ? <FormAlert tone="success" title={t('workspace.saved')} /> : null}
      {notice?.kind === 'reviewed' && commitment.reviewedThrough ? (
        <FormAlert
          tone="success"
          title={t('review.recorded', { date: formatDate(commitment.reviewedThrough) })}
        />
      ) : null}
      {panels.review.used ? (
        <ReviewForm
          key={panels.review.generation}
          commitment={commitment}
          hidden={!panels.review.open}
          onClose={() => close('review')}
          onRecorded={() => {
            panels.review.finish();
            setNotice({ kind: 'reviewed' });
            buttons.review.current?.focus();
          }}
        />
      ) : null}
      {panels.edit.used ? (
        <EditForm
          key={panels.edit.generation}
          commitment={commitment}
          hidden={!panels.edit.open}
          onClose={() => close('edit')}
          onDirtyChange={panels.edit.setDirty}
          onSaved={() => {
            panels.edit.finish();
            setNotice({ kind: 'saved' });
            buttons.edit.current?.focus();
          }}
        />
      ) : null}
      {panels.update.used ? (
        <UpdateForm
          key={panels.update.generation}
          commitment={commitment}
          analyst={analyst}
          correcting={correcting ?? undefined}
          initial={correcting ? draftFromUpdate(correcting) : undefined}
          hidden={!panels.update.open}
          onClose={() => close('update')}
          onDirtyChange={panels.update.setDirty}
          onPublished={(updateId) => {
            setCorrecting(null);
            panels.update.finish();
            setNotice({ kind: 'published', updateId });
          }}
        />
      ) : null}
    </div>
  );

  const entryActions = (update: StatusUpdate) => (
    <>
      {update.id === publishedId ? (
        <p className="update__fresh" role="status">
          {t('workspace.published')}
        </p>
      ) : null}
      <RetractControl update={update} commitment={commitment} onCorrect={correct} />
    </>
  );

  return <CommitmentView commitment={commitment} tools={tools} entryActions={entryActions} />;
}

/** The commitment page for a signed-in analyst: the public page plus the tools to keep it current. */
export function AnalystCommitmentView(props: AnalystCommitmentViewProps) {
  return (
    <WorkspaceProvider>
      <Workspace {...props} />
    </WorkspaceProvider>
  );
}

import type { ReactNode } from 'react';

interface AdminSectionProps {
  /** The heading's id: the section is the region named by its heading. */
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}

/** One titled part of an admin page (a list or a form), a region named by its heading. */
export function AdminSection({ id, title, lead, children }: AdminSectionProps) {
  return (
    <section className="admin-section" aria-labelledby={id}>
      <h2 id={id} className="admin-section__title">
        {title}
      </h2>
      {lead ? <p className="admin-section__lead">{lead}</p> : null}
      {children}
    </section>
  );
}

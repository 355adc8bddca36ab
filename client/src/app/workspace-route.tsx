import { Outlet } from 'react-router';
import { useSignedInGate } from './signed-in-gate.tsx';

/**
 * `/workspace/*`: the analyst's own pages. Anonymous visitors go to sign in and come back; analysts and
 * admins get the page, each loading on its own.
 */
export function WorkspaceRoute() {
  const gate = useSignedInGate();
  return 'page' in gate ? gate.page : <Outlet />;
}

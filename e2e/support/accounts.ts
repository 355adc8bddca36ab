/** The accounts the browser tests sign in with; created before the server starts (prepare-accounts.ts). */
export interface TestAccount {
  username: string;
  password: string;
  displayName: string;
  role: 'analyst' | 'admin';
}

export const ANALYST: TestAccount = {
  username: 'e2e-analyst',
  password: 'e2e analyst passphrase 7391',
  displayName: 'Erin Analyst',
  role: 'analyst',
};

export const ADMIN: TestAccount = {
  username: 'e2e-admin',
  password: 'e2e admin passphrase 4826',
  displayName: 'Ada Admin',
  role: 'admin',
};

export const ACCOUNTS = [ANALYST, ADMIN];

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  userSchema,
  type User,
  type UserCreate,
  type UserPatch,
} from '../../../../../shared/contracts/admin.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { apiSend } from '../../../lib/api-send.ts';

/** GET /api/v1/users (admin): every account, by username. */
export async function listUsers(signal?: AbortSignal): Promise<User[]> {
  return (await apiGet<{ users: User[] }>('/users', { signal })).users;
}

export function usersQueryOptions() {
  return queryOptions({
    queryKey: ['admin', 'users'] as const,
    queryFn: ({ signal }) => listUsers(signal),
    staleTime: 0,
  });
}

export const useUsers = () => useQuery(usersQueryOptions());

/** POST /api/v1/users (admin). */
export function createUser(input: UserCreate): Promise<User> {
  return apiSend('/users', { method: 'POST', body: input, schema: userSchema });
}

/** PATCH /api/v1/users/:username (admin): role, access, display name or a new password. */
export function editUser(username: string, patch: UserPatch): Promise<User> {
  return apiSend(`/users/${encodeURIComponent(username)}`, {
    method: 'PATCH',
    body: patch,
    schema: userSchema,
  });
}

function useReplaceUser() {
  const queryClient = useQueryClient();
  return (user: User) =>
    queryClient.setQueryData(usersQueryOptions().queryKey, (users) => {
      if (!users) return users;
      const others = users.filter((other) => other.username !== user.username);
      return [...others, user].sort((a, b) => a.username.localeCompare(b.username));
    });
}

export function useCreateUser() {
  const replace = useReplaceUser();
  return useMutation({ mutationFn: createUser, onSuccess: replace });
}

export function useEditUser() {
  const replace = useReplaceUser();
  return useMutation({
    mutationFn: ({ username, patch }: { username: string; patch: UserPatch }) => editUser(username, patch),
    onSuccess: replace,
  });
}

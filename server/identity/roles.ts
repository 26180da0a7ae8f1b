export const ROLES = ['user', 'vip', 'dealer', 'moderator', 'admin', 'superadmin'] as const;
export type Role = (typeof ROLES)[number];

export const isAdminRole = (role: Role | undefined): boolean => role === 'admin' || role === 'superadmin';
